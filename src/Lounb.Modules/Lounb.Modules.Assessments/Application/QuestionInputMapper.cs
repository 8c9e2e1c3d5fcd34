using System.Globalization;
using System.Security.Cryptography;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Assessments.Application;

/// <summary>Turns what the question editor posts (<see cref="QuestionInput"/>) into question content, keeping the ids of rows that survive an edit.</summary>
internal static class QuestionInputMapper
{
    /// <summary>A blank question of a type: Markdown, and for true/false "true" as the right answer.</summary>
    public static QuestionContent Blank(QuestionType type) => new()
    {
        Type = type,
        Name = "",
        Text = "",
        Format = TextFormat.Markdown,
        DefaultMark = type == QuestionType.Description ? 0m : 1m,
        CorrectTruth = true,
    };

    /// <summary>
    /// The content <paramref name="input"/> describes, built on the stored one so that what the editor does not show
    /// (images, Moodle's extras) is kept. Empty rows are left out. Refused, with every problem named, when a number
    /// cannot be read; the bank's rules (<see cref="QuestionRules"/>) are checked when the question is saved.
    /// </summary>
    public static Result<QuestionContent> ToContent(QuestionInput input, QuestionContent stored)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(stored);
        var errors = new List<string>();
        var mark = input.Type == QuestionType.Description ? 0m : ParseNumber(input.DefaultMark, "Бал за замовчуванням", errors) ?? 1m;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var content = stored with
        {
            Type = input.Type,
            Name = (input.Name ?? "").Trim(),
            Text = (input.Text ?? "").Trim(),
            Format = Enum.IsDefined(input.Format) ? input.Format : TextFormat.Markdown,
            GeneralFeedback = Clean(input.GeneralFeedback),
            DefaultMark = mark,
            ShuffleAnswers = input.HasShuffle ? input.ShuffleAnswers : stored.ShuffleAnswers,
        };

        switch (input.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                content = content with
                {
                    Choices = [.. input.Choices.Where(c => Clean(c.Text).Length > 0).Select((c, i) =>
                        new Choice(StableId(c.Id, "c", ids), Clean(c.Text), ParseFraction(c.Percent, $"Варіант {i + 1}", errors), Clean(c.Feedback)))],
                };
                break;
            case QuestionType.TrueFalse:
                content = content with { CorrectTruth = input.CorrectTruth, FeedbackWhenTrue = Clean(input.FeedbackWhenTrue), FeedbackWhenFalse = Clean(input.FeedbackWhenFalse) };
                break;
            case QuestionType.ShortAnswer:
                content = content with
                {
                    CaseSensitive = input.CaseSensitive,
                    AcceptedAnswers = [.. input.Accepted.Where(a => Clean(a.Text).Length > 0).Select((a, i) =>
                        new AcceptedAnswer(Clean(a.Text), ParseFraction(a.Percent, $"Відповідь {i + 1}", errors), Clean(a.Feedback)))],
                };
                break;
            case QuestionType.Numerical:
                content = content with { NumericAnswers = NumericAnswers(input.Numbers, errors) };
                break;
            case QuestionType.Matching:
                content = content with
                {
                    Pairs = [.. input.Pairs.Where(p => Clean(p.Prompt).Length > 0 || Clean(p.Answer).Length > 0)
                        .Select(p => new MatchPair(StableId(p.Id, "p", ids), Clean(p.Prompt), Clean(p.Answer)))],
                };
                break;
            case QuestionType.Ordering:
                content = content with { OrderItems = [.. input.Items.Where(i => Clean(i.Text).Length > 0).Select(i => new OrderItem(StableId(i.Id, "o", ids), Clean(i.Text)))] };
                break;
            case QuestionType.Essay:
                content = content with { EssayLines = input.EssayLines, GraderInfo = Clean(input.GraderInfo), ResponseTemplate = input.ResponseTemplate?.Trim() ?? "" };
                break;
        }

        if (input.HasCombinedFeedback)
        {
            content = content with { CorrectFeedback = Clean(input.CorrectFeedback), PartiallyCorrectFeedback = Clean(input.PartiallyCorrectFeedback), IncorrectFeedback = Clean(input.IncorrectFeedback) };
        }

        return errors.Count > 0 ? AssessmentErrors.QuestionInvalid(errors) : content;
    }

    private static List<NumericAnswer> NumericAnswers(IEnumerable<NumberRow> numbers, List<string> errors)
    {
        var answers = new List<NumericAnswer>();
        var row = 0;
        foreach (var number in numbers)
        {
            row++;
            var valueText = Clean(number.Value);
            if (valueText.Length == 0)
            {
                if (Clean(number.Feedback).Length > 0)
                {
                    errors.Add($"Число {row}: вкажіть число (або * для будь-якого іншого).");
                }

                continue;
            }

            decimal? value = null;
            if (valueText != "*")
            {
                value = AnswerText.ParseNumber(valueText);
                if (value is null)
                {
                    errors.Add($"Число {row}: «{valueText}» — не число. Пишіть, наприклад, 12 або 12,5.");
                    continue;
                }
            }

            var tolerance = Clean(number.Tolerance).Length == 0 ? 0m : ParseNumber(number.Tolerance, $"Допуск числа {row}", errors) ?? 0m;
            answers.Add(new NumericAnswer(value, tolerance, ParseFraction(number.Percent, $"Число {row}", errors), Clean(number.Feedback)));
        }

        return answers;
    }

    private static decimal? ParseNumber(string? text, string field, List<string> errors)
    {
        var value = AnswerText.ParseNumber(text ?? "");
        if (value is null)
        {
            errors.Add($"{field}: «{Clean(text)}» — не число. Пишіть, наприклад, 1 або 0,5.");
        }

        return value;
    }

    private static decimal ParseFraction(string? percent, string field, List<string> errors)
    {
        if (decimal.TryParse(Clean(percent).Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Math.Round(value / 100m, 7);
        }

        errors.Add($"{field}: оберіть частку бала зі списку.");
        return 0m;
    }

    /// <summary>The row's id when it is a well-formed one not used yet in this question; a new short random one otherwise.</summary>
    private static string StableId(string? posted, string prefix, HashSet<string> used)
    {
        var id = Clean(posted);
        if (id.Length is > 0 and <= 40 && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_') && used.Add(id))
        {
            return id;
        }

        do
        {
            id = prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        }
        while (!used.Add(id));
        return id;
    }

    private static string Clean(string? text) => text?.Trim() ?? "";
}
