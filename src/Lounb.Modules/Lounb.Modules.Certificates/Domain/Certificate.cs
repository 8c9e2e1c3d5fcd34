namespace Lounb.Modules.Certificates.Domain;

/// <summary>What a certificate is for.</summary>
internal enum AchievementKind
{
    /// <summary>A course run completed (source: the enrolment).</summary>
    CourseCompletion,

    /// <summary>A quiz passed outside a course, e.g. an attestation test (source: the quiz).</summary>
    QuizPass,

    /// <summary>Issued by hand by a methodologist (an event held outside the platform, a correction).</summary>
    Manual,

    /// <summary>A webinar or live session attended (source: the event; templates may be set per series).</summary>
    WebinarAttendance,
}

/// <summary>
/// An issued certificate. The number is for people ("ЛОУНБ-2026-000123"); the verification code is unguessable and is
/// what the QR link carries. One certificate per holder and achievement: issuing again returns the existing one.
/// Revocation keeps the record (and says so on the public page).
/// </summary>
internal sealed class Certificate
{
    public Certificate(string number, string verificationCode, Guid holderId, string holderName, string? holderOblastCode,
        AchievementKind kind, Guid sourceId, string title, int hours, DateTime issuedAt)
    {
        Id = Guid.CreateVersion7();
        Number = number;
        VerificationCode = verificationCode;
        HolderId = holderId;
        HolderName = holderName;
        HolderOblastCode = holderOblastCode;
        Kind = kind;
        SourceId = sourceId;
        Title = title;
        Hours = hours;
        IssuedAt = issuedAt;
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; }

    public string VerificationCode { get; private set; }

    public Guid HolderId { get; private set; }

    /// <summary>The holder's name as printed (copied at issue time).</summary>
    public string HolderName { get; private set; }

    public string? HolderOblastCode { get; private set; }

    public AchievementKind Kind { get; private set; }

    public Guid SourceId { get; private set; }

    /// <summary>The course or quiz the achievement belongs to (what templates are chosen by); null for certificates issued before it was kept.</summary>
    public Guid? GroupId { get; set; }

    /// <summary>The certificate this one replaced (a reissue after a name correction).</summary>
    public Guid? ReplacesId { get; set; }

    /// <summary>The certificate that replaced this one; a replaced certificate is also revoked, so its history stays checkable.</summary>
    public Guid? ReplacedById { get; set; }

    /// <summary>The course or quiz title as printed.</summary>
    public string Title { get; private set; }

    /// <summary>Hours of professional development (0 when not applicable).</summary>
    public int Hours { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public string? RevocationReason { get; private set; }

    public Guid? RevokedBy { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>A corrected copy: a new number and code, the same achievement, linked both ways; this one is revoked.</summary>
    public Certificate ReissueAs(string number, string verificationCode, string holderName, DateTime at, Guid by)
    {
        var copy = new Certificate(number, verificationCode, HolderId, holderName, HolderOblastCode, Kind, SourceId, Title, Hours, at)
        {
            GroupId = GroupId,
            ReplacesId = Id,
        };
        ReplacedById = copy.Id;
        Revoke(at, $"Перевидано з виправленим ім'ям: № {number}", by);
        return copy;
    }

    public void Revoke(DateTime at, string reason, Guid by)
    {
        RevokedAt = at;
        RevocationReason = reason;
        RevokedBy = by;
    }
}

/// <summary>The last number given in a series and year; a concurrency token keeps numbers unique under parallel issue.</summary>
internal sealed class CertificateCounter
{
    public CertificateCounter(string series, int year)
    {
        Series = series;
        Year = year;
    }

    public string Series { get; private set; }

    public int Year { get; private set; }

    public int Last { get; set; }
}

/// <summary>
/// An RS256 key that signs Open Badges credentials. The private key is stored encrypted by Data Protection; retired keys
/// stay published so that credentials they signed keep verifying after a rotation.
/// </summary>
internal sealed class SigningKey
{
    public SigningKey(string keyId, string protectedPrivateKey, string modulus, string exponent, DateTime createdAt)
    {
        KeyId = keyId;
        ProtectedPrivateKey = protectedPrivateKey;
        Modulus = modulus;
        Exponent = exponent;
        CreatedAt = createdAt;
    }

    public string KeyId { get; private set; }

    public string ProtectedPrivateKey { get; private set; }

    /// <summary>Public modulus, base64url (the JWK's <c>n</c>).</summary>
    public string Modulus { get; private set; }

    /// <summary>Public exponent, base64url (the JWK's <c>e</c>).</summary>
    public string Exponent { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When a newer key replaced it for signing; null for the active key.</summary>
    public DateTime? RetiredAt { get; set; }
}
