using ClosedXML.Excel;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Spreadsheets;

namespace Lounb.Modules.Attestation.Documents;

/// <summary>Протокол засідання as an Excel workbook: «Протокол» (a row per candidate and round) and «Комісія» (members, presence).</summary>
internal static class CommissionProtocolWorkbook
{
    public static byte[] Build(CommissionProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        using var workbook = new XLWorkbook();
        Decisions(workbook.Worksheets.Add("Протокол"), protocol.Candidates);
        Members(workbook.Worksheets.Add("Комісія"), protocol);
        return SheetLayout.Save(workbook);
    }

    private static void Decisions(IXLWorksheet sheet, IReadOnlyList<CandidateLine> candidates)
    {
        SheetLayout.Header(sheet,
            ("№", 6), ("ПІБ", 34), ("Посада", 24), ("Бібліотека", 34), ("Громада", 22), ("Етап", 20), ("Тест, %", 10),
            ("Раунд", 8), ("Дата рішення", 14), ("Присутні", 10), ("Склад", 8), ("«Відповідає»", 13), ("«За умови»", 12),
            ("«Не відповідає»", 15), ("Рішення", 34), ("Рекомендація щодо категорії", 30), ("Умови та строки", 50));
        var row = 1;
        var number = 0;
        foreach (var candidate in candidates)
        {
            number++;
            var rounds = candidate.Decisions.Count == 0 ? [null] : candidate.Decisions.Cast<DecisionLine?>().ToList();
            foreach (var decision in rounds)
            {
                row++;
                sheet.Cell(row, 1).Value = number;
                sheet.Cell(row, 2).Value = candidate.FullName;
                sheet.Cell(row, 3).Value = candidate.Position;
                sheet.Cell(row, 4).Value = candidate.LibraryName;
                sheet.Cell(row, 5).Value = candidate.HromadaName;
                sheet.Cell(row, 6).Value = StepText.Of(candidate.Step);
                if (candidate.TestPercent is { } percent)
                {
                    sheet.Cell(row, 7).Value = percent;
                }

                sheet.Cell(row, 15).Value = DocumentText.Outcome(decision);
                if (decision is null)
                {
                    continue;
                }

                sheet.Cell(row, 8).Value = decision.Round;
                sheet.Cell(row, 9).Value = decision.DecidedAtLocal.Date;
                sheet.Cell(row, 10).Value = decision.Present;
                sheet.Cell(row, 11).Value = decision.Composition;
                sheet.Cell(row, 12).Value = decision.VotesFit;
                sheet.Cell(row, 13).Value = decision.VotesFitWithConditions;
                sheet.Cell(row, 14).Value = decision.VotesNotFit;
                sheet.Cell(row, 16).Value = DecisionText.Of(decision.Category);
                sheet.Cell(row, 17).Value = DocumentText.Conditions(decision.Conditions);
            }
        }

        if (row > 1)
        {
            sheet.Range(2, 9, row, 9).Style.DateFormat.Format = "dd.MM.yyyy";
            sheet.Range(2, 7, row, 7).Style.NumberFormat.Format = "0.00";
        }
    }

    private static void Members(IXLWorksheet sheet, CommissionProtocol protocol)
    {
        SheetLayout.Header(sheet, ("ПІБ", 34), ("Роль", 22), ("Присутність", 14));
        var row = 1;
        foreach (var member in protocol.Members.OrderBy(m => m.Role))
        {
            row++;
            sheet.Cell(row, 1).Value = member.FullName;
            sheet.Cell(row, 2).Value = CampaignText.Of(member.Role);
            sheet.Cell(row, 3).Value = member.Present ? "присутній(я)" : "відсутній(я)";
        }
    }
}
