using System.Reflection;
using PdfSharp.Fonts;

namespace Lounb.Modules.Certificates.Pdf;

/// <summary>
/// Serves the embedded Noto Serif faces (SIL OFL 1.1, see Fonts/OFL.txt) to PDFsharp, which on Linux finds no system fonts
/// by itself. Family <see cref="Family"/>: regular and bold (italic requests get the upright face with simulated slant).
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    /// <summary>The family name to pass to <c>XFont</c>.</summary>
    public const string Family = "Noto Serif";

    private const string RegularFace = "NotoSerif-Regular";
    private const string BoldFace = "NotoSerif-Bold";

    private readonly byte[] _regular = Load(RegularFace);
    private readonly byte[] _bold = Load(BoldFace);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(familyName, "NotoSerif", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);
    }

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => _regular,
        BoldFace => _bold,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var name = $"Lounb.Certificates.{face}.ttf";
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font resource '{name}' is missing from {typeof(CertificateFonts).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
