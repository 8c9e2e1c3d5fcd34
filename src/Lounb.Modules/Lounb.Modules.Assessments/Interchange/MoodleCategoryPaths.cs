using System.Text.RegularExpressions;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Moodle's category paths (<c>question/format.php</c> split_category_path / assemble_category_path):
/// <c>$module$/top/A/B</c>, segments separated by <c>/</c>, a literal <c>/</c> inside a name written <c>//</c>.
/// </summary>
internal static partial class MoodleCategoryPaths
{
    /// <summary>
    /// The context token our exports write: Moodle 5.x keeps question banks in a module (mod_qbank) and writes
    /// <c>$module$</c>; imports accept any of Moodle's, <c>$course$</c> of older versions included.
    /// </summary>
    public const string ExportContext = "$module$";

    private const string Top = "top";

    /// <summary>
    /// Reads a path; the leading context token (<c>$course$</c>, <c>$module$</c>, <c>$system$</c>,
    /// <c>$coursecategory$</c>, any <c>$…$</c>) and then <c>top</c> are dropped, empty names are skipped.
    /// </summary>
    public static CategoryPath Parse(string path)
    {
        var names = SingleSlash()
            .Split(path.Trim())
            .Select(raw => raw.Replace("//", "/", StringComparison.Ordinal).Trim())
            .Where(name => name.Length > 0)
            .ToList();

        if (names.Count > 0 && names[0].Length >= 2 && names[0].StartsWith('$') && names[0].EndsWith('$'))
        {
            names.RemoveAt(0);
        }

        if (names.Count > 0 && names[0] == Top)
        {
            names.RemoveAt(0);
        }

        return new CategoryPath(names);
    }

    /// <summary><c>$module$/top</c> followed by the escaped names.</summary>
    public static string Format(CategoryPath path)
    {
        var escaped = path.Segments.Select(Escape);
        return string.Join('/', new[] { ExportContext, Top }.Concat(escaped));
    }

    private static string Escape(string name)
    {
        var escaped = name.Replace("\r", "", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace("/", "//", StringComparison.Ordinal);
        if (escaped.StartsWith('/'))
        {
            escaped = " " + escaped;
        }

        if (escaped.EndsWith('/'))
        {
            escaped += " ";
        }

        return escaped;
    }

    [GeneratedRegex("(?<!/)/(?!/)", RegexOptions.CultureInvariant)]
    private static partial Regex SingleSlash();
}
