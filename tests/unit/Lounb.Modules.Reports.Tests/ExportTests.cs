using System.Text;
using ClosedXML.Excel;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Reports.Application;
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

    [Fact]
    public async Task The_streamed_workbook_takes_each_row_before_the_next_so_a_source_may_reuse_one_array()
    {
        var cells = new object?[3];
        async IAsyncEnumerable<object?[]> Reused()
        {
            for (var i = 1; i <= 3; i++)
            {
                await Task.Yield();
                cells[0] = $"Слухач {i}";
                cells[1] = i == 2 ? null : i * 10;
                cells[2] = new DateTime(2026, 3, i);
                yield return cells;
            }
        }

        using var stream = new MemoryStream();
        var table = new ExportTable("Поступ", [new("ПІБ"), new("Бал"), new("Дата")], 3, Reused());
        await StreamingWorkbook.WriteAsync(stream, table, _ => { }, CancellationToken.None);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        Assert.Equal(["Слухач 1", "Слухач 2", "Слухач 3"], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.Equal(30, sheet.Cell(4, 2).GetValue<int>());
        Assert.True(sheet.Cell(3, 2).IsEmpty());
        Assert.Equal(new DateTime(2026, 3, 2), sheet.Cell(3, 3).GetDateTime());
    }

    [Fact]
    public async Task A_cancelled_streamed_export_stops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var stream = new MemoryStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StreamingWorkbook.WriteAsync(stream, Table(10), _ => { }, cancelled.Token));
    }

    [Fact]
    public void A_dashboard_filter_fits_the_jobs_parameter_and_reads_back_the_same()
    {
        var query = new DashboardQuery
        {
            Measure = ReportMeasures.AttestationConditions, Oblast = "UA-09", Hromada = Guid.NewGuid(), Library = Guid.NewGuid(), Course = Guid.NewGuid(),
            Audience = new string('a', ReportsLimits.AudienceLength),
        };
        var text = ReportQueryParameter.Write(query, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        Assert.True(text.Length <= ExportLimits.ParameterLength, text);

        Assert.True(ReportQueryParameter.Read(text).Succeeded(out var back, out _));
        Assert.Equal((query.Measure, query.Oblast, query.Hromada, query.Library, query.Course, query.Audience), (back.Measure, back.Oblast, back.Hromada, back.Library, back.Course, back.Audience));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (back.From!.Value, back.To!.Value));
    }

    [Theory]
    [InlineData("щось")]
    [InlineData("enrolled|вчора|2026-05-01|||||")]
    [InlineData("enrolled|2026-05-01|2026-05-02||не-ід|||")]
    [InlineData("enrolled|2026-05-01|2026-05-02|UA-09|||")]
    public void A_parameter_the_pages_did_not_write_is_refused(string parameter)
    {
        Assert.True(ReportQueryParameter.Read(parameter).Failed(out var error));
        Assert.Equal(ReportsErrors.ExportParameterInvalid, error);
    }
}
