using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lounb.Modules.Webinars.Video.LiveKit;

/// <summary>
/// Checks a LiveKit webhook as the server SDKs do: the Authorization header is the bare JWT (no "Bearer"), signed
/// HS256 with the secret of the API key in <c>iss</c>, <c>exp</c> required, 60 s of clock leeway; its <c>sha256</c>
/// claim is base64(SHA-256(raw body)) and is compared in constant time. Only a verified body may be parsed.
/// </summary>
internal sealed class LiveKitWebhookVerifier(IOptions<WebinarsOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Leeway = TimeSpan.FromSeconds(60);

    private static readonly JsonWebTokenHandler Handler = new();

    private readonly LiveKitOptions _options = options.Value.Video.LiveKit;

    public async Task<bool> VerifyAsync(string? authorization, ReadOnlyMemory<byte> body)
    {
        if (string.IsNullOrWhiteSpace(authorization) || string.IsNullOrEmpty(_options.ApiKey) || string.IsNullOrEmpty(_options.ApiSecret))
        {
            return false;
        }

        var validation = await Handler.ValidateTokenAsync(authorization, new TokenValidationParameters
        {
            ValidIssuer = _options.ApiKey,
            ValidateIssuer = true,
            ValidateAudience = false,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = Leeway,
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires, time.GetUtcNow().UtcDateTime),
            RequireSignedTokens = true,
            IssuerSigningKey = LiveKitTokens.KeyOf(_options.ApiSecret),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        });
        var claimedHash = validation.IsValid && validation.Claims.TryGetValue("sha256", out var claimed) ? claimed as string : null;
        if (claimedHash is null)
        {
            return false;
        }

        var actualHash = Convert.ToBase64String(SHA256.HashData(body.Span));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actualHash), Encoding.ASCII.GetBytes(claimedHash));
    }

    /// <summary>exp is required; exp and nbf get the leeway; the clock is the app's (so tests can move it).</summary>
    public static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, DateTime now) =>
        expires is { } exp && now <= exp.ToUniversalTime() + Leeway && (notBefore is not { } nbf || now + Leeway >= nbf.ToUniversalTime());
}
