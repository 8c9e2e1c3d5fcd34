using System.Text;
using System.Text.RegularExpressions;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Live;

/// <summary>Checks text people type into the live room: plain text only, not empty, not too long.</summary>
internal static partial class LiveText
{
    /// <summary>The cleaned text (trimmed, line breaks as \n, no other control characters) or the reason it is refused.</summary>
    public static Result<string> Check(string? text, int maxLength = WebinarLimits.ChatMessageLength)
    {
        var cleaned = Clean(text);
        if (cleaned.Length == 0)
        {
            return WebinarErrors.EmptyText;
        }

        if (cleaned.Length > maxLength)
        {
            return WebinarErrors.TextTooLong(maxLength);
        }

        return LooksLikeMarkup(cleaned) ? WebinarErrors.NoHtml : cleaned;
    }

    /// <summary>
    /// Anything a browser would read as the start of a tag, comment or declaration (&lt;b, &lt;/p, &lt;!--, &lt;?xml).
    /// "a &lt; b", "&lt;3" and "&lt;&lt;" stay allowed: a tag needs a Latin letter (or '!') right after the bracket.
    /// </summary>
    public static bool LooksLikeMarkup(string text) => Markup().IsMatch(text);

    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                builder.Append(c == '\t' ? ' ' : c);
            }
        }

        return ExtraBlankLines().Replace(builder.ToString(), "\n\n").Trim();
    }

    [GeneratedRegex(@"<(?:[/?]?[A-Za-z]|!)")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();
}
