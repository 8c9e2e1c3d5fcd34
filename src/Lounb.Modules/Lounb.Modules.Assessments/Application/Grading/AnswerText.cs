using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lounb.Modules.Assessments.Application.Grading;

/// <summary>How typed answers are compared: spaces collapsed, every apostrophe variant (’ ' ʼ ` ‘) the same, case as asked.</summary>
internal static partial class AnswerText
{
    private static readonly char[] Apostrophes = ['\u2019', '\u02BC', '\u2018', '`', '\u00B4', '\u02B9'];

    public static string Normalize(string text, bool caseSensitive)
    {
        var builder = new StringBuilder(text.Trim().Normalize(NormalizationForm.FormC));
        foreach (var apostrophe in Apostrophes)
        {
            builder.Replace(apostrophe, '\'');
        }

        var collapsed = Spaces().Replace(builder.ToString(), " ");
        return caseSensitive ? collapsed : collapsed.ToLower(CultureInfo.GetCultureInfo("uk-UA"));
    }

    /// <summary>Moodle's short answer rule: <c>*</c> in an accepted answer matches any run of characters; the rest is literal.</summary>
    public static bool Matches(string given, string accepted, bool caseSensitive)
    {
        var left = Normalize(given, caseSensitive);
        var right = Normalize(accepted, caseSensitive);
        if (!right.Contains('*', StringComparison.Ordinal))
        {
            return string.Equals(left, right, StringComparison.Ordinal);
        }

        var pattern = "^" + string.Join(".*", right.Split('*').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(left, pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    /// <summary>A number as people type it: "12,5", "12.5", "−3", "1 822". Null when it is not a number.</summary>
    public static decimal? ParseNumber(string text)
    {
        var cleaned = text.Trim().Replace('\u2212', '-').Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
