using ClosedXML.Excel;

namespace Lounb.Modules.Core.Spreadsheets;

/// <summary>
/// What every formatted workbook of the platform shares (attestation protocols, hub activity, plan and export
/// reports): a bold, wrapped, shaded header row with column widths set by hand, frozen so it stays in view, and saving.
/// </summary>
public static class SheetLayout
{
    /// <summary>Writes the header row at row 1 from column 1.</summary>
    public static void Header(IXLWorksheet sheet, params (string Title, double Width)[] columns) => Header(sheet, 1, columns);

    /// <summary>
    /// Writes the header row at <paramref name="row"/> from column 1 and freezes the rows down to it. Widths are set by
    /// hand: AdjustToContents is slow and needs libgdiplus.
    /// </summary>
    public static void Header(IXLWorksheet sheet, int row, IReadOnlyList<(string Title, double Width)> columns)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(columns);
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = sheet.Cell(row, i + 1);
            cell.Value = columns[i].Title;
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        sheet.SheetView.FreezeRows(row);
    }

    /// <summary>The workbook as the bytes of an .xlsx file.</summary>
    public static byte[] Save(XLWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
