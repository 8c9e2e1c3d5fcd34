using System.Globalization;
using ClosedXML.Excel;
using Lounb.Modules.Core.Time;

namespace Lounb.Modules.Assessments.Application.Statistics;

/// <summary>The quiz report as an Excel workbook: summary, questions, answer frequencies and every attempt.</summary>
internal sealed class StatisticsWorkbook(LocalTime localTime)
{
    public byte[] Build(string quizTitle, QuizStatistics statistics, IReadOnlyList<ResultRow> results)
    {
        using var workbook = new XLWorkbook();
        Summary(workbook.Worksheets.Add("Підсумок"), quizTitle, statistics);
        Questions(workbook.Worksheets.Add("Питання"), statistics);
        Answers(workbook.Worksheets.Add("Відповіді"), statistics);
        Attempts(workbook.Worksheets.Add("Спроби"), results);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Summary(IXLWorksheet sheet, string quizTitle, QuizStatistics statistics)
    {
        sheet.Cell(1, 1).Value = quizTitle;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        var rows = new (string Label, object? Value)[]
        {
            ("Оцінених спроб", statistics.AttemptCount),
            ("Середній результат, %", statistics.MeanPercent),
            ("Медіана, %", statistics.MedianPercent),
            ("Стандартне відхилення, %", statistics.StandardDeviationPercent),
            ("Внутрішня узгодженість (α Кронбаха), %", statistics.CronbachAlpha),
        };
        var row = 3;
        foreach (var (label, value) in rows)
        {
            sheet.Cell(row, 1).Value = label;
            sheet.Cell(row, 2).Value = value is null ? "—" : Convert.ToString(value, CultureInfo.InvariantCulture);
            row++;
        }

        row++;
        Header(sheet, row, "Результат, %", "Спроб");
        foreach (var band in statistics.Distribution)
        {
            row++;
            sheet.Cell(row, 1).Value = $"{band.FromPercent}–{band.ToPercent}";
            sheet.Cell(row, 2).Value = band.Count;
        }

        sheet.Column(1).Width = 42;
        sheet.Column(2).Width = 14;
    }

    private static void Questions(IXLWorksheet sheet, QuizStatistics statistics)
    {
        Header(sheet, 1, "Питання", "Тип", "Спроб", "Індекс легкості, %", "Стандартне відхилення, %", "Індекс дискримінації, %");
        var row = 1;
        foreach (var question in statistics.Questions)
        {
            row++;
            sheet.Cell(row, 1).Value = question.Name;
            sheet.Cell(row, 2).Value = question.TypeName;
            sheet.Cell(row, 3).Value = question.Attempts;
            sheet.Cell(row, 4).Value = question.Facility;
            sheet.Cell(row, 5).Value = question.StandardDeviation;
            sheet.Cell(row, 6).Value = question.Discrimination is { } discrimination ? discrimination : (object)"—";
        }

        Widths(sheet, 48, 20, 10, 18, 22, 22);
        sheet.SheetView.FreezeRows(1);
    }

    private static void Answers(IXLWorksheet sheet, QuizStatistics statistics)
    {
        Header(sheet, 1, "Питання", "Відповідь", "Кількість", "Частка, %", "Бал за відповідь, %");
        var row = 1;
        foreach (var question in statistics.Questions)
        {
            foreach (var response in question.Responses)
            {
                row++;
                sheet.Cell(row, 1).Value = question.Name;
                sheet.Cell(row, 2).Value = response.Response;
                sheet.Cell(row, 3).Value = response.Count;
                sheet.Cell(row, 4).Value = response.Share;
                sheet.Cell(row, 5).Value = Math.Round(response.Fraction * 100m, 2);
            }
        }

        Widths(sheet, 40, 60, 12, 12, 20);
        sheet.SheetView.FreezeRows(1);
    }

    private void Attempts(IXLWorksheet sheet, IReadOnlyList<ResultRow> results)
    {
        Header(sheet, 1, "Слухач", "Область", "Спроба", "Стан", "Початок", "Завершено", "Результат, %", "Оцінка за тест, %", "Складено");
        var row = 1;
        foreach (var result in results)
        {
            row++;
            sheet.Cell(row, 1).Value = result.FullName;
            sheet.Cell(row, 2).Value = result.OblastName ?? "";
            sheet.Cell(row, 3).Value = result.Number;
            sheet.Cell(row, 4).Value = StateNames.Of(result.State, result.AutoSubmitted);
            sheet.Cell(row, 5).Value = localTime.ToLocal(result.StartedAt);
            sheet.Cell(row, 6).Value = result.SubmittedAt is { } submitted ? localTime.ToLocal(submitted) : (object)"";
            sheet.Cell(row, 7).Value = result.Percent is { } percent ? Math.Round(percent, 2) : (object)"";
            sheet.Cell(row, 8).Value = result.QuizGrade is { } grade ? Math.Round(grade, 2) : (object)"";
            sheet.Cell(row, 9).Value = result.Passed ? "так" : "ні";
        }

        sheet.Range(2, 5, Math.Max(2, row), 6).Style.DateFormat.Format = "dd.MM.yyyy HH:mm";
        Widths(sheet, 34, 22, 8, 22, 18, 18, 14, 18, 10);
        sheet.SheetView.FreezeRows(1);
    }

    private static void Header(IXLWorksheet sheet, int row, params string[] titles)
    {
        for (var column = 0; column < titles.Length; column++)
        {
            var cell = sheet.Cell(row, column + 1);
            cell.Value = titles[column];
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
        }
    }

    /// <summary>Widths set by hand: AdjustToContents needs libgdiplus and is slow.</summary>
    private static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var column = 0; column < widths.Length; column++)
        {
            sheet.Column(column + 1).Width = widths[column];
        }
    }
}

internal static class StateNames
{
    public static string Of(Domain.AttemptState state, bool autoSubmitted) => state switch
    {
        Domain.AttemptState.InProgress => "Триває",
        Domain.AttemptState.NeedsGrading => "Очікує оцінювання",
        Domain.AttemptState.Submitted => "Анкету подано (без оцінювання)",
        _ => autoSubmitted ? "Оцінено (завершено автоматично)" : "Оцінено",
    };
}
