using System.Text;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// GIFT's backslash escapes. Reading replaces <c>\\ \: \# \= \{ \} \~ \n</c> by placeholder characters before parsing
/// (so an escaped <c>~</c> never splits answers) and turns them into the characters afterwards, as Moodle's
/// escapedchar_pre / escapedchar_post do; writing is Moodle's repchar.
/// </summary>
internal static class GiftText
{
    /// <summary>The characters after a backslash that make an escape, in placeholder order.</summary>
    private const string Escapable = "\\:#={}~n";

    /// <summary>Unicode noncharacters U+FDD0…U+FDD7 stand for the escapes; they never belong in exchanged text.</summary>
    private const char FirstPlaceholder = '\uFDD0';

    private const char LastPlaceholder = (char)(FirstPlaceholder + 7);

    /// <summary>Escapes become placeholders; stray noncharacters already in the text become U+FFFD.</summary>
    public static string Protect(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (IsPlaceholder(character))
            {
                builder.Append('\uFFFD');
                continue;
            }

            var escape = character == '\\' && i + 1 < text.Length ? Escapable.IndexOf(text[i + 1], StringComparison.Ordinal) : -1;
            if (escape >= 0)
            {
                builder.Append((char)(FirstPlaceholder + escape));
                i++;
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>Placeholders become the characters they stand for (<c>\n</c> a newline).</summary>
    public static string Unescape(string protectedText) => Map(protectedText, escaped => escaped == 'n' ? "\n" : escaped.ToString());

    /// <summary>Placeholders become the escapes as written, for the parts Moodle takes verbatim (category, ordering items).</summary>
    public static string Restore(string protectedText) => Map(protectedText, escaped => "\\" + escaped);

    /// <summary>Moodle's repchar: escapes <c>\ # = ~ { } :</c>, writes newlines as <c>\n</c> and drops carriage returns.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            _ = character switch
            {
                '\\' or '#' or '=' or '~' or '{' or '}' or ':' => builder.Append('\\').Append(character),
                '\n' => builder.Append("\\n"),
                '\r' => builder,
                _ => builder.Append(character),
            };
        }

        return builder.ToString();
    }

    private static bool IsPlaceholder(char character) => character is >= FirstPlaceholder and <= LastPlaceholder;

    private static string Map(string protectedText, Func<char, string> replacement)
    {
        if (!protectedText.Any(IsPlaceholder))
        {
            return protectedText;
        }

        var builder = new StringBuilder(protectedText.Length + 8);
        foreach (var character in protectedText)
        {
            _ = IsPlaceholder(character)
                ? builder.Append(replacement(Escapable[character - FirstPlaceholder]))
                : builder.Append(character);
        }

        return builder.ToString();
    }
}
