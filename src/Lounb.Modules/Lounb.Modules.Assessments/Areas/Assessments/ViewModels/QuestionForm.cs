using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Areas.Assessments.ViewModels;

internal sealed class ChoiceRow
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    /// <summary>Percent of the mark as Moodle's grade list writes it ("100", "33.33333", "-50").</summary>
    public string? Percent { get; set; }

    public string? Feedback { get; set; }
}

internal sealed class AcceptedRow
{
    public string? Text { get; set; }

    public string? Percent { get; set; }

    public string? Feedback { get; set; }
}

internal sealed class NumberRow
{
    /// <summary>A number ("12,5" or "12.5"), or <c>*</c> for any other number.</summary>
    public string? Value { get; set; }

    public string? Tolerance { get; set; }

    public string? Percent { get; set; }

    public string? Feedback { get; set; }
}

internal sealed class PairRow
{
    public string? Id { get; set; }

    public string? Prompt { get; set; }

    public string? Answer { get; set; }
}

internal sealed class ItemRow
{
    public string? Id { get; set; }

    public string? Text { get; set; }
}

/// <summary>
/// The question editor: fields every question has, and the rows of its type (the type is fixed when it is created).
/// Ids of existing choices, pairs and items travel in hidden fields so that answers and statistics survive edits.
/// </summary>
internal sealed class QuestionForm
{
    public const int EmptyRows = 3;

    public Guid? Id { get; set; }

    public QuestionType Type { get; set; }

    [Display(Name = "Категорія")]
    public Guid CategoryId { get; set; }

    [Display(Name = "Назва")]
    public string? Name { get; set; }

    [Display(Name = "Текст питання")]
    public string? Text { get; set; }

    [Display(Name = "Формат текстів")]
    public TextFormat Format { get; set; } = TextFormat.Markdown;

    [Display(Name = "Загальний відгук (після відповіді)")]
    public string? GeneralFeedback { get; set; }

    [Display(Name = "Бал за замовчуванням")]
    public string? DefaultMark { get; set; } = "1";

    [Display(Name = "Мітки (через кому)")]
    public string? Tags { get; set; }

    [Display(Name = "Перемішувати варіанти в кожній спробі")]
    public bool ShuffleAnswers { get; set; } = true;

    public List<ChoiceRow> Choices { get; set; } = [];

    public bool CorrectTruth { get; set; } = true;

    [Display(Name = "Відгук тому, хто відповів «Правда»")]
    public string? FeedbackWhenTrue { get; set; }

    [Display(Name = "Відгук тому, хто відповів «Неправда»")]
    public string? FeedbackWhenFalse { get; set; }

    public List<AcceptedRow> Accepted { get; set; } = [];

    [Display(Name = "Враховувати великі й малі літери")]
    public bool CaseSensitive { get; set; }

    public List<NumberRow> Numbers { get; set; } = [];

    public List<PairRow> Pairs { get; set; } = [];

    public List<ItemRow> Items { get; set; } = [];

    [Display(Name = "Висота поля відповіді, рядків")]
    public int EssayLines { get; set; } = 15;

    [Display(Name = "Підказка для оцінювача (слухач її не бачить)")]
    public string? GraderInfo { get; set; }

    [Display(Name = "Початковий текст поля відповіді")]
    public string? ResponseTemplate { get; set; }

    [Display(Name = "Відгук за повністю правильну відповідь")]
    public string? CorrectFeedback { get; set; }

    [Display(Name = "Відгук за частково правильну відповідь")]
    public string? PartiallyCorrectFeedback { get; set; }

    [Display(Name = "Відгук за неправильну відповідь")]
    public string? IncorrectFeedback { get; set; }

    public bool HasCombinedFeedback => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Matching or QuestionType.Ordering;

    public bool HasShuffle => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Matching or QuestionType.Ordering;

    /// <summary>The form of a stored question (or of a new one: its content is then the type's blank), with empty rows to fill.</summary>
    public static QuestionForm From(QuestionContent content, Guid? id, Guid categoryId, string tags)
    {
        var form = new QuestionForm
        {
            Id = id,
            Type = content.Type,
            CategoryId = categoryId,
            Name = content.Name,
            Text = content.Text,
            Format = content.Format,
            GeneralFeedback = content.GeneralFeedback,
            DefaultMark = StaffNames.Number(content.DefaultMark),
            Tags = tags.Replace(",", ", ", StringComparison.Ordinal),
            ShuffleAnswers = content.ShuffleAnswers,
            Choices = [.. content.Choices.Select(c => new ChoiceRow { Id = c.Id, Text = c.Text, Percent = PercentValue(c.Fraction), Feedback = c.Feedback })],
            CorrectTruth = content.CorrectTruth,
            FeedbackWhenTrue = content.FeedbackWhenTrue,
            FeedbackWhenFalse = content.FeedbackWhenFalse,
            Accepted = [.. content.AcceptedAnswers.Select(a => new AcceptedRow { Text = a.Text, Percent = PercentValue(a.Fraction), Feedback = a.Feedback })],
            CaseSensitive = content.CaseSensitive,
            Numbers = [.. content.NumericAnswers.Select(a => new NumberRow
            {
                Value = a.Value is { } value ? StaffNames.Number(value) : "*", Tolerance = StaffNames.Number(a.Tolerance), Percent = PercentValue(a.Fraction), Feedback = a.Feedback,
            })],
            Pairs = [.. content.Pairs.Select(p => new PairRow { Id = p.Id, Prompt = p.Prompt, Answer = p.Answer })],
            Items = [.. content.OrderItems.Select(i => new ItemRow { Id = i.Id, Text = i.Text })],
            EssayLines = content.EssayLines,
            GraderInfo = content.GraderInfo,
            ResponseTemplate = content.ResponseTemplate,
            CorrectFeedback = content.CorrectFeedback,
            PartiallyCorrectFeedback = content.PartiallyCorrectFeedback,
            IncorrectFeedback = content.IncorrectFeedback,
        };
        form.AddEmptyRows();
        return form;
    }

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

    public void AddEmptyRows()
    {
        for (var i = 0; i < EmptyRows; i++)
        {
            Choices.Add(new ChoiceRow { Percent = "0" });
            Accepted.Add(new AcceptedRow { Percent = "100" });
            Numbers.Add(new NumberRow { Percent = "100" });
            Pairs.Add(new PairRow());
            Items.Add(new ItemRow());
        }
    }

    /// <summary>
    /// The content the form describes, built on the stored one so that what the form does not show (images, Moodle's
    /// extras) is kept. Empty rows are left out. Returns Ukrainian messages instead when a number cannot be read.
    /// </summary>
    public (QuestionContent? Content, IReadOnlyList<string> Errors) ToContent(QuestionContent stored)
    {
        var errors = new List<string>();
        var mark = Type == QuestionType.Description ? 0m : ParseNumber(DefaultMark, "Бал за замовчуванням", errors) ?? 1m;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var content = stored with
        {
            Type = Type,
            Name = (Name ?? "").Trim(),
            Text = (Text ?? "").Trim(),
            Format = Enum.IsDefined(Format) ? Format : TextFormat.Markdown,
            GeneralFeedback = Clean(GeneralFeedback),
            DefaultMark = mark,
            ShuffleAnswers = HasShuffle ? ShuffleAnswers : stored.ShuffleAnswers,
        };

        switch (Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                content = content with
                {
                    Choices = [.. Choices.Where(c => Clean(c.Text).Length > 0).Select((c, i) =>
                        new Choice(StableId(c.Id, "c", ids), Clean(c.Text), ParseFraction(c.Percent, $"Варіант {i + 1}", errors), Clean(c.Feedback)))],
                };
                break;
            case QuestionType.TrueFalse:
                content = content with { CorrectTruth = CorrectTruth, FeedbackWhenTrue = Clean(FeedbackWhenTrue), FeedbackWhenFalse = Clean(FeedbackWhenFalse) };
                break;
            case QuestionType.ShortAnswer:
                content = content with
                {
                    CaseSensitive = CaseSensitive,
                    AcceptedAnswers = [.. Accepted.Where(a => Clean(a.Text).Length > 0).Select((a, i) =>
                        new AcceptedAnswer(Clean(a.Text), ParseFraction(a.Percent, $"Відповідь {i + 1}", errors), Clean(a.Feedback)))],
                };
                break;
            case QuestionType.Numerical:
                content = content with { NumericAnswers = NumericAnswers(errors) };
                break;
            case QuestionType.Matching:
                content = content with
                {
                    Pairs = [.. Pairs.Where(p => Clean(p.Prompt).Length > 0 || Clean(p.Answer).Length > 0)
                        .Select(p => new MatchPair(StableId(p.Id, "p", ids), Clean(p.Prompt), Clean(p.Answer)))],
                };
                break;
            case QuestionType.Ordering:
                content = content with { OrderItems = [.. Items.Where(i => Clean(i.Text).Length > 0).Select(i => new OrderItem(StableId(i.Id, "o", ids), Clean(i.Text)))] };
                break;
            case QuestionType.Essay:
                content = content with { EssayLines = EssayLines, GraderInfo = Clean(GraderInfo), ResponseTemplate = ResponseTemplate?.Trim() ?? "" };
                break;
        }

        if (HasCombinedFeedback)
        {
            content = content with { CorrectFeedback = Clean(CorrectFeedback), PartiallyCorrectFeedback = Clean(PartiallyCorrectFeedback), IncorrectFeedback = Clean(IncorrectFeedback) };
        }

        return errors.Count > 0 ? (null, errors) : (content, errors);
    }

    /// <summary>"33.33333" for a fraction of 0.3333333: the value of Moodle's grade list.</summary>
    public static string PercentValue(decimal fraction) => Math.Round(fraction * 100m, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    private List<NumericAnswer> NumericAnswers(List<string> errors)
    {
        var answers = new List<NumericAnswer>();
        var row = 0;
        foreach (var number in Numbers)
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

/// <summary>The editor page: the form and what surrounds it.</summary>
internal sealed class QuestionEditorPage
{
    public required QuestionForm Form { get; init; }

    public required IReadOnlyList<CategoryNode> Categories { get; init; }

    public IReadOnlyList<VersionRow> Versions { get; init; } = [];

    /// <summary>The stored question rendered as the learner sees its text, with the right answer (edit page only).</summary>
    public string? PreviewHtml { get; init; }

    public string? RightAnswerHtml { get; init; }

    public IReadOnlyList<(string Html, decimal Fraction)> PreviewOptions { get; init; } = [];

    public int VersionCount { get; init; }

    public int ImageCount { get; init; }

    public bool IsNew => Form.Id is null;
}

/// <summary>Moodle's list of grade percentages, offered in the editor's selects.</summary>
internal static class GradeChoices
{
    private static readonly decimal[] Positive = [100m, 90m, 83.33333m, 80m, 75m, 70m, 66.66667m, 60m, 50m, 40m, 33.33333m, 30m, 25m, 20m, 16.66667m, 14.28571m, 12.5m, 11.11111m, 10m, 5m, 0m];

    /// <summary>Percentages for a row; negatives only for multiple choice. A stored value not on the list is kept as its own option.</summary>
    public static IReadOnlyList<Option> For(bool allowNegative, string? current)
    {
        var values = allowNegative ? [.. Positive, .. Positive.Where(p => p > 0).Reverse().Select(p => -p)] : Positive.ToList();
        var options = values.Select(v => new Option(v.ToString(CultureInfo.InvariantCulture), StaffNames.Number(v) + " %")).ToList();
        if (!string.IsNullOrEmpty(current) && options.All(o => o.Value != current)
            && decimal.TryParse(current, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var extra))
        {
            options.Insert(0, new Option(current, StaffNames.Number(extra) + " %"));
        }

        return options;
    }
}
