using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Texts of one question as GIFT writes them: escaped, with a <c>[format]</c> prefix where a reader would otherwise get
/// the format wrong (the question's own when not Moodle's default; the question's again on a text that itself begins
/// like a prefix, e.g. an answer "[html]").
/// </summary>
internal sealed class GiftTexts(TextFormat format)
{
    private readonly string _prefix = "[" + SourceFormats.ToGiftName(format) + "]";

    public string QuestionText(string text) =>
        (format != TextFormat.Plain || LooksPrefixed(text) ? _prefix : "") + GiftText.Escape(text);

    /// <summary>An answer or feedback: it inherits the question's format, so it needs no prefix of its own.</summary>
    public string Text(string text) => (LooksPrefixed(text) ? _prefix : "") + GiftText.Escape(text);

    private static bool LooksPrefixed(string text)
    {
        if (!text.StartsWith('['))
        {
            return false;
        }

        var close = text.IndexOf(']', StringComparison.Ordinal);
        return close > 0 && SourceFormats.FromGiftName(text[1..close]) is not null;
    }
}
