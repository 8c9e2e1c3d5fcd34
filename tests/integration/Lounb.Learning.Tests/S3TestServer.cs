using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Lounb.Learning.Tests;

/// <summary>
/// A local S3-compatible server for the tests: moto's server mode (the Python package moto, which ./test.sh installs
/// when it is missing) on a free 127.0.0.1 port, with one empty bucket. LOUNB_TEST_S3 (an address such as
/// http://127.0.0.1:9000 of a server accepting any key, with the bucket made) uses a running server instead.
/// </summary>
public sealed class S3TestServer : IDisposable
{
    public const string AccessKey = "lounb-test";
    public const string SecretKey = "lounb-test-secret";

    private readonly Process? _process;
    private bool _stopped;

    public S3TestServer()
    {
        Bucket = "lounb-" + Guid.NewGuid().ToString("N")[..12];
        var running = Environment.GetEnvironmentVariable("LOUNB_TEST_S3");
        if (string.IsNullOrWhiteSpace(running))
        {
            var port = FreePort();
            Address = new Uri($"http://127.0.0.1:{port}");
            _process = StartMoto(port);
        }
        else
        {
            Address = new Uri(running);
        }

        using var http = new HttpClient { BaseAddress = Address };
        WaitUntilAnswering(http);
        // moto accepts unsigned requests: the bucket is made without the SDK, so the app's own client is the only S3 code under test.
        using var created = http.PutAsync(new Uri($"/{Bucket}", UriKind.Relative), null).GetAwaiter().GetResult();
        created.EnsureSuccessStatusCode();
    }

    public Uri Address { get; }

    public string Bucket { get; }

    /// <summary>The app's settings to keep its files in this server's bucket.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Lounb:Storage:Provider"] = "S3",
        ["Lounb:Storage:S3:ServiceUrl"] = Address.ToString(),
        ["Lounb:Storage:S3:Bucket"] = Bucket,
        ["Lounb:Storage:S3:AccessKey"] = AccessKey,
        ["Lounb:Storage:S3:SecretKey"] = SecretKey,
        ["Lounb:Storage:S3:PartSizeMegabytes"] = "5",
    };

    /// <summary>An object's bytes read straight from the bucket (with the SDK, not through the app), or null when it has none under that key.</summary>
    public async Task<byte[]?> ObjectAsync(string key)
    {
        using var client = new Amazon.S3.AmazonS3Client(new Amazon.Runtime.BasicAWSCredentials(AccessKey, SecretKey),
            new Amazon.S3.AmazonS3Config { ServiceURL = Address.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        try
        {
            using var found = await client.GetObjectAsync(Bucket, key);
            using var copy = new MemoryStream();
            await found.ResponseStream.CopyToAsync(copy);
            return copy.ToArray();
        }
        catch (Amazon.S3.AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
    }

    private static Process StartMoto(int port)
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { "-m", "moto.server", "-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 -m moto.server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void WaitUntilAnswering(HttpClient http)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"moto's S3 server stopped at once (exit {_process.ExitCode}); install it with: pip install 'moto[server]'.");
            }

            try
            {
                using var response = http.GetAsync(new Uri("/", UriKind.Relative)).GetAwaiter().GetResult();
                return;
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(100);
            }
        }

        throw new InvalidOperationException($"The S3 test server at {Address} does not answer.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
