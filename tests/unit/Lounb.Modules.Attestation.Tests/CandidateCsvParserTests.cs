using System.Text;
using Lounb.Modules.Attestation.Import;

namespace Lounb.Modules.Attestation.Tests;

public sealed class CandidateCsvParserTests
{
    private static readonly ImportLibrary Central = new(Guid.NewGuid(), "Сєвєродонецька міська центральна бібліотека", "СМЦБ");
    private static readonly ImportLibrary Rural = new(Guid.NewGuid(), "Щастинська публічна бібліотека", null);
    private static readonly IReadOnlyList<ImportLibrary> Libraries = [Central, Rural];
    private static readonly HashSet<string> NoneYet = [];

    private const string Header = "Прізвище;Ім'я;По батькові;Посада;Бібліотека;Ел. пошта";

    private static CandidateCsvResult Parse(string text, IReadOnlySet<string>? existing = null) =>
        CandidateCsvParser.Parse(text, Libraries, existing ?? NoneYet);

    [Fact]
    public void Parse_ValidFile_ReadsEveryRowAndMatchesLibrariesByFullOrShortName()
    {
        var result = Parse($"{Header}\nКоваленко;Олена;Петрівна;бібліотекар;смцб;olena@example.org\n\"Шевчук\";Іван;;завідувач;Щастинська  публічна бібліотека;ivan@example.org\n");

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(Central.Id, result.Rows[0].Person.LibraryId);
        Assert.Equal(Rural.Id, result.Rows[1].Person.LibraryId);
        Assert.Equal("", result.Rows[1].Person.Patronymic);
        Assert.Equal(3, result.Rows[1].Line);
    }

    [Fact]
    public void Parse_EnglishHeadersWithCommas_InAnyOrder()
    {
        var result = Parse("email,surname,name,patronymic,position,library\nolena@example.org,Коваленко,Олена,Петрівна,бібліотекар,СМЦБ\n");

        var row = Assert.Single(result.Rows);
        Assert.Equal("Коваленко", row.Person.Surname);
        Assert.Equal("olena@example.org", row.Person.Email);
    }

    [Fact]
    public void Parse_OneBadLine_NoRowsAndEveryProblemReportedByLine()
    {
        var result = Parse($"{Header}\n" +
            "Коваленко;Олена;Петрівна;бібліотекар;СМЦБ;olena@example.org\n" +
            "Шевчук;Іван;;завідувач;Невідома бібліотека;ivan@example\n" +
            ";Марія;;;СМЦБ;maria@example.org\n" +
            "Коваленко;Олена;;бібліотекар;СМЦБ;OLENA@example.org\n");

        Assert.Empty(result.Rows);
        Assert.Equal(
            [
                (3, "Attestation:CsvBadEmail"), (3, "Attestation:CsvUnknownLibrary"),
                (4, "Attestation:CsvMissingField"), (4, "Attestation:CsvMissingField"),
                (5, "Attestation:CsvDuplicateInFile"),
            ],
            result.Errors.Select(e => (e.Line, e.Code)));
        Assert.Contains("«Прізвище»", result.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("«Посада»", result.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("повторює рядок 2", result.Errors[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmailAlreadyACandidate_Refused()
    {
        var result = Parse($"{Header}\nКоваленко;Олена;;бібліотекар;СМЦБ;olena@example.org\n", new HashSet<string> { "OLENA@EXAMPLE.ORG" });

        Assert.Equal("Attestation:CsvAlreadyCandidate", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Parse_NameTwoLibrariesShare_RefusedAsAmbiguous()
    {
        var twin = new ImportLibrary(Guid.NewGuid(), "Міська бібліотека", "СМЦБ");

        var result = CandidateCsvParser.Parse($"{Header}\nКоваленко;Олена;;бібліотекар;СМЦБ;olena@example.org\n", [Central, twin], NoneYet);

        Assert.Equal("Attestation:CsvAmbiguousLibrary", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Parse_HeaderWithUnknownOrMissingColumns_Refused()
    {
        var result = Parse("Прізвище;Ім'я;Телефон\nКоваленко;Олена;123\n");

        Assert.Equal(
            ["Attestation:CsvUnknownColumn", "Attestation:CsvMissingColumn", "Attestation:CsvMissingColumn", "Attestation:CsvMissingColumn"],
            result.Errors.Select(e => e.Code));
        Assert.All(result.Errors, e => Assert.Equal(1, e.Line));
    }

    [Fact]
    public void Parse_HeaderOnlyOrNothing_Refused()
    {
        Assert.Equal("Attestation:CsvNoRows", Assert.Single(Parse(Header + "\n").Errors).Code);
        Assert.Equal("Attestation:CsvEmpty", Assert.Single(Parse("").Errors).Code);
    }

    [Fact]
    public void Parse_TooLongField_RefusedWithTheLimit()
    {
        var result = Parse($"{Header}\n{new string('К', 101)};Олена;;бібліотекар;СМЦБ;olena@example.org\n");

        Assert.Contains("не більше 100", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NotUtf8OrBinary_Refused_BomStripped()
    {
        Assert.Equal("Attestation:CsvNotUtf8", CandidateCsvParser.Decode([0xCF, 0xF0, 0xB3, 0xE7, 0xE2, 0xE8, 0xF9, 0xE5]) // «Прізвище» in Windows-1251
            .Error!.Code);
        Assert.Equal("Attestation:CsvNotUtf8", CandidateCsvParser.Decode([0x41, 0x00, 0x42]).Error!.Code);
        Assert.Equal("Прізвище", CandidateCsvParser.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Прізвище")]).Value);
    }
}
