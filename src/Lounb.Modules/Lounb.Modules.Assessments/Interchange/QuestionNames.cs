using System.Text.RegularExpressions;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>A name for a question that has none, built from the start of its text as Moodle does.</summary>
internal static partial class QuestionNames
{
    public const string Fallback = "Питання без назви";

    private const int MaxLength = 80;

    /// <summary>Tags dropped, blanks collapsed, cut at a word boundary near 80 characters with "...".</summary>
    public static string FromText(string text)
    {
        var plain = Blanks().Replace(Tags().Replace(text, " "), " ").Trim();
        if (plain.Length == 0)
        {
            return Fallback;
        }

        if (plain.Length <= MaxLength)
        {
            return plain;
        }

        var cut = plain[..MaxLength];
        var space = cut.LastIndexOf(' ');
        return (space > MaxLength / 2 ? cut[..space] : cut).TrimEnd() + "...";
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Blanks();
}
