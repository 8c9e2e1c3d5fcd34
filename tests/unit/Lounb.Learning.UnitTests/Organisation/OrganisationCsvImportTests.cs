using System.Text;
using Lounb.Learning.Audit;
using Lounb.Learning.Organisation;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Learning.UnitTests.Organisation;

public sealed class OrganisationCsvImportTests : IDisposable
{
    private const string Header = "Область;Громада;Бібліотека;Скорочена назва;Адреса;Ел. пошта";

    private readonly HostDatabase _database = new();
    private readonly LounbDbContext _db;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private readonly OrganisationCsvImport _import;
    private readonly CancellationToken _ct = CancellationToken.None;

    public OrganisationCsvImportTests()
    {
        _db = _database.NewContext();
        _import = new OrganisationCsvImport(_db, new AuditLog(_db, new HttpContextAccessor(), _time));
    }

    public void Dispose()
    {
        _db.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task ParseAsync_SemicolonFile_ReadsEveryRow()
    {
        var (rows, errors) = await ParseAsync(
            Header,
            "UA-09;Щастинська громада;Щастинська публічна бібліотека;ЩПБ;м. Щастя, вул. Миру, 1;shchastia@example.org",
            "UA-09;Сєвєродонецька громада;;;;",
            "UA-71;Черкаська громада;Черкаська обласна бібліотека;;;");

        Assert.Empty(errors);
        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
        Assert.Equal(["UA-09", "UA-09", "UA-71"], rows.Select(r => r.OblastCode));
        Assert.Equal("Щастинська громада", rows[0].Hromada);
        Assert.Equal(new LibraryInput("Щастинська публічна бібліотека", "ЩПБ", "м. Щастя, вул. Миру, 1", "shchastia@example.org"), rows[0].Library);
        Assert.Null(rows[1].Library);
    }

    [Fact]
    public async Task ParseAsync_CommaFileWithQuotedComma_ReadsEveryRow()
    {
        var (rows, errors) = await ParseAsync(
            "Область,Громада,Бібліотека,Адреса",
            "UA-71,Черкаська громада,\"Бібліотека ім. Т. Шевченка, філія 2\",\"вул. Хрещатик, 1\"",
            "UA-09,Старобільська громада,,");

        Assert.Empty(errors);
        Assert.Equal(2, rows.Count);
        Assert.Equal("Бібліотека ім. Т. Шевченка, філія 2", rows[0].Library!.Name);
        Assert.Equal("вул. Хрещатик, 1", rows[0].Library!.Address);
        Assert.Equal("Старобільська громада", rows[1].Hromada);
    }

    [Fact]
    public async Task ParseAsync_Utf8WithBom_HeaderRecognised()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Область;Громада\r\nUA-09;Щастинська громада\r\n")).ToArray();

        var (rows, errors) = await _import.ParseAsync(new MemoryStream(bytes), AccessScope.National, _ct);

        Assert.Empty(errors);
        Assert.Equal("UA-09", Assert.Single(rows).OblastCode);
    }

    [Fact]
    public async Task ParseAsync_EnglishHeaderAndCrLf_ReadsRows()
    {
        var (rows, errors) = await ParseRawAsync("oblast;hromada;library;short_name;address;e-mail\r\nUA-09;Щастинська громада;Бібліотека;;;\r\n");

        Assert.Empty(errors);
        Assert.Equal("Бібліотека", Assert.Single(rows).Library!.Name);
    }

    [Theory]
    [InlineData("UA-09")]
    [InlineData("ua-09")]
    [InlineData("Луганська область")]
    [InlineData("ЛУГАНСЬКА ОБЛАСТЬ")]
    [InlineData("Луганська")]
    [InlineData("  Луганська  ")]
    [InlineData("Luhansk Oblast")]
    public async Task ParseAsync_OblastByCodeOrName_Recognised(string oblast)
    {
        var (rows, errors) = await ParseAsync(Header, $"{oblast};Щастинська громада;;;;");

        Assert.Empty(errors);
        Assert.Equal("UA-09", Assert.Single(rows).OblastCode);
    }

    [Theory]
    [InlineData("Івано-Франківська", "UA-26")]
    [InlineData("місто Київ", "UA-30")]
    [InlineData("Автономна Республіка Крим", "UA-43")]
    public async Task ParseAsync_OtherOblastNames_Recognised(string oblast, string code)
    {
        var (rows, errors) = await ParseAsync(Header, $"{oblast};Громада;;;;");

        Assert.Empty(errors);
        Assert.Equal(code, Assert.Single(rows).OblastCode);
    }

    [Fact]
    public async Task ParseAsync_UnknownOblast_ErrorOnItsLine()
    {
        var (rows, errors) = await ParseAsync(Header, "UA-09;Щастинська громада;;;;", "Неіснуюча;Громада;;;;");

        Assert.Single(rows);
        Assert.Equal(
            [new CsvLineError(3, "Невідома область «Неіснуюча». Вкажіть код (UA-09) або назву (Луганська область).")],
            errors);
    }

    [Fact]
    public async Task ParseAsync_EmptyOblast_Error()
    {
        var (_, errors) = await ParseAsync(Header, ";Щастинська громада;;;;");

        Assert.Equal([new CsvLineError(2, "Не вказано область.")], errors);
    }

    [Fact]
    public async Task ParseAsync_EmptyHromada_Error()
    {
        var (rows, errors) = await ParseAsync(Header, "UA-09;   ;Бібліотека;;;");

        Assert.Empty(rows);
        Assert.Equal([new CsvLineError(2, "Не вказано громаду.")], errors);
    }

    [Fact]
    public async Task ParseAsync_HromadaOver200Characters_Error()
    {
        var (_, errors) = await ParseAsync(Header, $"UA-09;{new string('г', 201)};;;;");

        Assert.Equal([new CsvLineError(2, "Назва громади задовга: не більше 200 символів.")], errors);
    }

    [Fact]
    public async Task ParseAsync_InvalidEmail_Error()
    {
        var (_, errors) = await ParseAsync(Header, "UA-09;Щастинська громада;Бібліотека;;;library.example.org");

        Assert.Equal([new CsvLineError(2, "«library.example.org» не схоже на адресу електронної пошти.")], errors);
    }

    [Fact]
    public async Task ParseAsync_ShortNameOver40Characters_Error()
    {
        var (_, errors) = await ParseAsync(Header, $"UA-09;Щастинська громада;Бібліотека;{new string('Щ', 41)};;");

        Assert.Equal([new CsvLineError(2, "Скорочена назва задовга: не більше 40 символів.")], errors);
    }

    [Fact]
    public async Task ParseAsync_LibraryTwiceInFile_ErrorNamesFirstLine()
    {
        var (rows, errors) = await ParseAsync(
            Header,
            "UA-09;Щастинська громада;Щастинська бібліотека;;;",
            "UA-09;Старобільська громада;Старобільська бібліотека;;;",
            "Луганська;щастинська  громада;ЩАСТИНСЬКА бібліотека;;;");

        Assert.Equal(2, rows.Count);
        Assert.Equal(
            [new CsvLineError(4, "Бібліотека «ЩАСТИНСЬКА бібліотека» у громаді «щастинська  громада» повторює рядок 2.")],
            errors);
    }

    [Fact]
    public async Task ParseAsync_SameLibraryNameInOtherHromada_NoError()
    {
        var (rows, errors) = await ParseAsync(
            Header,
            "UA-09;Щастинська громада;Публічна бібліотека;;;",
            "UA-09;Старобільська громада;Публічна бібліотека;;;");

        Assert.Empty(errors);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task ParseAsync_LibraryAlreadyInDatabase_Error()
    {
        await SeedLibraryAsync("UA-09", "Щастинська громада", "Щастинська бібліотека");

        var (rows, errors) = await ParseAsync(Header, "UA-09;Щастинська громада;Щастинська бібліотека;;;");

        Assert.Empty(rows);
        Assert.Equal([new CsvLineError(2, "Бібліотека «Щастинська бібліотека» у громаді «Щастинська громада» уже є в системі.")], errors);
    }

    [Fact]
    public async Task ParseAsync_OblastOutsideScope_Error()
    {
        var (rows, errors) = await ParseAsync(AccessScope.ForOblasts(["UA-09"]), Header,
            "UA-09;Щастинська громада;;;;",
            "UA-71;Черкаська громада;;;;");

        Assert.Equal(["UA-09"], rows.Select(r => r.OblastCode));
        Assert.Equal([new CsvLineError(3, "«Черкаська область» поза вашими повноваженнями.")], errors);
    }

    [Fact]
    public async Task ParseAsync_UnknownColumn_ErrorOnHeaderAndNoRows()
    {
        var (rows, errors) = await ParseAsync("Область;Громада;Телефон", "UA-09;Щастинська громада;0640000000");

        Assert.Empty(rows);
        Assert.Equal(
            [new CsvLineError(1, "Невідомий стовпець «Телефон». Можливі: Область, Громада, Бібліотека, Скорочена назва, Адреса, Ел. пошта.")],
            errors);
    }

    [Fact]
    public async Task ParseAsync_RepeatedColumn_ErrorOnHeaderAndNoRows()
    {
        var (rows, errors) = await ParseAsync("Область;Громада;громада", "UA-09;Щастинська громада;Інша громада");

        Assert.Empty(rows);
        Assert.Equal([new CsvLineError(1, "Стовпець «громада» повторюється: залиште один.")], errors);
    }

    [Fact]
    public async Task ParseAsync_MissingRequiredColumn_ErrorNamesIt()
    {
        var (rows, errors) = await ParseAsync("Область;Бібліотека", "UA-09;Бібліотека");

        Assert.Empty(rows);
        Assert.Equal([new CsvLineError(1, "Немає обов'язкового стовпця «Громада».")], errors);
    }

    [Fact]
    public async Task ParseAsync_BothRequiredColumnsMissing_ErrorForEach()
    {
        var (_, errors) = await ParseAsync("Бібліотека", "Бібліотека");

        Assert.Equal(
            [new CsvLineError(1, "Немає обов'язкового стовпця «Область»."), new CsvLineError(1, "Немає обов'язкового стовпця «Громада».")],
            errors);
    }

    [Fact]
    public async Task ParseAsync_Windows1251Bytes_EncodingError()
    {
        var windows1251 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        var bytes = windows1251.GetBytes("Область;Громада\nЛуганська;Щастинська громада\n");

        var (rows, errors) = await _import.ParseAsync(new MemoryStream(bytes), AccessScope.National, _ct);

        Assert.Empty(rows);
        Assert.Equal(
            [new CsvLineError(0, "Файл не в кодуванні UTF-8. У Excel оберіть «Зберегти як» → «CSV UTF-8 (розділювач — кома)».")],
            errors);
    }

    [Fact]
    public async Task ParseAsync_FileOver1MB_Error()
    {
        var line = "UA-09;" + new string('г', 150) + ";;;;";
        var text = Header + "\n" + string.Join('\n', Enumerable.Repeat(line, 4000));

        var (rows, errors) = await ParseRawAsync(text);

        Assert.True(Encoding.UTF8.GetByteCount(text) > OrganisationCsvImport.MaxFileBytes);
        Assert.Empty(rows);
        Assert.Equal([new CsvLineError(0, "Файл завеликий: не більше 1 МБ.")], errors);
    }

    [Fact]
    public async Task ParseAsync_EmptyFile_Error()
    {
        var (_, errors) = await ParseRawAsync("");

        Assert.Equal([new CsvLineError(1, "Файл порожній: потрібен рядок заголовків (Область; Громада; Бібліотека; …).")], errors);
    }

    [Fact]
    public async Task ParseAsync_HeaderOnly_Error()
    {
        var (_, errors) = await ParseAsync(Header);

        Assert.Equal([new CsvLineError(2, "Файл не містить жодного рядка з даними.")], errors);
    }

    [Fact]
    public async Task ParseAsync_SeveralBadLines_EachReportedWithItsLineNumber()
    {
        var (rows, errors) = await ParseAsync(
            Header,
            "UA-09;Щастинська громада;;;;",
            "Марс;Громада;;;;",
            "UA-09;;;;;",
            "UA-09;Старобільська громада;Бібліотека;;;не-пошта",
            "UA-09;Новоайдарська громада;;;;");

        Assert.Equal([2, 6], rows.Select(r => r.Line));
        Assert.Equal([3, 4, 5], errors.Select(e => e.Line));
    }

    [Fact]
    public async Task ParseAsync_LineWithTwoProblems_ReportsBoth()
    {
        var (_, errors) = await ParseAsync(Header, "Марс;;;;;");

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(2, e.Line));
    }

    [Fact]
    public async Task ParseAsync_BlankLinesBetweenRows_LineNumbersCountThem()
    {
        var (rows, errors) = await ParseRawAsync($"{Header}\nUA-09;Щастинська громада;;;;\n\nUA-09;;;;;\n");

        Assert.Equal([2], rows.Select(r => r.Line));
        Assert.Equal([new CsvLineError(4, "Не вказано громаду.")], errors);
    }

    [Fact]
    public async Task ParseAsync_ExactlyMaxRows_Accepted()
    {
        var (rows, errors) = await ParseAsync([Header, .. HromadaLines(OrganisationCsvImport.MaxRows)]);

        Assert.Empty(errors);
        Assert.Equal(OrganisationCsvImport.MaxRows, rows.Count);
    }

    [Fact]
    public async Task ParseAsync_OverMaxRows_ErrorOnFirstExtraLine()
    {
        var (_, errors) = await ParseAsync([Header, .. HromadaLines(OrganisationCsvImport.MaxRows + 1)]);

        Assert.Equal(
            [new CsvLineError(OrganisationCsvImport.MaxRows + 2, "Забагато рядків: не більше 5000 за один імпорт. Розділіть файл.")],
            errors);
    }

    [Fact]
    public async Task ParseAsync_MaxRowsWithALineHavingTwoErrors_NoTooManyRowsError()
    {
        var lines = HromadaLines(OrganisationCsvImport.MaxRows).ToList();
        lines[0] = "Марс;;;;;";

        var (rows, errors) = await ParseAsync([Header, .. lines]);

        Assert.Equal(OrganisationCsvImport.MaxRows - 1, rows.Count);
        Assert.Equal([2, 2], errors.Select(e => e.Line));
    }

    [Fact]
    public async Task ImportAsync_AnyBadLine_ImportsNothing()
    {
        await SeedLibraryAsync("UA-09", "Щастинська громада", "Щастинська бібліотека");
        var before = await CountsAsync();

        var outcome = await _import.ImportAsync(
            Csv(Header,
                "UA-09;Старобільська громада;Старобільська бібліотека;;;",
                "UA-09;Новоайдарська громада;;;;",
                "UA-09;Біловодська громада;Бібліотека;;;не-пошта"),
            AccessScope.National,
            _ct);

        Assert.False(outcome.Succeeded);
        Assert.Equal([4], outcome.Errors.Select(e => e.Line));
        Assert.Equal((0, 0), (outcome.HromadasCreated, outcome.LibrariesCreated));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_AllLinesGood_ImportsEverythingAndAudits()
    {
        await SeedLibraryAsync("UA-09", "Щастинська громада", "Щастинська бібліотека");
        var before = await CountsAsync();

        var outcome = await _import.ImportAsync(
            Csv(Header,
                "UA-09;Щастинська громада;Щастинська дитяча бібліотека;ЩДБ;вул. Миру, 3;kids@example.org",
                "UA-09;Старобільська громада;Старобільська бібліотека;;;",
                "UA-09;Старобільська громада;Старобільська дитяча бібліотека;;;",
                "UA-71;Черкаська громада;;;;"),
            AccessScope.National,
            _ct);

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Errors));
        Assert.Equal((2, 3), (outcome.HromadasCreated, outcome.LibrariesCreated));
        Assert.Equal((before.Hromadas + 2, before.Libraries + 3, before.AuditEntries + 1), await CountsAsync());

        await using var db = _database.NewContext();
        var kids = await db.Libraries.SingleAsync(l => l.Name == "Щастинська дитяча бібліотека", _ct);
        var shchastia = await db.Hromadas.SingleAsync(h => h.Name == "Щастинська громада", _ct);
        Assert.Equal(shchastia.Id, kids.HromadaId);
        Assert.Equal(("UA-09", "ЩДБ", "вул. Миру, 3", "kids@example.org"), (kids.OblastCode, kids.ShortName, kids.Address, kids.Email));
        var starobilsk = await db.Hromadas.SingleAsync(h => h.Name == "Старобільська громада", _ct);
        Assert.Equal(2, await db.Libraries.CountAsync(l => l.HromadaId == starobilsk.Id, _ct));
        var audit = await db.AuditEntries.SingleAsync(_ct);
        Assert.Equal(AuditActions.OrganisationImported, audit.Action);
        Assert.Equal("Громад створено: 2; бібліотек: 3; рядків: 4.", audit.Details);
    }

    [Fact]
    public async Task ParseAsync_RowShorterThanHeader_MissingOptionalFieldsEmpty()
    {
        var (rows, errors) = await ParseAsync(Header, "UA-09;Щастинська громада;Щастинська бібліотека");

        Assert.Empty(errors);
        Assert.Equal(new LibraryInput("Щастинська бібліотека", "", "", ""), Assert.Single(rows).Library);
    }

    [Fact]
    public async Task ImportAsync_HromadaAlreadyInDatabase_AddsLibraryToIt()
    {
        await SeedLibraryAsync("UA-09", "Щастинська громада", "Щастинська бібліотека");

        var outcome = await _import.ImportAsync(Csv(Header, "UA-09;Щастинська громада;Щастинська дитяча бібліотека;;;"), AccessScope.National, _ct);

        Assert.Equal((0, 1), (outcome.HromadasCreated, outcome.LibrariesCreated));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Hromadas.CountAsync(_ct));
        Assert.Equal(2, await db.Libraries.CountAsync(_ct));
    }

    [Fact]
    public async Task ImportAsync_HromadaNameDiffersFromDatabaseOnlyInCaseOrSpaces_ReusesIt()
    {
        // ParseAsync already treats these as one hromada when it looks for duplicate libraries.
        await SeedLibraryAsync("UA-09", "Щастинська громада", "Щастинська бібліотека");

        var outcome = await _import.ImportAsync(
            Csv(Header, "UA-09;щастинська  громада;Щастинська дитяча бібліотека;;;"),
            AccessScope.National,
            _ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(0, outcome.HromadasCreated);
        await using var db = _database.NewContext();
        Assert.Equal(["Щастинська громада"], await db.Hromadas.Select(h => h.Name).ToListAsync(_ct));
    }

    [Fact]
    public async Task ImportAsync_SameHromadaSpelledTwoWaysInFile_CreatesItOnce()
    {
        var outcome = await _import.ImportAsync(
            Csv(Header,
                "UA-09;Старобільська громада;Старобільська бібліотека;;;",
                "Луганська;СТАРОБІЛЬСЬКА громада;Старобільська дитяча бібліотека;;;"),
            AccessScope.National,
            _ct);

        Assert.Equal((1, 2), (outcome.HromadasCreated, outcome.LibrariesCreated));
        await using var db = _database.NewContext();
        Assert.Equal(["Старобільська громада"], await db.Hromadas.Select(h => h.Name).ToListAsync(_ct));
    }

    [Fact]
    public async Task ImportAsync_SameHromadaNameInTwoOblasts_CreatesOneInEach()
    {
        var outcome = await _import.ImportAsync(
            Csv(Header, "UA-09;Миколаївська громада;;;;", "UA-48;Миколаївська громада;;;;"),
            AccessScope.National,
            _ct);

        Assert.Equal(2, outcome.HromadasCreated);
        await using var db = _database.NewContext();
        Assert.Equal(["UA-09", "UA-48"], await db.Hromadas.OrderBy(h => h.OblastCode).Select(h => h.OblastCode).ToListAsync(_ct));
    }

    private static IEnumerable<string> HromadaLines(int count) =>
        Enumerable.Range(1, count).Select(i => $"UA-09;Громада {i};;;;");

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

    private Task<(List<CsvImportRow> Rows, List<CsvLineError> Errors)> ParseAsync(params string[] lines) =>
        ParseAsync(AccessScope.National, lines);

    private Task<(List<CsvImportRow> Rows, List<CsvLineError> Errors)> ParseAsync(AccessScope scope, params string[] lines) =>
        _import.ParseAsync(Csv(lines), scope, _ct);

    private Task<(List<CsvImportRow> Rows, List<CsvLineError> Errors)> ParseRawAsync(string text) =>
        _import.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), AccessScope.National, _ct);

    private async Task SeedLibraryAsync(string oblast, string hromadaName, string libraryName)
    {
        await using var db = _database.NewContext();
        var hromada = new Hromada(oblast, hromadaName);
        db.Hromadas.Add(hromada);
        db.Libraries.Add(new Library(hromada.Id, oblast, libraryName));
        await db.SaveChangesAsync(_ct);
    }

    private async Task<(int Hromadas, int Libraries, int AuditEntries)> CountsAsync()
    {
        await using var db = _database.NewContext();
        return (await db.Hromadas.CountAsync(_ct), await db.Libraries.CountAsync(_ct), await db.AuditEntries.CountAsync(_ct));
    }
}
