using CsvHelper;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Organisation;

internal sealed record CsvLineError(int Line, string Message);

internal sealed record CsvImportRow(int Line, string OblastCode, string Hromada, LibraryInput? Library);

internal sealed record CsvImportOutcome(IReadOnlyList<CsvLineError> Errors, int HromadasCreated, int LibrariesCreated)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports hromadas and libraries from CSV (UTF-8, comma or semicolon): every row is checked first,
/// and either everything is imported in one transaction or nothing is and each bad line is reported in Ukrainian.
/// Columns: Область; Громада; Бібліотека; Скорочена назва; Адреса; Ел. пошта (the first two required).
/// </summary>
internal sealed class OrganisationCsvImport(LounbDbContext db, IAuditLog audit)
{
    public const long MaxFileBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    private static readonly Dictionary<string, string> ColumnAliases = new(StringComparer.Ordinal)
    {
        ["область"] = "oblast", ["oblast"] = "oblast",
        ["громада"] = "hromada", ["hromada"] = "hromada",
        ["бібліотека"] = "library", ["library"] = "library",
        ["скорочена назва"] = "short", ["short_name"] = "short",
        ["адреса"] = "address", ["address"] = "address",
        ["ел. пошта"] = "email", ["ел.пошта"] = "email", ["email"] = "email", ["e-mail"] = "email",
    };

    public async Task<CsvImportOutcome> ImportAsync(Stream content, AccessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (rows, errors) = await ParseAsync(content, scope, ct);
        if (errors.Count > 0)
        {
            return new CsvImportOutcome(errors, 0, 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Hromadas are matched as ParseAsync matches them for duplicate libraries: by normalised name,
        // so "щастинська  громада" joins the existing "Щастинська громада" instead of becoming a second one.
        var oblastCodes = rows.Select(r => r.OblastCode).Distinct().ToList();
        var hromadas = new Dictionary<(string, string), Hromada>();
        foreach (var existing in await db.Hromadas.Where(h => oblastCodes.Contains(h.OblastCode)).ToListAsync(ct))
        {
            hromadas.TryAdd((existing.OblastCode, SearchText.Normalize(existing.Name)), existing);
        }

        var createdHromadas = 0;
        var createdLibraries = 0;
        foreach (var row in rows)
        {
            var key = (row.OblastCode, SearchText.Normalize(row.Hromada));
            if (!hromadas.TryGetValue(key, out var hromada))
            {
                hromada = new Hromada(row.OblastCode, row.Hromada);
                db.Hromadas.Add(hromada);
                hromadas[key] = hromada;
                createdHromadas++;
            }

            if (row.Library is not null)
            {
                var library = new Library(hromada.Id, row.OblastCode, row.Library.Name!.Trim());
                OrganisationService.Apply(library, row.Library);
                db.Libraries.Add(library);
                createdLibraries++;
            }
        }

        audit.Record(AuditActions.OrganisationImported, null, $"Громад створено: {createdHromadas}; бібліотек: {createdLibraries}; рядків: {rows.Count}.");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CsvImportOutcome([], createdHromadas, createdLibraries);
    }

    internal async Task<(List<CsvImportRow> Rows, List<CsvLineError> Errors)> ParseAsync(Stream content, AccessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rows = new List<CsvImportRow>();
        var errors = new List<CsvLineError>();
        var text = await ReadUtf8Async(content, errors, ct);
        if (text is null)
        {
            return (rows, errors);
        }

        var configuration = SpreadsheetCsv.Configuration(text);
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            errors.Add(new CsvLineError(1, "Файл порожній: потрібен рядок заголовків (Область; Громада; Бібліотека; …)."));
            return (rows, errors);
        }

        var columns = MapColumns(csv.HeaderRecord, errors);
        if (errors.Count > 0)
        {
            return (rows, errors);
        }

        var oblasts = await LoadOblastLookupAsync(ct);
        var existingLibraries = (await db.Libraries.AsNoTracking()
                .Join(db.Hromadas, l => l.HromadaId, h => h.Id, (l, h) => new { h.OblastCode, Hromada = h.Name, l.Name })
                .ToListAsync(ct))
            .Select(x => Key(x.OblastCode, x.Hromada, x.Name))
            .ToHashSet(StringComparer.Ordinal);
        var seenLibraries = new Dictionary<string, int>(StringComparer.Ordinal);
        var dataRows = 0;
        while (await csv.ReadAsync())
        {
            var line = csv.Parser.RawRow;

            // Counted per data row: a row can add several errors, so rows + errors would overcount.
            if (++dataRows > MaxRows)
            {
                errors.Add(new CsvLineError(line, $"Забагато рядків: не більше {MaxRows} за один імпорт. Розділіть файл."));
                break;
            }

            string Field(string name) => columns.TryGetValue(name, out var index) ? csv.GetField(index)?.Trim() ?? "" : "";
            var row = ValidateRow(line, Field, oblasts, scope, existingLibraries, seenLibraries, errors);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new CsvLineError(2, "Файл не містить жодного рядка з даними."));
        }

        return (rows, errors);
    }

    private static CsvImportRow? ValidateRow(
        int line,
        Func<string, string> field,
        Dictionary<string, Oblast> oblasts,
        AccessScope scope,
        HashSet<string> existingLibraries,
        Dictionary<string, int> seenLibraries,
        List<CsvLineError> errors)
    {
        var before = errors.Count;
        var oblastText = field("oblast");
        var hromada = field("hromada");
        var libraryName = field("library");
        Oblast? oblast = null;
        if (oblastText.Length == 0)
        {
            errors.Add(new CsvLineError(line, "Не вказано область."));
        }
        else if (!oblasts.TryGetValue(SearchText.Normalize(oblastText), out oblast))
        {
            errors.Add(new CsvLineError(line, $"Невідома область «{oblastText}». Вкажіть код (UA-09) або назву (Луганська область)."));
        }
        else if (!scope.Allows(oblast.Code))
        {
            errors.Add(new CsvLineError(line, $"«{oblast.Name}» поза вашими повноваженнями."));
        }

        if (hromada.Length == 0)
        {
            errors.Add(new CsvLineError(line, "Не вказано громаду."));
        }
        else if (hromada.Length > OrganisationLimits.HromadaNameLength)
        {
            errors.Add(new CsvLineError(line, $"Назва громади задовга: не більше {OrganisationLimits.HromadaNameLength} символів."));
        }

        LibraryInput? library = null;
        if (libraryName.Length > 0)
        {
            library = new LibraryInput(libraryName, field("short"), field("address"), field("email"));
            if (OrganisationService.ValidateLibrary(library) is { } invalid)
            {
                errors.Add(new CsvLineError(line, invalid.Message));
            }
            else if (oblast is not null && hromada.Length > 0)
            {
                var key = Key(oblast.Code, hromada, libraryName);
                if (existingLibraries.Contains(key))
                {
                    errors.Add(new CsvLineError(line, $"Бібліотека «{libraryName}» у громаді «{hromada}» уже є в системі."));
                }
                else if (seenLibraries.TryGetValue(key, out var firstLine))
                {
                    errors.Add(new CsvLineError(line, $"Бібліотека «{libraryName}» у громаді «{hromada}» повторює рядок {firstLine}."));
                }
                else
                {
                    seenLibraries[key] = line;
                }
            }
        }

        return errors.Count == before ? new CsvImportRow(line, oblast!.Code, hromada, library) : null;
    }

    private static Dictionary<string, int> MapColumns(string[] header, List<CsvLineError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = SearchText.Normalize(header[i].Trim('\uFEFF'));
            if (ColumnAliases.TryGetValue(name, out var column))
            {
                if (!columns.TryAdd(column, i))
                {
                    errors.Add(new CsvLineError(1, $"Стовпець «{header[i]}» повторюється: залиште один."));
                }
            }
            else if (name.Length > 0)
            {
                errors.Add(new CsvLineError(1, $"Невідомий стовпець «{header[i]}». Можливі: Область, Громада, Бібліотека, Скорочена назва, Адреса, Ел. пошта."));
            }
        }

        foreach (var (required, title) in new[] { ("oblast", "Область"), ("hromada", "Громада") })
        {
            if (!columns.ContainsKey(required))
            {
                errors.Add(new CsvLineError(1, $"Немає обов'язкового стовпця «{title}»."));
            }
        }

        return columns;
    }

    private async Task<Dictionary<string, Oblast>> LoadOblastLookupAsync(CancellationToken ct)
    {
        var lookup = new Dictionary<string, Oblast>(StringComparer.Ordinal);
        foreach (var oblast in await db.Oblasts.AsNoTracking().ToListAsync(ct))
        {
            lookup.TryAdd(SearchText.Normalize(oblast.Code), oblast);
            lookup.TryAdd(SearchText.Normalize(oblast.Name), oblast);
            lookup.TryAdd(SearchText.Normalize(oblast.NameEn), oblast);
            lookup.TryAdd(SearchText.Normalize(oblast.Name.Replace(" область", "", StringComparison.Ordinal)), oblast);
        }

        return lookup;
    }

    private static async Task<string?> ReadUtf8Async(Stream content, List<CsvLineError> errors, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxFileBytes)
        {
            errors.Add(new CsvLineError(0, "Файл завеликий: не більше 1 МБ."));
            return null;
        }

        var text = SpreadsheetCsv.Decode(buffer.ToArray(), out var problem);
        if (problem == SpreadsheetCsvProblem.NotText)
        {
            errors.Add(new CsvLineError(0, "Це не текстовий файл CSV. Збережіть таблицю як «CSV UTF-8»."));
        }
        else if (problem == SpreadsheetCsvProblem.NotUtf8)
        {
            errors.Add(new CsvLineError(0, "Файл не в кодуванні UTF-8. У Excel оберіть «Зберегти як» → «CSV UTF-8 (розділювач — кома)»."));
        }

        return text;
    }

    private static string Key(string oblast, string hromada, string library) =>
        $"{oblast}|{SearchText.Normalize(hromada)}|{SearchText.Normalize(library)}";
}
