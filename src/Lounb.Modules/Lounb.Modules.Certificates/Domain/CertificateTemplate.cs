namespace Lounb.Modules.Certificates.Domain;

/// <summary>
/// How certificates of one kind look: for one course or quiz (<see cref="GroupId"/>), or the default of the kind
/// (<see cref="GroupId"/> null). Title and body may use placeholders (<see cref="Application.CertificateTemplates"/>).
/// </summary>
internal sealed class CertificateTemplate
{
    public const string DefaultTitle = "СЕРТИФІКАТ";

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public AchievementKind Kind { get; set; }

    /// <summary>The course or quiz the template is for; null: the default for <see cref="Kind"/>.</summary>
    public Guid? GroupId { get; set; }

    public string Title { get; set; } = DefaultTitle;

    /// <summary>The achievement text with placeholders, e.g. "успішно завершив(-ла) курс «{назва}» обсягом {години} год.".</summary>
    public string Body { get; set; } = "";

    public string SignatoryPosition { get; set; } = "";

    public string SignatoryName { get; set; } = "";

    public byte[]? LogoPng { get; set; }

    public string? LogoContentType { get; set; }

    public byte[]? SignaturePng { get; set; }

    public string? SignatureContentType { get; set; }

    /// <summary>Whether certificates are issued automatically on completion (otherwise only by hand).</summary>
    public bool IssueAutomatically { get; set; } = true;

    public DateTime UpdatedAt { get; set; }
}
