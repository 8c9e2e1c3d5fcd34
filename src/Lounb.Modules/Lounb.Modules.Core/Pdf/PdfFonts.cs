using PdfSharp.Fonts;

namespace Lounb.Modules.Core.Pdf;

/// <summary>
/// The platform's PDF typeface: embedded Noto Serif (SIL OFL 1.1, see Fonts/OFL.txt), served to PDFsharp, which on Linux
/// finds no system fonts by itself. Family <see cref="Family"/>: regular and bold (italic requests get the upright face
/// with simulated slant). Every module that renders PDFs calls <see cref="Ensure"/> before its first font operation.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    /// <summary>The family name to pass to <c>XFont</c>.</summary>
    public const string Family = "Noto Serif";

    private const string RegularFace = "NotoSerif-Regular";
    private const string BoldFace = "NotoSerif-Bold";

    // PDFsharp resolves fonts through GlobalFontSettings.FontResolver, a process-wide static that may be set only once,
    // before the first font operation (setting a different resolver later throws). PDFsharp offers no per-document or
    // per-instance resolver, so this one static is unavoidable: it is initialised once, thread-safely (Lazy with
    // ExecutionAndPublication), tolerates a resolver of ours already installed (e.g. by another load context) and fails
    // with a clear message if some other code installed a different resolver.
    private static readonly Lazy<PdfFonts> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte[] _regular = Load(RegularFace);
    private readonly byte[] _bold = Load(BoldFace);

    private PdfFonts()
    {
    }

    /// <summary>Installs the resolver into PDFsharp once per process and returns it.</summary>
    public static PdfFonts Ensure() => Installed.Value;

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

    private static PdfFonts Install()
    {
        if (GlobalFontSettings.FontResolver is PdfFonts existing)
        {
            return existing;
        }

        if (GlobalFontSettings.FontResolver is { } other)
        {
            throw new InvalidOperationException(
                $"PDFsharp already has a different global font resolver ({other.GetType().FullName}); the platform needs {nameof(PdfFonts)}.");
        }

        var fonts = new PdfFonts();
        try
        {
            GlobalFontSettings.FontResolver = fonts;
        }
        catch (InvalidOperationException) when (GlobalFontSettings.FontResolver is PdfFonts)
        {
            // installed concurrently by another copy of this code (e.g. in another load context): theirs is equivalent
        }

        return GlobalFontSettings.FontResolver as PdfFonts
            ?? throw new InvalidOperationException("PDFsharp did not accept the platform font resolver.");
    }

    private static byte[] Load(string face)
    {
        var name = $"Lounb.Pdf.{face}.ttf";
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font resource '{name}' is missing from {typeof(PdfFonts).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
