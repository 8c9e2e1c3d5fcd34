namespace Lounb.Modules.Certificates.Pdf;

/// <summary>Everything printed on one certificate (already in Ukrainian, dates already in Kyiv time).</summary>
/// <param name="Title">Large heading, e.g. "СЕРТИФІКАТ".</param>
/// <param name="HolderName">Full name of the holder, e.g. "Олена Петрівна Шевчук".</param>
/// <param name="Achievement">What was achieved, e.g. "успішно завершила курс «Медіаграмотність для дорослих»".</param>
/// <param name="Details">Further lines, e.g. "обсягом 6 годин (0,2 кредиту ЄКТС) з 1 по 30 листопада 2026 року".</param>
/// <param name="Number">Human-readable number, e.g. "ЛОУНБ-2026-000123".</param>
/// <param name="IssuedOn">Date line, e.g. "29 листопада 2026 року".</param>
/// <param name="Issuer">Issuing organisation, e.g. "Луганська обласна універсальна наукова бібліотека".</param>
/// <param name="Signatories">Signature lines: position and name, e.g. ("Директор", "Ірина Коваленко").</param>
/// <param name="VerificationUrl">Absolute URL the QR code encodes and that is printed under it.</param>
/// <param name="Logo">Optional PNG or JPEG drawn at the top left.</param>
/// <param name="Signature">Optional PNG or JPEG drawn above the (first) signatory's line.</param>
internal sealed record CertificateDocument(
    string Title, string HolderName, string Achievement, IReadOnlyList<string> Details, string Number, string IssuedOn, string Issuer,
    IReadOnlyList<(string Position, string Name)> Signatories, string VerificationUrl, byte[]? Logo = null, byte[]? Signature = null);
