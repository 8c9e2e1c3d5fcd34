using PdfSharp.Drawing;

namespace Lounb.Modules.Core.Pdf;

/// <summary>Breaks text into lines that fit a width, measured in the font it will be drawn in.</summary>
public static class PdfLines
{
    /// <summary>Greedy word wrapping by measured width; a word wider than the line is broken by characters.</summary>
    public static List<string> Wrap(XGraphics gfx, string text, XFont font, double maxWidth)
    {
        List<string> lines = [];
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (gfx.MeasureString(candidate, font).Width <= maxWidth)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                var pieces = BreakLong(gfx, word, font, maxWidth);
                lines.AddRange(pieces.Take(pieces.Count - 1));
                current = pieces[^1];
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }
        }

        return lines;
    }

    /// <summary>Splits a string without spaces (a long word, a URL) into pieces that fit <paramref name="maxWidth"/>.</summary>
    public static List<string> BreakLong(XGraphics gfx, string text, XFont font, double maxWidth)
    {
        List<string> pieces = [];
        var start = 0;
        while (start < text.Length)
        {
            var length = text.Length - start;
            while (length > 1 && gfx.MeasureString(text.Substring(start, length), font).Width > maxWidth)
            {
                length--;
            }

            pieces.Add(text.Substring(start, length));
            start += length;
        }

        return pieces.Count == 0 ? [""] : pieces;
    }
}
