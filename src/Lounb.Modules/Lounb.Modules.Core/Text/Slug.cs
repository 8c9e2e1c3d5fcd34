using System.Text;
using System.Text.RegularExpressions;

namespace Lounb.Modules.Core.Text;

/// <summary>URL slugs: lower-case Latin letters, digits and single hyphens; Ukrainian is transliterated by the official 2010 table
/// (Cabinet of Ministers resolution No. 55), word-initial forms and "зг" included.</summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    /// <summary>The table's first column: these letters start a word with "y" (Юрій → Yurii, Яготин → Yahotyn, Йосипівка → Yosypivka).</summary>
    private static readonly Dictionary<char, string> WordInitial = new()
    {
        ['є'] = "ye", ['ї'] = "yi", ['й'] = "y", ['ю'] = "yu", ['я'] = "ya",
    };

    private static readonly Dictionary<char, string> Transliteration = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "h", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['є'] = "ie",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "y", ['і'] = "i", ['ї'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l",
        ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ь'] = "", ['ю'] = "iu",
        ['я'] = "ia",
    };

    public static bool IsValid(string? slug) => slug is not null && slug.Length <= MaxLength && ValidSlug().IsMatch(slug);

    /// <summary>"Про платформу" → "pro-platformu".</summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var (beforePrevious, previous) = ('\0', '\0');
        foreach (var c in text.ToLowerInvariant())
        {
            // An apostrophe between letters is part of the word: in "Знам'янка" the я is not word-initial.
            var wordStart = !char.IsLetter(previous) && !(IsApostrophe(previous) && char.IsLetter(beforePrevious));
            if (IsApostrophe(c))
            {
                // Dropped, as the table says, rather than turned into a hyphen.
            }
            else if (wordStart && WordInitial.TryGetValue(c, out var initial))
            {
                builder.Append(initial);
            }
            else if (c == 'г' && previous == 'з')
            {
                // "зг" is "zgh" (Згорани → Zghorany), so that it is not read as "ж".
                builder.Append("gh");
            }
            else if (Transliteration.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('-');
            }

            (beforePrevious, previous) = (previous, c);
        }

        var slug = Hyphens().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>The apostrophes <see cref="SearchText"/> treats alike.</summary>
    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '`' or 'ʹ';

    // \z, not $: $ also matches before a final "\n", which would let "pro-platformu\n" through.
    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z")]
    private static partial Regex ValidSlug();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
