using System.Text.Json;
using System.Text.Json.Nodes;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lounb.Modules.Certificates.Application;

/// <summary>What checking an uploaded credential found, said for people.</summary>
internal sealed record CredentialCheck(bool SignatureValid, string Message, Certificate? Certificate);

/// <summary>
/// Every certificate as an Open Badges 3.0 AchievementCredential, signed as a VC-JWT with RS256: the payload is the
/// credential itself plus iss, jti, nbf and sub; the header's kid is the URL of the signing key's JWK. The issuer
/// profile, the key set and the revocation list are published under /ob/.
/// </summary>
internal sealed class OpenBadgeCredentials(LounbDbContext db, IPeopleDirectory directory, CredentialKeys keys, IOptions<CertificatesOptions> options, TimeProvider time)
{
    public const string RevocationListType = "1EdTechRevocationList";
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public static string CredentialId(Certificate certificate) => $"urn:uuid:{certificate.Id}";

    public string IssuerId(string baseUrl) => $"{Base(baseUrl)}/ob/issuer";

    public async Task<string> SignAsync(Certificate certificate, string baseUrl, CancellationToken ct)
    {
        var (keyId, key) = await keys.ActiveAsync(ct);
        var signingKey = new RsaSecurityKey(key.Rsa) { KeyId = KeyUrl(baseUrl, keyId) };
        var credential = Credential(certificate, baseUrl, await AchievementNames.HeldByCitizenAsync(directory, certificate.HolderId, ct));
        credential["iss"] = IssuerId(baseUrl);
        credential["jti"] = CredentialId(certificate);
        credential["nbf"] = new DateTimeOffset(DateTime.SpecifyKind(certificate.IssuedAt, DateTimeKind.Utc)).ToUnixTimeSeconds();
        credential["sub"] = credential["credentialSubject"]!["id"]!.GetValue<string>();
        return new JsonWebTokenHandler().CreateToken(credential.ToJsonString(Compact), new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256));
    }

    /// <summary>Checks an uploaded VC-JWT: our signature (any published key), our issuer, and the certificate's status now.</summary>
    public async Task<CredentialCheck> CheckAsync(string token, string baseUrl, CancellationToken ct)
    {
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(token.Trim()))
        {
            return new CredentialCheck(false, "Це не файл облікового запису (VC-JWT) — очікується текст із трьох частин, розділених крапками.", null);
        }

        var result = await handler.ValidateTokenAsync(token.Trim(), new TokenValidationParameters
        {
            IssuerSigningKeys = await keys.VerificationKeysAsync(ct),
            IssuerSigningKeyResolver = null,
            TryAllIssuerSigningKeys = true,
            ValidIssuer = IssuerId(baseUrl),
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });
        if (!result.IsValid)
        {
            return new CredentialCheck(false, "Підпис недійсний: файл змінено або його видала не ця бібліотека.", null);
        }

        var jti = result.Claims.TryGetValue("jti", out var id) ? id as string : null;
        var certificate = jti is not null && jti.StartsWith("urn:uuid:", StringComparison.Ordinal) && Guid.TryParse(jti["urn:uuid:".Length..], out var certificateId)
            ? await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == certificateId, ct)
            : null;
        if (certificate is null)
        {
            return new CredentialCheck(true, "Підпис дійсний, але такого сертифіката в реєстрі немає.", null);
        }

        return certificate.IsRevoked
            ? new CredentialCheck(true, $"Підпис дійсний, але сертифікат ВІДКЛИКАНО: {certificate.RevocationReason}", certificate)
            : new CredentialCheck(true, "Підпис дійсний, сертифікат чинний.", certificate);
    }

    /// <summary>The issuer profile document published at <see cref="IssuerId"/>.</summary>
    public JsonObject IssuerProfile(string baseUrl)
    {
        var profile = Issuer(baseUrl);
        profile.Insert(0, "@context", Contexts());
        return profile;
    }

    private JsonObject Issuer(string baseUrl) => new()
    {
        ["id"] = IssuerId(baseUrl),
        ["type"] = new JsonArray("Profile"),
        ["name"] = options.Value.Issuer,
        ["url"] = Base(baseUrl),
    };

    private static JsonArray Contexts() => new("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    /// <summary>The published keys as a JSON Web Key Set (kid = the key's URL, as in the credentials' headers).</summary>
    public async Task<JsonObject> KeySetAsync(string baseUrl, CancellationToken ct) => new()
    {
        ["keys"] = new JsonArray([.. (await keys.PublishedAsync(ct)).Select(k => (JsonNode)Jwk(baseUrl, k))]),
    };

    public async Task<JsonObject?> KeyAsync(string baseUrl, string keyId, CancellationToken ct) =>
        (await keys.PublishedAsync(ct)).FirstOrDefault(k => k.KeyId == keyId) is { } key ? Jwk(baseUrl, key) : null;

    /// <summary>The revocation list: every revoked credential with its date and reason.</summary>
    public async Task<JsonObject> RevocationListAsync(string baseUrl, CancellationToken ct)
    {
        var revoked = await db.Set<Certificate>().AsNoTracking().Where(c => c.RevokedAt != null).OrderBy(c => c.RevokedAt).ToListAsync(ct);
        return new JsonObject
        {
            ["id"] = $"{Base(baseUrl)}/ob/revocations",
            ["type"] = RevocationListType,
            ["issuer"] = IssuerId(baseUrl),
            ["updated"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["revokedCredentials"] = new JsonArray([.. revoked.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = CredentialId(c),
                ["revokedAt"] = c.RevokedAt!.Value.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                ["revocationReason"] = c.RevocationReason,
            })]),
        };
    }

    private JsonObject Credential(Certificate certificate, string baseUrl, bool citizen)
    {
        var root = Base(baseUrl);
        var subject = new JsonObject
        {
            ["id"] = $"{root}/ob/holders/{certificate.HolderId}",
            ["type"] = new JsonArray("AchievementSubject"),
            ["name"] = certificate.HolderName,
            ["achievement"] = new JsonObject
            {
                ["id"] = $"{root}/ob/achievements/{certificate.Kind.ToString().ToLowerInvariant()}/{certificate.SourceId}",
                ["type"] = new JsonArray("Achievement"),
                ["achievementType"] = AchievementNames.OpenBadgeType(certificate.Kind),
                ["name"] = certificate.Title,
                ["description"] = $"{AchievementNames.Label(certificate.Kind)} «{certificate.Title}»",
                ["criteria"] = new JsonObject { ["narrative"] = AchievementNames.Criteria(certificate.Kind) },
                ["inLanguage"] = "uk",
            },
        };
        if (certificate.Hours > 0)
        {
            var hours = AchievementNames.Hours(certificate.Hours, citizen);
            subject["narrative"] = char.ToUpperInvariant(hours[0]) + hours[1..];
        }

        return new JsonObject
        {
            ["@context"] = Contexts(),
            ["id"] = CredentialId(certificate),
            ["type"] = new JsonArray("VerifiableCredential", "AchievementCredential"),
            ["issuer"] = Issuer(baseUrl),
            ["validFrom"] = DateTime.SpecifyKind(certificate.IssuedAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = $"Сертифікат {certificate.Number}",
            ["credentialSubject"] = subject,
            ["credentialStatus"] = new JsonObject { ["id"] = $"{root}/ob/revocations", ["type"] = RevocationListType },
        };
    }

    private JsonObject Jwk(string baseUrl, PublicKey key) => new()
    {
        ["kty"] = "RSA",
        ["use"] = "sig",
        ["alg"] = "RS256",
        ["kid"] = KeyUrl(baseUrl, key.KeyId),
        ["n"] = key.Modulus,
        ["e"] = key.Exponent,
    };

    private string KeyUrl(string baseUrl, string keyId) => $"{Base(baseUrl)}/ob/keys/{keyId}";

    private string Base(string baseUrl) => (options.Value.PublicBaseUrl ?? baseUrl).TrimEnd('/');
}
