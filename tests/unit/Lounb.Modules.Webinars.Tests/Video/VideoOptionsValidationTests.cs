using System.Security.Cryptography;
using Lounb.Modules.Webinars.Video;

namespace Lounb.Modules.Webinars.Tests.Video;

public sealed class VideoOptionsValidationTests
{
    private static string? Validate(VideoOptions video)
    {
        var result = new VideoOptionsValidation().Validate(null, new WebinarsOptions { Video = video });
        return result.Succeeded ? null : result.FailureMessage;
    }

    private static VideoOptions LiveKit(string? serverUrl = "wss://video.example.org", string? key = "APIkey", string? secret = "0123456789abcdef0123456789abcdef", string? apiUrl = null) =>
        new() { Provider = VideoProviderKind.LiveKit, LiveKit = new LiveKitOptions { ServerUrl = serverUrl, ApiKey = key, ApiSecret = secret, ApiUrl = apiUrl } };

    private static VideoOptions Jitsi(string? domain = "meet.library.example.org", string? appId = "lounb", string? secret = "jitsi-secret-0123456789abcdefghij", string? keyId = null, string? keyPath = null) =>
        new() { Provider = VideoProviderKind.Jitsi, Jitsi = new JitsiOptions { Domain = domain, AppId = appId, AppSecret = secret, JaasKeyId = keyId, JaasPrivateKeyPath = keyPath } };

    [Fact]
    public void None_NeedsNothing() => Assert.Null(Validate(new VideoOptions()));

    [Fact]
    public void LiveKit_Complete_Passes() => Assert.Null(Validate(LiveKit()));

    [Theory]
    [InlineData(null, "ServerUrl")]
    [InlineData("video.example.org", "ServerUrl")]
    [InlineData("ftp://video.example.org", "ServerUrl")]
    public void LiveKit_BadServerUrl_NamesIt(string? url, string expected) => Assert.Contains(expected, Validate(LiveKit(serverUrl: url)), StringComparison.Ordinal);

    [Fact]
    public void LiveKit_NoApiKey_NamesIt() => Assert.Contains("ApiKey", Validate(LiveKit(key: " ")), StringComparison.Ordinal);

    [Theory]
    [InlineData(null)]
    [InlineData("secret")]
    [InlineData("thirty-one-bytes-0123456789abcd")]
    [InlineData("ґґґґґґґґґґґґґґґ")]
    public void LiveKit_SecretUnder32Bytes_Refused(string? secret) => Assert.Contains("ApiSecret", Validate(LiveKit(secret: secret)), StringComparison.Ordinal);

    [Fact]
    public void LiveKit_Secret32Bytes_Passes() => Assert.Null(Validate(LiveKit(secret: "thirty-two-bytes-0123456789abcde")));

    [Fact]
    public void LiveKit_ApiUrlNotHttp_Refused() => Assert.Contains("ApiUrl", Validate(LiveKit(apiUrl: "wss://video.example.org")), StringComparison.Ordinal);

    [Fact]
    public void Jitsi_SelfHosted_Complete_Passes() => Assert.Null(Validate(Jitsi()));

    [Theory]
    [InlineData("meet.jit.si")]
    [InlineData("MEET.JIT.SI")]
    [InlineData("https://meet.jit.si/")]
    [InlineData("meet.jit.si.")]
    public void Jitsi_MeetJitSi_RefusedWithTheReason(string domain)
    {
        var message = Validate(Jitsi(domain: domain));
        Assert.Contains("meet.jit.si", message, StringComparison.Ordinal);
        Assert.Contains("5 minutes", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://jitsi.example.org")]
    [InlineData("jitsi.example.org/room")]
    public void Jitsi_DomainNotABareHostName_Refused(string? domain) => Assert.Contains("Domain", Validate(Jitsi(domain: domain)), StringComparison.Ordinal);

    [Fact]
    public void Jitsi_SelfHostedWithoutSecret_Refused() => Assert.Contains("AppSecret", Validate(Jitsi(secret: null)), StringComparison.Ordinal);

    [Fact]
    public void Jitsi_NoAppId_Refused() => Assert.Contains("AppId", Validate(Jitsi(appId: "")), StringComparison.Ordinal);

    [Fact]
    public void Jitsi_JaasWithOnlyTheKeyId_Refused() => Assert.Contains("JaasPrivateKeyPath", Validate(Jitsi(domain: "8x8.vc", secret: null, keyId: "k1")), StringComparison.Ordinal);

    [Fact]
    public void Jitsi_JaasKeyFileMissing_Refused() =>
        Assert.Contains("cannot be read", Validate(Jitsi(domain: "8x8.vc", secret: null, keyId: "k1", keyPath: "/nonexistent/jaas.pem")), StringComparison.Ordinal);

    [Fact]
    public void Jitsi_JaasWithAReadableKey_Passes()
    {
        using var rsa = RSA.Create(2048);
        var path = Path.Combine(Path.GetTempPath(), $"jaas-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());
        try
        {
            Assert.Null(Validate(Jitsi(domain: "8x8.vc", appId: "vpaas-magic-cookie-abc", secret: null, keyId: "k1", keyPath: path)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
