using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>The app on a real Kestrel socket (the in-memory test server writes no status line and checks no header): what a browser really gets.</summary>
public abstract class KestrelTests : IDisposable
{
    private readonly LounbAppFactory _app;

    protected KestrelTests(TestDatabase database)
    {
        _app = new LounbAppFactory(database);
        _app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _app.ClientOptions.BaseAddress = new Uri(address);
    }

    [Fact]
    public async Task Response_NamesNoServer()
    {
        using var session = new BrowserSession(_app);

        using var response = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "The response names its server.");
    }

    [Fact]
    public async Task VerifyCredential_FileOverTheLimit_Answers413WithAUkrainianMessage()
    {
        using var session = new BrowserSession(_app);
        // The verification form carries no antiforgery token (checking a file changes nothing; a token would set a cookie).
        Assert.Contains("action=\"/verify/credential\"", await session.GetHtmlAsync("/verify"), StringComparison.Ordinal);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(new byte[100 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "credential", "big.jwt");

        using var response = await session.Client.PostAsync(new Uri("/verify/credential", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Файл або форма завеликі", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/。/x")]
    [InlineData("/é")]
    public async Task Login_NonAsciiReturnUrl_SignsInAndGoesToTheDashboard(string returnUrl)
    {
        using var session = new BrowserSession(_app);

        using var response = await session.SubmitAsync("/account/login", "/account/login",
            [new("Email", "slukhach@lounb.demo"), new("Password", LounbAppFactory.DemoPassword), new("ReturnUrl", returnUrl)]);

        // A client on a real socket follows the redirect: it lands, signed in, on the dashboard.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/dashboard", response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Contains("Безпека", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteKestrelTests() : KestrelTests(TestDatabase.Sqlite);

public sealed class PostgresKestrelTests() : KestrelTests(TestDatabase.Postgres);
