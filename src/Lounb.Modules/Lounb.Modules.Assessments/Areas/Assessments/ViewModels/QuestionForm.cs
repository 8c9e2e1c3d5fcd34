using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Areas.Assessments.ViewModels;

/// <summary>
/// The question editor: fields every question has, and the rows of its type (the type is fixed when it is created).
/// Ids of existing choices, pairs and items travel in hidden fields so that answers and statistics survive edits.
/// </summary>
internal sealed class QuestionForm : QuestionInput
{
    public const int EmptyRows = 3;

    public Guid? Id { get; set; }

    [Display(Name = "Категорія")]
    public Guid CategoryId { get; set; }

    [Display(Name = "Мітки (через кому)")]
    public string? Tags { get; set; }

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

    /// <summary>"33.33333" for a fraction of 0.3333333: the value of Moodle's grade list.</summary>
    public static string PercentValue(decimal fraction) => Math.Round(fraction * 100m, 5).ToString("0.#####", CultureInfo.InvariantCulture);
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
