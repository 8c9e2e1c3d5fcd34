using Lounb.Modules.Core.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lounb.Modules.Attestation.Documents;

/// <summary>
/// Writes flowing text down A4 portrait pages (real, extractable text in the platform's embedded Cyrillic font): headings,
/// paragraphs wrapped at word boundaries, label–value lines and signature lines; a new page starts when one is full.
/// One instance per document.
/// </summary>
internal sealed class PdfFlow : IDocumentWriter, IDisposable
{
    private const double PageWidth = 595.28;  // A4 portrait, points (210 mm)
    private const double PageHeight = 841.89; // 297 mm
    private const double Margin = 56.7;       // 2 cm
    private const double Width = PageWidth - 2 * Margin;

    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x1B, 0x2A, 0x4A));

    private readonly PdfDocument _pdf = new();
    private readonly XFont _regular;
    private readonly XFont _bold;
    private readonly XFont _title;
    private XGraphics? _gfx;
    private double _y;

    /// <summary>A PDF of the content <paramref name="write"/> writes.</summary>
    public static byte[] Render(string title, string subject, Action<IDocumentWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var flow = new PdfFlow(title, subject);
        write(flow);
        return flow.Save();
    }

    private PdfFlow(string title, string subject)
    {
        PdfFonts.Ensure();
        _regular = new XFont(PdfFonts.Family, 10.5, XFontStyleEx.Regular);
        _bold = new XFont(PdfFonts.Family, 10.5, XFontStyleEx.Bold);
        _title = new XFont(PdfFonts.Family, 14, XFontStyleEx.Bold);
        _pdf.Info.Title = title;
        _pdf.Info.Subject = subject;
        _pdf.Info.Creator = "Lounb Learning";
        NewPage();
    }

    public void Title(string text)
    {
        Lines(text, _title, centred: true, lineHeight: 18);
        _y += 6;
    }

    public void Heading(string text)
    {
        _y += 6;
        Lines(text, _bold, centred: false, lineHeight: 14);
    }

    public void Paragraph(string text) => Lines(text, _regular, centred: false, lineHeight: 13.5);

    /// <summary>"Label: value" with the label in bold, the value wrapped beside it.</summary>
    public void Field(string label, string value)
    {
        var labelText = label + ": ";
        var labelWidth = Math.Min(Graphics.MeasureString(labelText, _bold).Width, Width / 2);
        var lines = PdfLines.Wrap(Graphics, value, _regular, Width - labelWidth);
        Room(13.5 * lines.Count);
        Graphics.DrawString(labelText, _bold, Ink, new XRect(Margin, _y, labelWidth, 13.5), XStringFormats.TopLeft);
        foreach (var line in lines)
        {
            Graphics.DrawString(line, _regular, Ink, new XRect(Margin + labelWidth, _y, Width - labelWidth, 13.5), XStringFormats.TopLeft);
            _y += 13.5;
        }
    }

    /// <summary>A signature line: who signs, a line to sign on, and the name under it.</summary>
    public void Signature(string who, string name)
    {
        Room(30);
        _y += 10;
        Graphics.DrawString(who, _regular, Ink, new XRect(Margin, _y, Width * 0.4, 13.5), XStringFormats.TopLeft);
        Graphics.DrawLine(new XPen(XColors.Gray, 0.6), Margin + Width * 0.42, _y + 12, Margin + Width * 0.68, _y + 12);
        Graphics.DrawString(name, _regular, Ink, new XRect(Margin + Width * 0.7, _y, Width * 0.3, 13.5), XStringFormats.TopLeft);
        _y += 16;
    }

    public void Space(double points) => _y += points;

    private byte[] Save()
    {
        _gfx?.Dispose();
        _gfx = null;
        using var output = new MemoryStream();
        _pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _pdf.Dispose();
    }

    private XGraphics Graphics => _gfx ?? throw new ObjectDisposedException(nameof(PdfFlow));

    private void Lines(string text, XFont font, bool centred, double lineHeight)
    {
        foreach (var line in PdfLines.Wrap(Graphics, text, font, Width))
        {
            Room(lineHeight);
            Graphics.DrawString(line, font, Ink, new XRect(Margin, _y, Width, lineHeight), centred ? XStringFormats.TopCenter : XStringFormats.TopLeft);
            _y += lineHeight;
        }
    }

    private void Room(double height)
    {
        if (_y + height > PageHeight - Margin)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _pdf.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _gfx = XGraphics.FromPdfPage(page);
        _y = Margin;
    }
}
