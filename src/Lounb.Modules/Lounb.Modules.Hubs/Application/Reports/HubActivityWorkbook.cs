using ClosedXML.Excel;
using Lounb.Modules.Core.Spreadsheets;
using Lounb.Modules.Hubs.Domain;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>The national table as an Excel workbook: one row per oblast, Ukrainian headers, a bold totals row, numbers formatted with thousands separators.</summary>
internal static class HubActivityWorkbook
{
    public const string SheetName = "Хаби за областями";

    private static readonly ParticipantGroup[] Groups = Enum.GetValues<ParticipantGroup>();
    private static readonly EService[] Services = Enum.GetValues<EService>();

    /// <summary>The column headers after «Область», in order; the tests read the sheet by them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Хабів", "Працюють", "Звітів подано", "Звітів затверджено", "Заходів",
        .. Groups.Select(g => $"Учасники: {ReportText.Of(g)}"), "Учасників усього",
        .. Services.Select(s => $"Консультації: {ReportText.Of(s)}"), "Консультацій усього",
    ];

    public static byte[] Build(NationalTablePage table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        sheet.Cell(1, 1).Value = $"Діяльність хабів цифрової освіти: {table.Period.Title} (лише затверджені звіти)";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        const int header = 2;
        SheetLayout.Header(sheet, header, [("Область", 28), .. Columns.Select(title => (title, 14.0))]);
        var row = header;
        foreach (var oblast in table.Oblasts)
        {
            Write(sheet, ++row, oblast.Name, oblast.Totals);
        }

        Write(sheet, ++row, "Усього", table.Totals);
        sheet.Row(row).Style.Font.Bold = true;
        sheet.Range(header + 1, 2, row, Columns.Count + 1).Style.NumberFormat.Format = "#,##0";
        return SheetLayout.Save(workbook);
    }

    private static void Write(IXLWorksheet sheet, int row, string name, ActivityTotals totals)
    {
        int[] values =
        [
            totals.Hubs, totals.ActiveHubs, totals.ReportsFiled, totals.ReportsApproved, totals.Events,
            .. Groups.Select(totals.Participants.Of), totals.Participants.Total,
            .. Services.Select(totals.Consultations.Of), totals.Consultations.Total,
        ];
        sheet.Cell(row, 1).Value = name;
        for (var i = 0; i < values.Length; i++)
        {
            sheet.Cell(row, i + 2).Value = values[i];
        }
    }
}
