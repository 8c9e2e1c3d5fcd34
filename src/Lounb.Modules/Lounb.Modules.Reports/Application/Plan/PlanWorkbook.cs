using ClosedXML.Excel;
using Lounb.Modules.Core.Spreadsheets;
using Lounb.Modules.Reports.Application.Exports;
using Lounb.Modules.Reports.Domain;

namespace Lounb.Modules.Reports.Application.Plan;

/// <summary>The plan-execution report (Звіт про виконання плану): a title, then per indicator the target, the actual and the percentage, and the months.</summary>
internal static class PlanWorkbook
{
    public static readonly string[] MonthNames = ["Січень", "Лютий", "Березень", "Квітень", "Травень", "Червень", "Липень", "Серпень", "Вересень", "Жовтень", "Листопад", "Грудень"];

    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("Показник", 40), new("Одиниця", 12), new("План на рік", 13), new("Виконано", 13), new("З них виміряно платформою", 16),
        new("З них введено вручну", 14), new("Виконання, %", 12),
        .. MonthNames.Select(m => new ExportColumn(m, 11)),
    ];

    public static byte[] Build(PlanReport report, string oblastName, string madeAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet($"План {report.Year}");
        FormattedWorkbook.Header(sheet, Columns);
        sheet.Row(1).InsertRowsAbove(2);
        sheet.Cell(1, 1).Value = $"Звіт про виконання плану на {report.Year} рік · {oblastName}";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).Value = $"Сформовано {madeAt}";
        sheet.SheetView.FreezeRows(3);
        var row = 4;
        foreach (var line in report.Lines)
        {
            object?[] cells =
            [
                line.Info.Name, line.Info.Unit, line.Target, line.Actual, line.Measured, line.Entered, line.Percent,
                .. line.Months.Select(m => (object?)m),
            ];
            for (var c = 0; c < cells.Length; c++)
            {
                FormattedWorkbook.Set(sheet.Cell(row, c + 1), cells[c]);
            }

            sheet.Range(row, 3, row, cells.Length).Style.NumberFormat.Format = "# ##0";
            sheet.Cell(row, 7).Style.NumberFormat.Format = "0.0";
            row++;
        }

        return SheetLayout.Save(workbook);
    }
}
