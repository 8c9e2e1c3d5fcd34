namespace Lounb.Modules.Attestation.Domain;

/// <summary>
/// A person's full name as typed at registration («Тетяна Савченко», «Савченко Тетяна Іванівна», «Тетяна Іванівна
/// Савченко») split into the attestation sheet's surname, given name and patronymic. A word ending like a Ukrainian
/// patronymic (-ович, -івна, -ївна, -ична …) marks the patronymic; without one, two words are «Ім'я Прізвище».
/// </summary>
internal sealed record PersonName(string Surname, string GivenName, string? Patronymic)
{
    private static readonly string[] PatronymicEndings = ["ович", "евич", "євич", "йович", "івна", "ївна", "ївич", "ична", "інична"];

    public static PersonName Split(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length switch
        {
            0 => new PersonName("", "", null),
            1 => new PersonName(words[0], "", null),
            2 => new PersonName(words[1], words[0], null),
            _ when IsPatronymic(words[^1]) => new PersonName(words[0], words[1], string.Join(' ', words[2..])),
            _ when IsPatronymic(words[1]) => new PersonName(string.Join(' ', words[2..]), words[0], words[1]),
            _ => new PersonName(string.Join(' ', words[1..]), words[0], null),
        };
    }

    private static bool IsPatronymic(string word) =>
        PatronymicEndings.Any(ending => word.EndsWith(ending, StringComparison.OrdinalIgnoreCase));
}
