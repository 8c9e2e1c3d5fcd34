using System.Text.RegularExpressions;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// One GIFT block: the lines between blank lines, trimmed, comment lines (<c>//</c>) blanked so that line numbers hold,
/// escapes replaced by placeholders. The comments' <c>[id:…]</c> and <c>[tag:…]</c> give the idnumber and tags.
/// </summary>
internal sealed partial class GiftBlock
{
    private const string QuestionHeader = "// question:";

    private GiftBlock(int firstLine, string body, string? idNumber, IReadOnlyList<string> tags)
    {
        FirstLine = firstLine;
        Body = body;
        IdNumber = idNumber;
        Tags = tags;
    }

    public int FirstLine { get; }

    /// <summary>The block's text, lines joined with <c>\n</c>, escapes as placeholders (<see cref="GiftText.Protect"/>).</summary>
    public string Body { get; }

    public string? IdNumber { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>The 1-based file line of an offset in <see cref="Body"/>.</summary>
    public int LineAt(int offset)
    {
        var line = FirstLine;
        for (var i = 0; i < offset && i < Body.Length; i++)
        {
            if (Body[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Splits a GIFT file into blocks at blank lines (Moodle's readquestions).</summary>
    public static IEnumerable<GiftBlock> Split(string text)
    {
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var current = new List<string>();
        var firstLine = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : "";
            if (line.Length > 0)
            {
                if (current.Count == 0)
                {
                    firstLine = i + 1;
                }

                current.Add(line);
            }
            else if (current.Count > 0)
            {
                yield return Create(firstLine, current);
                current = [];
            }
        }
    }

    private static GiftBlock Create(int firstLine, List<string> lines)
    {
        var comments = lines.Where(IsComment).Where(line => !line.StartsWith(QuestionHeader, StringComparison.Ordinal)).ToList();
        var body = string.Join('\n', lines.Select(line => IsComment(line) ? "" : line));
        var commentText = string.Join('\n', comments);

        var idMatch = IdComment().Match(commentText);
        var idNumber = idMatch.Success ? UnescapeBracketed(idMatch.Groups[1].Value) : null;
        var tags = TagComment().Matches(commentText)
            .Select(match => UnescapeBracketed(match.Groups[1].Value))
            .Where(tag => tag.Length > 0)
            .ToList();

        return new GiftBlock(firstLine, GiftText.Protect(body), string.IsNullOrEmpty(idNumber) ? null : idNumber, tags);
    }

    private static bool IsComment(string line) => line.StartsWith("//", StringComparison.Ordinal);

    /// <summary>Inside <c>[id:…]</c> and <c>[tag:…]</c> a backslash escapes the next character (Moodle: <c>\]</c>).</summary>
    private static string UnescapeBracketed(string raw) => BracketEscape().Replace(raw, match => match.Groups[1].Value).Trim();

    [GeneratedRegex(@"\[id:((?:\\.|[^\]\[\\])*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex IdComment();

    [GeneratedRegex(@"\[tag:((?:\\.|[^\]\[\\])*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex TagComment();

    [GeneratedRegex(@"\\(.)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketEscape();
}
