using System.ComponentModel.DataAnnotations;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Application;

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
/// A question as the editor posts it: the fields every question has and the rows of its type, all as typed.
/// <see cref="QuestionInputMapper"/> turns it into <see cref="QuestionContent"/>.
/// </summary>
internal class QuestionInput
{
    public QuestionType Type { get; set; }

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
}
