using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lounb.Modules.Webinars.Video.Jitsi;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Modules.Webinars.Tests.Video;

public sealed class JitsiTokensTests
{
    private const string Secret = "jitsi-app-secret-0123456789abcdef";
    private static readonly DateTimeOffset Now = new(2026, 1, 7, 16, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.NewGuid();

    private static JitsiTokens SelfHosted() => new(VideoTestOptions.Jitsi(new JitsiOptions
    {
        Domain = "meet.library.example.org", AppId = "lounb", AppSecret = Secret, TokenMinutes = 120,
    }), new FakeTimeProvider(Now));

    [Fact]
    public void SelfHosted_HeaderIsHs256WithTypJwt_NoKid()
    {
        var jwt = JwtParts.Read(SelfHosted().Mint("lounb-room", UserId, "Олена", "olena@example.org", moderator: false));

        Assert.Equal("HS256", jwt.Header.GetProperty("alg").GetString());
        Assert.Equal("JWT", jwt.Header.GetProperty("typ").GetString());
        Assert.False(jwt.Header.TryGetProperty("kid", out _));
        Assert.Equal(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes(jwt.SigningInput)), jwt.Signature);
    }

    [Fact]
    public void SelfHosted_Claims_IssAppId_AudJitsi_SubDomain_Room_NbfBackdatedAMinute()
    {
        var payload = JwtParts.Read(SelfHosted().Mint("lounb-room", UserId, "Олена", null, moderator: false)).Payload;

        Assert.Equal("lounb", payload.GetProperty("iss").GetString());
        Assert.Equal("jitsi", payload.GetProperty("aud").GetString());
        Assert.Equal("meet.library.example.org", payload.GetProperty("sub").GetString());
        Assert.Equal("lounb-room", payload.GetProperty("room").GetString());
        Assert.Equal(Now.AddSeconds(-60).ToUnixTimeSeconds(), payload.GetProperty("nbf").GetInt64());
        Assert.Equal(Now.AddMinutes(120).ToUnixTimeSeconds(), payload.GetProperty("exp").GetInt64());
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void ContextUser_EveryValueIsAString_ModeratorAsTheStringTrueOrFalse(bool moderator, string expected)
    {
        var user = JwtParts.Read(SelfHosted().Mint("r", UserId, "Олена", "olena@example.org", moderator)).Payload.GetProperty("context").GetProperty("user");

        foreach (var property in user.EnumerateObject())
        {
            Assert.True(property.Value.ValueKind == JsonValueKind.String, $"context.user.{property.Name} must be a string, was {property.Value.ValueKind}.");
        }

        Assert.Equal(UserId.ToString("N"), user.GetProperty("id").GetString());
        Assert.Equal("Олена", user.GetProperty("name").GetString());
        Assert.Equal("olena@example.org", user.GetProperty("email").GetString());
        Assert.Equal(expected, user.GetProperty("moderator").GetString());
    }

    [Fact]
    public void ContextUser_NoEmail_LeavesItOutRatherThanNull()
    {
        var user = JwtParts.Read(SelfHosted().Mint("r", UserId, "Олена", null, moderator: false)).Payload.GetProperty("context").GetProperty("user");

        Assert.False(user.TryGetProperty("email", out _));
    }

    [Fact]
    public void Jaas_Rs256WithKidAppIdSlashKeyId_IssChat_SubAppId_RoomUnderTheAppId()
    {
        using var rsa = RSA.Create(2048);
        var keyPath = Path.Combine(Path.GetTempPath(), $"jaas-{Guid.NewGuid():N}.pem");
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        try
        {
            var tokens = new JitsiTokens(VideoTestOptions.Jitsi(new JitsiOptions
            {
                Domain = "8x8.vc", AppId = "vpaas-magic-cookie-abc123", JaasKeyId = "key42", JaasPrivateKeyPath = keyPath,
            }), new FakeTimeProvider(Now));

            var jwt = JwtParts.Read(tokens.Mint("lounb-room", UserId, "Олена", null, moderator: true));

            Assert.Equal("RS256", jwt.Header.GetProperty("alg").GetString());
            Assert.Equal("JWT", jwt.Header.GetProperty("typ").GetString());
            Assert.Equal("vpaas-magic-cookie-abc123/key42", jwt.Header.GetProperty("kid").GetString());
            Assert.Equal("chat", jwt.Payload.GetProperty("iss").GetString());
            Assert.Equal("jitsi", jwt.Payload.GetProperty("aud").GetString());
            Assert.Equal("vpaas-magic-cookie-abc123", jwt.Payload.GetProperty("sub").GetString());
            Assert.Equal("true", jwt.Payload.GetProperty("context").GetProperty("user").GetProperty("moderator").GetString());
            Assert.Equal("vpaas-magic-cookie-abc123/lounb-room", tokens.RoomFor("lounb-room"));
            Assert.True(rsa.VerifyData(Encoding.ASCII.GetBytes(jwt.SigningInput), jwt.Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }
        finally
        {
            File.Delete(keyPath);
        }
    }

    [Fact]
    public void SelfHosted_RoomNameIsTheEventsRoom() => Assert.Equal("lounb-room", SelfHosted().RoomFor("lounb-room"));
}
