using System.Text;
using System.Text.RegularExpressions;

namespace Lounb.Modules.Core.Text;

/// <summary>URL slugs: lower-case Latin letters, digits and single hyphens; Ukrainian is transliterated by the official 2010 table.</summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    private static readonly Dictionary<char, string> Transliteration = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "h", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['є'] = "ie",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "y", ['і'] = "i", ['ї'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l",
        ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ь'] = "", ['ю'] = "iu",
        ['я'] = "ia", ['\''] = "", ['’'] = "", ['ʼ'] = "",
    };

    public static bool IsValid(string? slug) => slug is not null && slug.Length <= MaxLength && ValidSlug().IsMatch(slug);

    /// <summary>"Про платформу" → "pro-platformu".</summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (Transliteration.TryGetValue(c, out var latin))
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
        }

        var slug = Hyphens().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
