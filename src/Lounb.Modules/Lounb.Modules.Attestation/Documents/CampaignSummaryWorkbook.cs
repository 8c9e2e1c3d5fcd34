using ClosedXML.Excel;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Spreadsheets;

namespace Lounb.Modules.Attestation.Documents;

/// <summary>
/// The campaign summary: how many candidates of each library («За бібліотеками») and each hromada («За громадами») are at
/// each step and got each outcome (the standing decision), with a total row.
/// </summary>
internal static class CampaignSummaryWorkbook
{
    private static readonly CandidateStep[] Steps = Enum.GetValues<CandidateStep>();
    private static readonly AttestationOutcome[] Outcomes = Enum.GetValues<AttestationOutcome>();

    public static byte[] Build(IReadOnlyList<CandidateLine> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        using var workbook = new XLWorkbook();
        Write(workbook.Worksheets.Add("За бібліотеками"), [("Громада", 24), ("Бібліотека", 40)],
            candidates.GroupBy(c => (c.HromadaName, c.LibraryName)).OrderBy(g => g.Key.HromadaName, StringComparer.Ordinal).ThenBy(g => g.Key.LibraryName, StringComparer.Ordinal)
                .Select(g => (new[] { g.Key.HromadaName, g.Key.LibraryName }, g.ToList())));
        Write(workbook.Worksheets.Add("За громадами"), [("Громада", 30)],
            candidates.GroupBy(c => c.HromadaName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (new[] { g.Key }, g.ToList())));
        return SheetLayout.Save(workbook);
    }

    private static void Write(IXLWorksheet sheet, (string Title, double Width)[] keys, IEnumerable<(string[] Key, List<CandidateLine> Candidates)> groups)
    {
        var columns = keys.Concat([("Усього", 9.0)])
            .Concat(Steps.Select(s => (StepText.Of(s), 14.0)))
            .Concat(Outcomes.Select(o => ($"«{DecisionText.Of(o)}»", 20.0)))
            .Concat([("Без рішення", 12.0)])
            .ToArray();
        SheetLayout.Header(sheet, columns);
        var row = 1;
        var all = new List<CandidateLine>();
        foreach (var (key, candidates) in groups)
        {
            row++;
            for (var i = 0; i < key.Length; i++)
            {
                sheet.Cell(row, i + 1).Value = key[i];
            }

            Counts(sheet, row, keys.Length + 1, candidates);
            all.AddRange(candidates);
        }

        row++;
        sheet.Cell(row, 1).Value = "Усього";
        Counts(sheet, row, keys.Length + 1, all);
        sheet.Row(row).Style.Font.Bold = true;
    }

    private static void Counts(IXLWorksheet sheet, int row, int column, List<CandidateLine> candidates)
    {
        sheet.Cell(row, column++).Value = candidates.Count;
        foreach (var step in Steps)
        {
            sheet.Cell(row, column++).Value = candidates.Count(c => c.Step == step);
        }

        foreach (var outcome in Outcomes)
        {
            sheet.Cell(row, column++).Value = candidates.Count(c => c.Standing?.Outcome == outcome);
        }

        sheet.Cell(row, column).Value = candidates.Count(c => c.Standing is null);
    }
}
