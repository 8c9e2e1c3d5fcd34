using System.ComponentModel.DataAnnotations;

namespace Lounb.Modules.Certificates;

/// <summary>Bound from "Lounb:Certificates".</summary>
internal sealed class CertificatesOptions
{
    public const string Section = "Lounb:Certificates";

    /// <summary>The prefix of certificate numbers: "ЛОУНБ" gives ЛОУНБ-2026-000123.</summary>
    [Required, StringLength(20, MinimumLength = 2)]
    public string Series { get; set; } = "ЛОУНБ";

    [Required, StringLength(300, MinimumLength = 2)]
    public string Issuer { get; set; } = "Луганська обласна універсальна наукова бібліотека";

    [StringLength(100)]
    public string SignatoryPosition { get; set; } = "Директор";

    [StringLength(100)]
    public string SignatoryName { get; set; } = "";

    /// <summary>Public address the QR code links to (e.g. https://learn.lounb.org.ua); empty: the address of the request.</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Checks of the public verification page per minute per client address (guessing codes is slowed).</summary>
    [Range(1, 10_000)]
    public int VerifyPermitPerMinute { get; set; } = 30;
}
