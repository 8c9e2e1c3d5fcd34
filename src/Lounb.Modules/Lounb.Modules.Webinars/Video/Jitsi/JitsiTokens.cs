using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lounb.Modules.Webinars.Video.Jitsi;

/// <summary>
/// Jitsi JWTs. Self-hosted (jitsi-meet-tokens / Prosody token auth): HS256 with the app secret, iss = app id,
/// aud "jitsi", sub = the domain, room = the room name. JaaS (8x8): RS256 with the API key (kid = AppID/KeyId),
/// iss "chat", aud "jitsi", sub = the AppID. Prosody applies no clock leeway, so nbf is back-dated 60 s; every
/// context.user value is a string (a null or a number makes Prosody throw); <c>typ</c> is exactly "JWT".
/// </summary>
internal sealed class JitsiTokens
{
    public static readonly TimeSpan NotBeforeBackdate = TimeSpan.FromSeconds(60);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly JitsiOptions _options;
    private readonly TimeProvider _time;
    private readonly SigningCredentials _credentials;

    public JitsiTokens(IOptions<WebinarsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Video.Jitsi;
        _time = time;
        _credentials = IsJaas
            ? new SigningCredentials(new RsaSecurityKey(LoadRsa(_options.JaasPrivateKeyPath!)) { KeyId = $"{_options.AppId}/{_options.JaasKeyId}" }, SecurityAlgorithms.RsaSha256)
            : new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_options.AppSecret!)), SecurityAlgorithms.HmacSha256);
    }

    /// <summary>JaaS (8x8.vc) when a JaaS key is configured; otherwise a self-hosted server with an app secret.</summary>
    public bool IsJaas => !string.IsNullOrWhiteSpace(_options.JaasKeyId);

    /// <summary>The room name the IFrame API is given: JaaS rooms live under the AppID ("AppID/room").</summary>
    public string RoomFor(string roomName) => IsJaas ? $"{_options.AppId}/{roomName}" : roomName;

    public string Mint(string roomName, Guid userId, string displayName, string? email, bool moderator)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var user = new Dictionary<string, object>
        {
            ["id"] = userId.ToString("N"),
            ["name"] = displayName,
            ["moderator"] = moderator ? "true" : "false",
        };
        if (!string.IsNullOrEmpty(email))
        {
            user["email"] = email;
        }

        var context = new Dictionary<string, object> { ["user"] = user };
        if (IsJaas)
        {
            // Recording, streaming and dial-out are billed by 8x8 and unused here; the platform keeps its own recording link.
            context["features"] = new Dictionary<string, object>
            {
                ["livestreaming"] = "false",
                ["recording"] = "false",
                ["transcription"] = "false",
                ["outbound-call"] = "false",
            };
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = "JWT",
            Issuer = IsJaas ? "chat" : _options.AppId,
            Audience = "jitsi",
            IssuedAt = now,
            NotBefore = now - NotBeforeBackdate,
            Expires = now.AddMinutes(_options.TokenMinutes),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = IsJaas ? _options.AppId! : _options.Domain!.Trim(),
                ["room"] = roomName,
                ["context"] = context,
            },
            SigningCredentials = _credentials,
        });
    }

    /// <summary>Reads an RSA private key in PEM (PKCS#1 or PKCS#8); throws with the reason when it cannot.</summary>
    public static RSA LoadRsa(string path)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
            return rsa;
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }
}
