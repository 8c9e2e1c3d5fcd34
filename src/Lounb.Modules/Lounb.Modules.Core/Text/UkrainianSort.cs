using System.Text;

namespace Lounb.Modules.Core.Text;

/// <summary>
/// A key that sorts Ukrainian text in alphabet order (а б в г ґ д е є ж з и і ї й …) under plain ordinal comparison,
/// so that PostgreSQL with the C locale and SQLite both order by it correctly. Stored beside the text and used in ORDER BY.
/// </summary>
public static class UkrainianSort
{
    private const string Alphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    private const char PrivateUseStart = '\uE000';

    /// <summary>Ukrainian letters map into a private-use block above Latin, in alphabet order; other letters and digits stay, lower-cased; apostrophes go.</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is '\'' or '’' or 'ʼ')
            {
                continue;
            }

            var index = Alphabet.IndexOf(lower, StringComparison.Ordinal);
            key.Append(index >= 0 ? (char)(PrivateUseStart + index) : lower);
        }

        return key.ToString();
    }
}
