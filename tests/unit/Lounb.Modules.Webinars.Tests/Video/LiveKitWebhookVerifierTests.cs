using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lounb.Modules.Webinars.Video.LiveKit;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Modules.Webinars.Tests.Video;

public sealed class LiveKitWebhookVerifierTests
{
    private const string Body = """{"event":"participant_joined","room":{"sid":"RM_x","name":"lounb-1"},"id":"EV_1","createdAt":"1767801600"}""";

    private static readonly DateTimeOffset Now = new(2026, 1, 7, 16, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);

    private LiveKitWebhookVerifier Verifier => new(VideoTestOptions.LiveKit(), _clock);

    /// <summary>Signs as the LiveKit server does: a bare HS256 JWT, iss = key, exp in 5 minutes, sha256 = base64(SHA-256(body)).</summary>
    private static string Sign(string body, string key = VideoTestOptions.LiveKitKey, string secret = VideoTestOptions.LiveKitSecret,
        long? exp = null, long? nbf = null, string? sha256 = null, string alg = "HS256", bool withExp = true)
    {
        var payload = new Dictionary<string, object> { ["iss"] = key, ["sha256"] = sha256 ?? Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body))) };
        if (withExp)
        {
            payload["exp"] = exp ?? Now.AddMinutes(5).ToUnixTimeSeconds();
        }

        payload["nbf"] = nbf ?? Now.ToUnixTimeSeconds();
        var input = Base64Url.Encode(JsonSerializer.Serialize(new { alg })) + "." + Base64Url.Encode(JsonSerializer.Serialize(payload));
        var signature = alg == "none" ? "" : Base64Url.Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(input)));
        return input + "." + signature;
    }

    private Task<bool> VerifyAsync(string? header, string body = Body) => Verifier.VerifyAsync(header, Encoding.UTF8.GetBytes(body));

    [Fact]
    public async Task Verify_SignedLikeLiveKit_Accepts() => Assert.True(await VerifyAsync(Sign(Body)));

    [Fact]
    public async Task Verify_BodyChangedAfterSigning_Refuses() =>
        Assert.False(await VerifyAsync(Sign(Body), Body.Replace("EV_1", "EV_2", StringComparison.Ordinal)));

    [Fact]
    public async Task Verify_OtherSecret_Refuses() =>
        Assert.False(await VerifyAsync(Sign(Body, secret: "another-secret-that-is-long-enough-0123")));

    [Fact]
    public async Task Verify_OtherApiKey_Refuses() => Assert.False(await VerifyAsync(Sign(Body, key: "APIother")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Verify_NoHeader_Refuses(string? header) => Assert.False(await VerifyAsync(header));

    [Fact]
    public async Task Verify_BearerPrefix_Refuses_TheHeaderIsTheBareJwt() => Assert.False(await VerifyAsync("Bearer " + Sign(Body)));

    [Fact]
    public async Task Verify_HexDigestInsteadOfBase64_Refuses() =>
        Assert.False(await VerifyAsync(Sign(Body, sha256: Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Body))))));

    [Fact]
    public async Task Verify_Unsigned_Refuses() => Assert.False(await VerifyAsync(Sign(Body, alg: "none")));

    [Fact]
    public async Task Verify_WithoutExp_Refuses() => Assert.False(await VerifyAsync(Sign(Body, withExp: false)));

    [Fact]
    public async Task Verify_ExpiredWithinTheMinuteOfLeeway_Accepts_PastIt_Refuses()
    {
        var token = Sign(Body, exp: Now.ToUnixTimeSeconds(), nbf: Now.AddMinutes(-5).ToUnixTimeSeconds());
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True(await VerifyAsync(token));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(await VerifyAsync(token));
    }

    [Fact]
    public async Task Verify_NotYetValidBeyondLeeway_Refuses() =>
        Assert.False(await VerifyAsync(Sign(Body, nbf: Now.AddMinutes(2).ToUnixTimeSeconds(), exp: Now.AddMinutes(7).ToUnixTimeSeconds())));
}
