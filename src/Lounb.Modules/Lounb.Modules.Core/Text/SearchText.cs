namespace Lounb.Modules.Core.Text;

/// <summary>
/// Normalises text for Ukrainian-aware search that works the same on PostgreSQL and SQLite:
/// lower case (Cyrillic included, which SQLite's lower() does not do) and the apostrophes ’ ' ʼ ` treated alike.
/// Entities keep a normalised copy in a column and queries compare against it.
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var lastWasSpace = false;
        foreach (var c in text.Trim())
        {
            var normalized = c switch
            {
                '’' or 'ʼ' or '`' or '‘' or 'ʹ' => '\'',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (normalized == ' ' && lastWasSpace)
            {
                continue;
            }

            lastWasSpace = normalized == ' ';
            buffer[length++] = normalized;
        }

        return new string(buffer[..length]);
    }
}

/// <summary>An entity that keeps a <see cref="SearchText"/>-normalised copy of its searchable fields, refreshed on every save.</summary>
public interface IHasSearchText
{
    void RefreshSearchText();
}
