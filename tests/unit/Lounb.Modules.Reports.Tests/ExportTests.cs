using System.Text;
using ClosedXML.Excel;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Reports.Application.Exports;
using Lounb.Modules.Reports.Domain;

namespace Lounb.Modules.Reports.Tests;

public sealed class ExportTests
{
    private static ExportTable Table(int rows) =>
        new("Поступ слухачів", [new("ПІБ"), new("Курс"), new("Уроків"), new("Записано")], rows,
            Enumerable.Range(1, rows).Select(i => new object?[] { $"Слухач {i}", "Code Club; «Йой»", i, new DateTime(2026, 3, 1) }).ToAsyncEnumerable());

    [Theory]
    [InlineData("Просто текст", "Просто текст")]
    [InlineData("Код; клуб", "\"Код; клуб\"")]
    [InlineData("Курс «Йой: бадьора \"українська\"»", "\"Курс «Йой: бадьора \"\"українська\"\"»\"")]
    [InlineData("два\nрядки", "\"два\nрядки\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+380501234567", "'+380501234567")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Csv_cells_are_quoted_when_needed_and_formulas_made_inert(string cell, string expected) =>
        Assert.Equal(expected, CsvExport.Escape(cell));

    [Fact]
    public async Task Csv_starts_with_a_byte_order_mark_and_has_a_header_and_a_line_per_row()
    {
        using var stream = new MemoryStream();
        var reported = new List<int>();
        await CsvExport.WriteAsync(stream, Table(3), reported.Add, CancellationToken.None);
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ПІБ;Курс;Уроків;Записано", lines[0]);
        Assert.Equal("Слухач 2;\"Code Club; «Йой»\";2;01.03.2026", lines[2]);
        Assert.Equal(4, lines.Length);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(ExportLimits.StreamingRows)]
    public async Task Workbooks_formatted_or_streamed_read_back_with_Ukrainian_headers_and_every_row(int rows)
    {
        using var stream = new MemoryStream();
        var reported = new List<int>();
        await ExportFiles.WriteAsync(stream, ExportFormat.Xlsx, Table(rows), reported.Add, CancellationToken.None);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        Assert.Equal(["ПІБ", "Курс", "Уроків", "Записано"], sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList());
        Assert.Equal(rows + 1, sheet.LastRowUsed().RowNumber());
        Assert.Equal($"Слухач {rows}", sheet.Cell(rows + 1, 1).GetString());
        Assert.Equal(rows, sheet.Cell(rows + 1, 3).GetValue<int>());
        Assert.Equal(rows / ExportLimits.ProgressEvery, reported.Count);
    }

    [Fact]
    public void A_job_keeps_the_owners_reach_and_reads_it_back()
    {
        Assert.Equal("*", ExportScopes.Write(AccessScope.National));
        Assert.True(ExportScopes.Read("*").IsNational);
        var scope = ExportScopes.Read(ExportScopes.Write(AccessScope.ForOblasts(["UA-71", "UA-09"])));
        Assert.Equal(["UA-09", "UA-71"], scope.OblastCodes.Order(StringComparer.Ordinal));
        Assert.False(scope.Allows("UA-21"));
    }

    [Fact]
    public void File_names_carry_the_title_and_date_without_characters_a_file_cannot_hold() =>
        Assert.Equal("Поступ  Code Club 2026-12-05.csv", ExportFiles.FileName("Поступ: Code Club", ExportFormat.Csv, new DateTime(2026, 12, 5)));
}
