using Lounb.Modules.Core.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Lounb.Modules.Certificates.Pdf;

/// <summary>
/// Renders a <see cref="CertificateDocument"/> as a one-page A4 landscape PDF: real (extractable) text in embedded Noto Serif,
/// a decorative border and a vector QR code of <see cref="CertificateDocument.VerificationUrl"/>.
/// Stateless and thread-safe: register as a singleton.
/// </summary>
internal sealed class CertificatePdf
{
    private static readonly XColor Ink = XColor.FromArgb(0x1B, 0x2A, 0x4A);
    private static readonly XColor Muted = XColor.FromArgb(0x55, 0x5F, 0x70);
    private static readonly XColor Gold = XColor.FromArgb(0xB0, 0x8D, 0x3C);

    private const double PageWidth = 841.89;  // A4 landscape, points (297 mm)
    private const double PageHeight = 595.28; // 210 mm
    private const double TextMargin = 96;     // left/right margin of the centred text
    private const double BottomZoneTop = 440; // the date/number, signatures and QR code live below this line
    private const double QrSize = 90.7;       // 3.2 cm

    private readonly PdfFonts _fonts;

    public CertificatePdf() => _fonts = PdfFonts.Ensure();

    public byte[] Render(CertificateDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_fonts.ResolveTypeface(PdfFonts.Family, bold: false, italic: false) is null)
        {
            throw new InvalidOperationException("The certificate fonts are not available.");
        }

        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{document.Title} {document.Number}";
        pdf.Info.Author = document.Issuer;
        pdf.Info.Subject = document.HolderName;
        pdf.Info.Creator = "Lounb Learning";

        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);

        using (var gfx = XGraphics.FromPdfPage(page))
        {
            DrawBorder(gfx);
            DrawLogo(gfx, document.Logo);
            DrawBody(gfx, document);
            DrawFooter(gfx, document);
        }

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawBorder(XGraphics gfx)
    {
        var outer = new XPen(Gold, 2.2);
        var inner = new XPen(Gold, 0.6);
        gfx.DrawRectangle(outer, 22, 22, PageWidth - 44, PageHeight - 44);
        gfx.DrawRectangle(inner, 30, 30, PageWidth - 60, PageHeight - 60);

        // small diamonds in the corners of the inner frame
        var brush = new XSolidBrush(Gold);
        foreach (var (x, y) in new[] { (30.0, 30.0), (PageWidth - 30, 30.0), (30.0, PageHeight - 30), (PageWidth - 30, PageHeight - 30) })
        {
            gfx.DrawPolygon(brush, [new XPoint(x, y - 5), new XPoint(x + 5, y), new XPoint(x, y + 5), new XPoint(x - 5, y)], XFillMode.Winding);
        }
    }

    /// <summary>The logo in the top-left corner, inside the frame, scaled to fit 70 x 70 pt.</summary>
    private static void DrawLogo(XGraphics gfx, byte[]? logo)
    {
        if (logo is { Length: > 0 })
        {
            DrawImage(gfx, logo, 44, 44, 70, 70, alignBottom: false);
        }
    }

    /// <summary>Draws an image scaled to fit the box, centred horizontally (and at the box's bottom when asked).</summary>
    private static void DrawImage(XGraphics gfx, byte[] bytes, double x, double y, double maxWidth, double maxHeight, bool alignBottom)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var image = XImage.FromStream(stream);
        var scale = Math.Min(maxWidth / image.PointWidth, maxHeight / image.PointHeight);
        var width = image.PointWidth * scale;
        var height = image.PointHeight * scale;
        gfx.DrawImage(image, x + (maxWidth - width) / 2, alignBottom ? y + maxHeight - height : y, width, height);
    }

    /// <summary>Title, issuer, "засвідчує, що", holder, achievement and details, shrunk as a whole if they do not fit.</summary>
    private static void DrawBody(XGraphics gfx, CertificateDocument document)
    {
        const double top = 62;
        const double bottom = BottomZoneTop - 14;
        const double width = PageWidth - 2 * TextMargin;

        List<Block> blocks = [];
        double height;
        for (var scale = 1.0; ; scale -= 0.05)
        {
            blocks = Layout(gfx, document, scale, width);
            height = blocks.Sum(b => b.SpaceBefore + b.Lines.Count * b.LineHeight);
            if (height <= bottom - top || scale <= 0.4)
            {
                break;
            }
        }

        // the heading stays at the top; the rest is centred (slightly high) in the space left above the footer
        var slack = Math.Max(0, bottom - top - height);
        var y = top;
        var centred = false;
        foreach (var block in blocks)
        {
            if (!block.Header && !centred)
            {
                y += slack * 0.45;
                centred = true;
            }

            y += block.SpaceBefore;
            foreach (var line in block.Lines)
            {
                gfx.DrawString(line, block.Font, block.Brush, new XRect(TextMargin, y, width, block.LineHeight), XStringFormats.Center);
                y += block.LineHeight;
            }

            if (block.Rule)
            {
                var ruleWidth = Math.Min(220, width);
                gfx.DrawLine(new XPen(Gold, 0.8), (PageWidth - ruleWidth) / 2, y + 6, (PageWidth + ruleWidth) / 2, y + 6);
            }
        }
    }

    private static List<Block> Layout(XGraphics gfx, CertificateDocument d, double scale, double width)
    {
        var ink = new XSolidBrush(Ink);
        var muted = new XSolidBrush(Muted);
        List<Block> blocks = [];

        void Add(string text, double size, bool bold, XBrush brush, double spaceBefore, bool rule = false, bool header = false)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var font = new XFont(PdfFonts.Family, size * scale, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            blocks.Add(new Block(PdfLines.Wrap(gfx, text, font, width), font, brush, size * scale * 1.3, spaceBefore * scale, rule, header));
        }

        Add(d.Title, 44, bold: true, ink, 0, header: true);
        Add(d.Issuer, 13, bold: false, muted, 4, rule: true, header: true);
        Add("засвідчує, що", 15, bold: false, muted, 30);
        Add(d.HolderName, 32, bold: true, ink, 8);
        Add(d.Achievement, 16, bold: false, ink, 14);
        for (var i = 0; i < d.Details.Count; i++)
        {
            Add(d.Details[i], 13, bold: false, muted, i == 0 ? 8 : 0);
        }

        return blocks;
    }

    private static void DrawFooter(XGraphics gfx, CertificateDocument d)
    {
        var ink = new XSolidBrush(Ink);
        var muted = new XSolidBrush(Muted);
        var label = new XFont(PdfFonts.Family, 9.5, XFontStyleEx.Regular);
        var value = new XFont(PdfFonts.Family, 12, XFontStyleEx.Bold);

        // QR code, bottom right, with the URL printed under it
        var qrRight = PageWidth - 62;
        var qrTop = PageHeight - 62 - QrSize - 12;
        DrawQr(gfx, d.VerificationUrl, qrRight - QrSize, qrTop, QrSize);
        var urlFont = new XFont(PdfFonts.Family, 6.5, XFontStyleEx.Regular);
        var urlWidth = 250.0;
        var urlY = qrTop + QrSize + 2;
        foreach (var line in PdfLines.BreakLong(gfx, d.VerificationUrl, urlFont, urlWidth))
        {
            gfx.DrawString(line, urlFont, muted, new XRect(qrRight - urlWidth, urlY, urlWidth, 9), XStringFormats.CenterRight);
            urlY += 8;
        }

        // date and number, bottom left
        const double left = 70;
        var leftWidth = 200.0;
        var y = PageHeight - 150;
        gfx.DrawString("Дата видачі", label, muted, new XRect(left, y, leftWidth, 14), XStringFormats.CenterLeft);
        y = DrawFitted(gfx, d.IssuedOn, value, ink, left, y + 14, leftWidth);
        gfx.DrawString("Номер сертифіката", label, muted, new XRect(left, y + 8, leftWidth, 14), XStringFormats.CenterLeft);
        DrawFitted(gfx, "№ " + d.Number, value, ink, left, y + 22, leftWidth);

        // signatories between the left column and the QR code
        if (d.Signatories.Count == 0)
        {
            return;
        }

        var zoneLeft = left + leftWidth + 20;
        var zoneRight = qrRight - QrSize - 24;
        var slot = (zoneRight - zoneLeft) / d.Signatories.Count;
        var lineWidth = Math.Min(160, slot - 16);
        var positionFont = new XFont(PdfFonts.Family, 10, XFontStyleEx.Regular);
        var nameFont = new XFont(PdfFonts.Family, 11.5, XFontStyleEx.Bold);
        var signLineY = PageHeight - 100;
        for (var i = 0; i < d.Signatories.Count; i++)
        {
            var (position, name) = d.Signatories[i];
            var cx = zoneLeft + slot * (i + 0.5);
            var x = cx - slot / 2 + 4;
            var positionLines = PdfLines.Wrap(gfx, position, positionFont, slot - 8);
            var signed = i == 0 && d.Signature is { Length: > 0 };
            var py = signLineY - 30 - (signed ? 30 : 0) - (positionLines.Count - 1) * 12;
            foreach (var line in positionLines)
            {
                gfx.DrawString(line, positionFont, muted, new XRect(x, py, slot - 8, 12), XStringFormats.Center);
                py += 12;
            }

            if (signed)
            {
                DrawImage(gfx, d.Signature!, cx - lineWidth / 2, signLineY - 34, lineWidth, 32, alignBottom: true);
            }

            gfx.DrawLine(new XPen(Ink, 0.6), cx - lineWidth / 2, signLineY, cx + lineWidth / 2, signLineY);
            var ny = signLineY + 4;
            foreach (var line in PdfLines.Wrap(gfx, name, nameFont, slot - 8))
            {
                gfx.DrawString(line, nameFont, ink, new XRect(x, ny, slot - 8, 14), XStringFormats.Center);
                ny += 14;
            }
        }
    }

    /// <summary>Draws left-aligned wrapped text and returns the y under it.</summary>
    private static double DrawFitted(XGraphics gfx, string text, XFont font, XBrush brush, double x, double y, double width)
    {
        foreach (var line in PdfLines.Wrap(gfx, text, font, width))
        {
            gfx.DrawString(line, font, brush, new XRect(x, y, width, 15), XStringFormats.CenterLeft);
            y += 15;
        }

        return y;
    }

    /// <summary>Vector QR code: one filled rectangle per horizontal run of dark modules (no raster image).</summary>
    private static void DrawQr(XGraphics gfx, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the 4-module quiet zone on every side
        var module = size / matrix.Count;
        var brush = XBrushes.Black;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var col = 0;
            while (col < bits.Length)
            {
                if (!bits[col])
                {
                    col++;
                    continue;
                }

                var start = col;
                while (col < bits.Length && bits[col])
                {
                    col++;
                }

                // a hair of overlap so that viewers do not show seams between adjacent rectangles
                gfx.DrawRectangle(brush, x + start * module, y + row * module, (col - start) * module + 0.05, module + 0.05);
            }
        }
    }

    private sealed record Block(List<string> Lines, XFont Font, XBrush Brush, double LineHeight, double SpaceBefore, bool Rule, bool Header);
}
