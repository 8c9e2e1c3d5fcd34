using ClosedXML.Excel;

namespace Lounb.Modules.Attestation.Documents;

/// <summary>What the attestation workbooks share: a bold, shaded, frozen header row with set column widths, and saving.</summary>
internal static class Workbooks
{
    /// <summary>Writes the header row (title, width) and freezes it; widths set by hand, as AdjustToContents is slow and needs libgdiplus.</summary>
    public static void Header(IXLWorksheet sheet, params (string Title, double Width)[] columns)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            var cell = sheet.Cell(1, i + 1);
            cell.Value = columns[i].Title;
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        sheet.SheetView.FreezeRows(1);
    }

    public static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
