using System.Text;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>A text's format as Moodle files name it; finer than <see cref="TextFormat"/>, which it maps onto.</summary>
internal enum SourceFormat
{
    /// <summary>FORMAT_MOODLE (GIFT's default, XML's moodle_auto_format); wiki_like is read as this too.</summary>
    Moodle,

    Html,

    /// <summary>FORMAT_PLAIN: no markup at all, so it is HTML-escaped when it joins an HTML question.</summary>
    Plain,

    Markdown,
}

/// <summary>Moodle's format names and the conversion of a text into its question's format.</summary>
internal static class SourceFormats
{
    public static TextFormat ToModel(SourceFormat format) => format switch
    {
        SourceFormat.Html => TextFormat.Html,
        SourceFormat.Markdown => TextFormat.Markdown,
        _ => TextFormat.Plain,
    };

    public static SourceFormat FromModel(TextFormat format) => format switch
    {
        TextFormat.Html => SourceFormat.Html,
        TextFormat.Markdown => SourceFormat.Markdown,
        _ => SourceFormat.Moodle,
    };

    /// <summary>
    /// Our model keeps one format per question; an answer or feedback written in another format is converted into it.
    /// Only plain text inside an HTML question needs it (escaped); Moodle's own format already allows HTML.
    /// </summary>
    public static string Adapt(string text, SourceFormat from, TextFormat to) =>
        from == SourceFormat.Plain && to == TextFormat.Html ? HtmlEncode(text) : text;

    /// <summary>GIFT's <c>[name]</c> prefixes; null when the name is not one of them.</summary>
    public static SourceFormat? FromGiftName(string name) => name switch
    {
        "moodle" => SourceFormat.Moodle,
        "html" => SourceFormat.Html,
        "plain" => SourceFormat.Plain,
        "markdown" => SourceFormat.Markdown,
        _ => null,
    };

    public static string ToGiftName(TextFormat format) => format switch
    {
        TextFormat.Html => "html",
        TextFormat.Markdown => "markdown",
        _ => "moodle",
    };

    /// <summary>XML's format attribute; missing means <paramref name="fallback"/>, an unknown value means HTML (as Moodle).</summary>
    public static SourceFormat FromXmlName(string? name, SourceFormat fallback) => name?.Trim() switch
    {
        null => fallback,
        "moodle_auto_format" or "wiki_like" => SourceFormat.Moodle,
        "plain_text" => SourceFormat.Plain,
        "markdown" => SourceFormat.Markdown,
        _ => SourceFormat.Html,
    };

    public static string ToXmlName(TextFormat format) => format switch
    {
        TextFormat.Html => "html",
        TextFormat.Markdown => "markdown",
        _ => "moodle_auto_format",
    };

    /// <summary>The plain text <see cref="Adapt"/> escaped into <paramref name="html"/>, if that is all it is.</summary>
    public static bool TryPlain(string html, out string plain)
    {
        plain = html.Replace("<br>", "\n", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return HtmlEncode(plain) == html;
    }

    private static string HtmlEncode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            _ = character switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\n' => builder.Append("<br>"),
                _ => builder.Append(character),
            };
        }

        return builder.ToString();
    }
}
