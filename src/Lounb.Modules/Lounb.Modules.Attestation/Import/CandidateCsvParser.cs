using System.ComponentModel.DataAnnotations;
using CsvHelper;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Text;

namespace Lounb.Modules.Attestation.Import;

/// <summary>A library a candidate may come from: one the campaign covers.</summary>
internal sealed record ImportLibrary(Guid Id, string Name, string? ShortName);

/// <summary>What is wrong with one line of the file (line 0: the file as a whole): the error's code and message.</summary>
internal sealed record CsvLineError(int Line, string Code, string Message)
{
    public static CsvLineError At(int line, Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new CsvLineError(line, error.Code, error.Message);
    }
}

internal sealed record CandidateCsvRow(int Line, CandidatePerson Person);

internal sealed record CandidateCsvResult(IReadOnlyList<CandidateCsvRow> Rows, IReadOnlyList<CsvLineError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Reads candidates from CSV (UTF-8, comma or semicolon, a header row; columns in any order, Ukrainian or English
/// names): Прізвище, Ім'я, По батькові (may be empty), Посада, Бібліотека (full or short name), Ел. пошта. Every line
/// is checked; the import is all or nothing, so one bad line means no rows and a report of every bad line.
/// </summary>
internal static class CandidateCsvParser
{
    private static readonly (string Key, string Title, bool Required, int MaxLength)[] Columns =
    [
        ("surname", "Прізвище", true, AttestationLimits.PersonNameLength),
        ("name", "Ім'я", true, AttestationLimits.PersonNameLength),
        ("patronymic", "По батькові", false, AttestationLimits.PersonNameLength),
        ("position", "Посада", true, AttestationLimits.PositionLength),
        ("library", "Бібліотека", true, AttestationLimits.NameLength),
        ("email", "Ел. пошта", true, AttestationLimits.EmailLength),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["прізвище"] = "surname", ["surname"] = "surname",
        ["ім'я"] = "name", ["імя"] = "name", ["name"] = "name",
        ["по батькові"] = "patronymic", ["patronymic"] = "patronymic",
        ["посада"] = "position", ["position"] = "position",
        ["бібліотека"] = "library", ["library"] = "library",
        ["ел. пошта"] = "email", ["ел.пошта"] = "email", ["email"] = "email", ["e-mail"] = "email",
    };

    /// <summary>Decodes the uploaded bytes (strict UTF-8, a byte-order mark allowed), or says why it cannot.</summary>
    public static Result<string> Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.LongLength > AttestationLimits.ImportBytes)
        {
            return AttestationErrors.CsvTooLarge;
        }

        return SpreadsheetCsv.Decode(content, out _) is { } text ? text : AttestationErrors.CsvNotUtf8;
    }

    /// <param name="libraries">The libraries the campaign covers.</param>
    /// <param name="existingEmails">Normalised e-mails of the campaign's candidates already there.</param>
    public static CandidateCsvResult Parse(string text, IReadOnlyList<ImportLibrary> libraries, IReadOnlySet<string> existingEmails)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(libraries);
        ArgumentNullException.ThrowIfNull(existingEmails);
        var rows = new List<CandidateCsvRow>();
        var errors = new List<CsvLineError>();
        var configuration = SpreadsheetCsv.Configuration(text);
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            return new CandidateCsvResult([], [CsvLineError.At(1, AttestationErrors.CsvEmpty)]);
        }

        var columns = MapColumns(csv.HeaderRecord, errors);
        if (errors.Count > 0)
        {
            return new CandidateCsvResult([], errors);
        }

        var libraryLookup = LibraryLookup(libraries);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var dataRows = 0;
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (++dataRows > AttestationLimits.ImportRows)
            {
                errors.Add(CsvLineError.At(line, AttestationErrors.CsvTooManyRows));
                break;
            }

            string Field(string key) => columns.TryGetValue(key, out var index) ? csv.GetField(index)?.Trim() ?? "" : "";
            if (ReadRow(line, Field, libraryLookup, existingEmails, seen, errors) is { } row)
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(CsvLineError.At(2, AttestationErrors.CsvNoRows));
        }

        return errors.Count == 0 ? new CandidateCsvResult(rows, []) : new CandidateCsvResult([], errors);
    }

    private static CandidateCsvRow? ReadRow(
        int line,
        Func<string, string> field,
        Dictionary<string, List<ImportLibrary>> libraries,
        IReadOnlySet<string> existingEmails,
        Dictionary<string, int> seen,
        List<CsvLineError> errors)
    {
        var before = errors.Count;
        foreach (var (key, title, required, maxLength) in Columns)
        {
            var value = field(key);
            if (required && value.Length == 0)
            {
                errors.Add(CsvLineError.At(line, AttestationErrors.CsvMissingField(title)));
            }
            else if (value.Length > maxLength)
            {
                errors.Add(CsvLineError.At(line, AttestationErrors.CsvFieldTooLong(title, maxLength)));
            }
        }

        var email = field("email");
        if (email.Length is > 0 and <= AttestationLimits.EmailLength)
        {
            var normalised = Candidate.NormaliseEmail(email);
            if (!IsEmail(email))
            {
                errors.Add(CsvLineError.At(line, AttestationErrors.CsvBadEmail(email)));
            }
            else if (existingEmails.Contains(normalised))
            {
                errors.Add(CsvLineError.At(line, AttestationErrors.CsvAlreadyCandidate(email)));
            }
            else if (!seen.TryAdd(normalised, line))
            {
                errors.Add(CsvLineError.At(line, AttestationErrors.CsvDuplicateInFile(email, seen[normalised])));
            }
        }

        var libraryName = field("library");
        ImportLibrary? library = null;
        if (libraryName.Length > 0)
        {
            var matches = libraries.GetValueOrDefault(SearchText.Normalize(libraryName)) ?? [];
            if (matches.Count == 0)
            {
                errors.Add(CsvLineError.At(line, AttestationErrors.CsvUnknownLibrary(libraryName)));
            }
            else if (matches.Count > 1)
            {
                errors.Add(CsvLineError.At(line, AttestationErrors.CsvAmbiguousLibrary(libraryName)));
            }
            else
            {
                library = matches[0];
            }
        }

        return errors.Count > before || library is null
            ? null
            : new CandidateCsvRow(line, new CandidatePerson(field("surname"), field("name"), field("patronymic"), field("position"), library.Id, email));
    }

    private static bool IsEmail(string email) =>
        !email.Any(char.IsWhiteSpace) && new EmailAddressAttribute().IsValid(email) && email[(email.LastIndexOf('@') + 1)..].Contains('.', StringComparison.Ordinal);

    /// <summary>Libraries by normalised full and short name; a name two libraries share finds both (ambiguous).</summary>
    private static Dictionary<string, List<ImportLibrary>> LibraryLookup(IReadOnlyList<ImportLibrary> libraries)
    {
        var lookup = new Dictionary<string, List<ImportLibrary>>(StringComparer.Ordinal);
        foreach (var library in libraries)
        {
            foreach (var name in new[] { library.Name, library.ShortName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => SearchText.Normalize(n)).Distinct())
            {
                if (!lookup.TryGetValue(name, out var list))
                {
                    lookup[name] = list = [];
                }

                if (!list.Contains(library))
                {
                    list.Add(library);
                }
            }
        }

        return lookup;
    }

    private static Dictionary<string, int> MapColumns(string[] header, List<CsvLineError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = SearchText.Normalize(header[i].Trim('\uFEFF'));
            if (Aliases.TryGetValue(name, out var key))
            {
                if (!columns.TryAdd(key, i))
                {
                    errors.Add(CsvLineError.At(1, AttestationErrors.CsvRepeatedColumn(header[i])));
                }
            }
            else if (name.Length > 0)
            {
                errors.Add(CsvLineError.At(1, AttestationErrors.CsvUnknownColumn(header[i])));
            }
        }

        foreach (var (key, title, required, _) in Columns)
        {
            if (required && !columns.ContainsKey(key))
            {
                errors.Add(CsvLineError.At(1, AttestationErrors.CsvMissingColumn(title)));
            }
        }

        return columns;
    }
}
