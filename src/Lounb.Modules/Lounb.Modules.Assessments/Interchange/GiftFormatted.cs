namespace Lounb.Modules.Assessments.Interchange;

/// <summary>Moodle's parse_text_with_format: an optional <c>[html]</c>-like prefix, then the unescaped, trimmed text.</summary>
internal static class GiftFormatted
{
    public static (string Text, SourceFormat Format) Parse(string protectedText, SourceFormat defaultFormat)
    {
        var text = protectedText.Trim();
        var format = defaultFormat;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            var named = close > 0 ? SourceFormats.FromGiftName(text[1..close]) : null;
            if (named is { } known)
            {
                format = known;
                text = text[(close + 1)..];
            }
        }

        return (GiftText.Unescape(text).Trim(), format);
    }
}
