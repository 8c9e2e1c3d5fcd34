using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Lounb.Modules.Core.Spreadsheets;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Lounb.Modules.Reports.Application.Exports;

/// <summary>
/// CSV as Excel opens it in Ukraine: UTF-8 with a byte-order mark (so Cyrillic reads right), ';' between cells (the
/// Ukrainian list separator), quotes where needed, and a cell that starts like a formula made inert.
/// </summary>
internal static class CsvExport
{
    public const char Delimiter = ';';

    public static async Task WriteAsync(Stream output, ExportTable table, Action<int> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(progress);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(table.Columns.Select(c => c.Title)));
        var rows = 0;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            await writer.WriteAsync(Line(row.Select(Text)));
            if (++rows % Domain.ExportLimits.ProgressEvery == 0)
            {
                progress(rows);
            }
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>One line with its CRLF.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(Delimiter, cells.Select(Escape)) + "\r\n";

    /// <summary>
    /// A cell: quoted when it holds the delimiter, a quote or a line break (quotes doubled); one starting with =, +, -, @,
    /// a tab or a carriage return gets a leading apostrophe, so a spreadsheet never runs it as a formula.
    /// </summary>
    public static string Escape(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([Delimiter, '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>Numbers in invariant digits, dates as dd.MM.yyyy HH:mm (or dd.MM.yyyy at midnight).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : d.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>A formatted workbook (ClosedXML): bold shaded frozen header, set widths, dates formatted. For tables under 10,000 rows.</summary>
internal static class FormattedWorkbook
{
    public static async Task WriteAsync(Stream output, ExportTable table, Action<int> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(progress);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName(table.Title));
        Header(sheet, table.Columns);
        var r = 1;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            r++;
            for (var c = 0; c < row.Length; c++)
            {
                Set(sheet.Cell(r, c + 1), row[c]);
            }

            if ((r - 1) % Domain.ExportLimits.ProgressEvery == 0)
            {
                progress(r - 1);
            }
        }

        workbook.SaveAs(output);
    }

    /// <summary>The header row in the platform's one workbook style (<see cref="SheetLayout"/>).</summary>
    public static void Header(IXLWorksheet sheet, IReadOnlyList<ExportColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        SheetLayout.Header(sheet, 1, columns.Select(c => (c.Title, c.Width)).ToArray());
    }

    public static void Set(IXLCell cell, object? value)
    {
        ArgumentNullException.ThrowIfNull(cell);
        switch (value)
        {
            case null:
                break;
            case DateTime date:
                cell.Value = date;
                cell.Style.DateFormat.Format = date.TimeOfDay == TimeSpan.Zero ? "dd.mm.yyyy" : "dd.mm.yyyy hh:mm";
                break;
            case int or long or decimal or double:
                cell.Value = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                break;
            default:
                cell.SetValue(value.ToString() ?? "");
                cell.DataType = XLDataType.Text;
                break;
        }
    }

    /// <summary>Excel allows 31 characters and none of : \ / ? * [ ].</summary>
    public static string SheetName(string title)
    {
        var cleaned = new string((title ?? "").Select(ch => ":\\/?*[]".Contains(ch, StringComparison.Ordinal) ? ' ' : ch).ToArray()).Trim();
        return cleaned.Length == 0 ? "Звіт" : cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}

/// <summary>
/// A workbook streamed row by row (MiniExcel): memory stays flat however many rows. For 10,000 rows and more. MiniExcel
/// is fed the way it writes fastest: its synchronous writer over an <see cref="System.Data.IDataReader"/> of the rows
/// (<see cref="ExportRowReader"/>: no dictionary per row, no awaits per cell; measured in docs/benchmarks.md).
/// </summary>
internal static class StreamingWorkbook
{
    public static Task WriteAsync(Stream output, ExportTable table, Action<int> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(progress);
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            TableStyles = TableStyles.None,
            AutoFilter = false,
            DynamicColumns = table.Columns.Select((c, i) => new DynamicExcelColumn(ExportRowReader.Key(i)) { Name = c.Title, Width = c.Width, Index = i }).ToArray(),
        };
        using var reader = new ExportRowReader(table, progress, ct);
        output.SaveAs(reader, sheetName: FormattedWorkbook.SheetName(table.Title), excelType: ExcelType.XLSX, configuration: configuration);
        return Task.CompletedTask;
    }
}
