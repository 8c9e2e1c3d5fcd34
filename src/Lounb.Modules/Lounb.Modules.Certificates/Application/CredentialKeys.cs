using System.Security.Cryptography;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Lounb.Modules.Certificates.Application;

/// <summary>A public key as published in the key set.</summary>
internal sealed record PublicKey(string KeyId, string Modulus, string Exponent, bool Active);

/// <summary>
/// The RS256 keys of Open Badges credentials, kept in the database (the private half encrypted with Data Protection,
/// whose keys are shared by every node). The first signature creates a key; «Нові ключі підпису» rotates: the new key
/// signs from then on, old keys stay published so that every credential ever issued still verifies.
/// </summary>
internal sealed class CredentialKeys(LounbDbContext db, IDataProtectionProvider protection, TimeProvider time)
{
    private const int KeyBits = 2048;
    private readonly IDataProtector _protector = protection.CreateProtector("Lounb.Certificates.SigningKey.v1");

    /// <summary>The key that signs now (created on first use).</summary>
    public async Task<(string KeyId, RsaSecurityKey Key)> ActiveAsync(CancellationToken ct)
    {
        var active = await db.Set<SigningKey>().AsNoTracking().Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).FirstOrDefaultAsync(ct)
            ?? await CreateAsync(ct);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(_protector.Unprotect(active.ProtectedPrivateKey)), out _);
        return (active.KeyId, new RsaSecurityKey(rsa) { KeyId = active.KeyId });
    }

    public async Task<IReadOnlyList<PublicKey>> PublishedAsync(CancellationToken ct) =>
        (await db.Set<SigningKey>().AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(ct))
            .Select(k => new PublicKey(k.KeyId, k.Modulus, k.Exponent, k.RetiredAt is null)).ToList();

    /// <summary>Every published key as a verification key (for checking an uploaded credential).</summary>
    public async Task<IReadOnlyList<SecurityKey>> VerificationKeysAsync(CancellationToken ct) =>
        (await PublishedAsync(ct)).Select(k => (SecurityKey)new RsaSecurityKey(new RSAParameters
        {
            Modulus = Base64UrlEncoder.DecodeBytes(k.Modulus),
            Exponent = Base64UrlEncoder.DecodeBytes(k.Exponent),
        }) { KeyId = k.KeyId }).ToList();

    /// <summary>Retires the active key and creates a new one; only staff with a national grant may (the key signs every oblast's credentials).</summary>
    public async Task<Result<string>> RotateAsync(AccessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsNational)
        {
            return CertificateErrors.KeyRotationNational;
        }


        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<SigningKey>().Where(k => k.RetiredAt == null).ExecuteUpdateAsync(u => u.SetProperty(k => k.RetiredAt, now), ct);
        return (await CreateAsync(ct)).KeyId;
    }

    private async Task<SigningKey> CreateAsync(CancellationToken ct)
    {
        using var rsa = RSA.Create(KeyBits);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var now = time.GetUtcNow().UtcDateTime;
        var key = new SigningKey($"lounb-{now:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
            _protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
            Base64UrlEncoder.Encode(parameters.Modulus), Base64UrlEncoder.Encode(parameters.Exponent), now);
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return key;
    }
}
