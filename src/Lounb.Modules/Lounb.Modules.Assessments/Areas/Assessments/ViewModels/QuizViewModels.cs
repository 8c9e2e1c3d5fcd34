using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Application.Statistics;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Time;

namespace Lounb.Modules.Assessments.Areas.Assessments.ViewModels;

/// <summary>A quiz's settings as the form shows them: dates in Kyiv time, numbers as typed.</summary>
internal sealed class QuizForm
{
    public Guid? Id { get; set; }

    [Display(Name = "Назва тесту")]
    public string? Title { get; set; }

    [Display(Name = "Вступ (Markdown)")]
    public string? IntroMarkdown { get; set; }

    [Display(Name = "Відкривається (за київським часом)")]
    public DateTime? OpensAt { get; set; }

    [Display(Name = "Закривається (за київським часом)")]
    public DateTime? ClosesAt { get; set; }

    [Display(Name = "Обмеження часу, хвилин")]
    public int? TimeLimitMinutes { get; set; }

    [Display(Name = "Дозволено спроб")]
    public int AttemptsAllowed { get; set; } = 1;

    [Display(Name = "Підсумкова оцінка з кількох спроб")]
    public GradingMethod GradingMethod { get; set; }

    [Display(Name = "Прохідний бал, %")]
    public string? PassPercent { get; set; } = "60";

    [Display(Name = "Перемішувати питання")]
    public bool ShuffleQuestions { get; set; }

    [Display(Name = "Перемішувати варіанти відповідей")]
    public bool ShuffleAnswers { get; set; } = true;

    [Display(Name = "Питань на сторінці")]
    public int QuestionsPerPage { get; set; } = 1;

    [Display(Name = "Навігація")]
    public NavigationMode Navigation { get; set; }

    [Display(Name = "Коли слухач може переглянути спробу")]
    public ReviewTiming ReviewTiming { get; set; }

    [Display(Name = "бали")]
    public bool ReviewShowsMarks { get; set; } = true;

    [Display(Name = "правильні відповіді")]
    public bool ReviewShowsCorrectAnswers { get; set; } = true;

    [Display(Name = "відгуки")]
    public bool ReviewShowsFeedback { get; set; } = true;

    public static QuizForm From(Quiz quiz, LocalTime localTime) => new()
    {
        Id = quiz.Id,
        Title = quiz.Title,
        IntroMarkdown = quiz.IntroMarkdown,
        OpensAt = quiz.OpensAt is { } opens ? localTime.ToLocal(opens) : null,
        ClosesAt = quiz.ClosesAt is { } closes ? localTime.ToLocal(closes) : null,
        TimeLimitMinutes = quiz.TimeLimitMinutes,
        AttemptsAllowed = quiz.AttemptsAllowed,
        GradingMethod = quiz.GradingMethod,
        PassPercent = StaffNames.Number(quiz.PassPercent),
        ShuffleQuestions = quiz.ShuffleQuestions,
        ShuffleAnswers = quiz.ShuffleAnswers,
        QuestionsPerPage = quiz.QuestionsPerPage,
        Navigation = quiz.Navigation,
        ReviewTiming = quiz.ReviewTiming,
        ReviewShowsMarks = quiz.ReviewShowsMarks,
        ReviewShowsCorrectAnswers = quiz.ReviewShowsCorrectAnswers,
        ReviewShowsFeedback = quiz.ReviewShowsFeedback,
    };

    /// <summary>The settings in UTC; Ukrainian messages instead when a date or number cannot be used.</summary>
    public (QuizSettings? Settings, IReadOnlyList<string> Errors) ToSettings(TimeZoneInfo zone)
    {
        var errors = new List<string>();
        var pass = AnswerText.ParseNumber(PassPercent ?? "");
        if (pass is null)
        {
            errors.Add("Прохідний бал — число від 0 до 100.");
        }

        var opens = ToUtc(OpensAt, zone, "відкриття", errors);
        var closes = ToUtc(ClosesAt, zone, "закриття", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new QuizSettings(Title ?? "", IntroMarkdown ?? "", opens, closes, TimeLimitMinutes, AttemptsAllowed, GradingMethod, pass!.Value,
            ShuffleQuestions, ShuffleAnswers, QuestionsPerPage, Navigation, ReviewTiming, ReviewShowsMarks, ReviewShowsCorrectAnswers, ReviewShowsFeedback), errors);
    }

    /// <summary>A <c>datetime-local</c> value in the platform's zone as UTC; a time skipped by the spring change is refused.</summary>
    public static DateTime? ToUtc(DateTime? local, TimeZoneInfo zone, string what, List<string> errors)
    {
        if (local is not { } value)
        {
            return null;
        }

        var unspecified = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            errors.Add($"Час {what} припадає на перехід на літній час — такого часу немає. Вкажіть іншу годину.");
            return null;
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    /// <summary>The value a <c>datetime-local</c> input takes.</summary>
    public static string InputValue(DateTime? local) => local?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>An exception for one person, as the quiz page's form takes it.</summary>
internal sealed class OverrideForm
{
    [Display(Name = "Електронна пошта слухача")]
    public string? Email { get; set; }

    [Display(Name = "Обмеження часу, хвилин")]
    public int? TimeLimitMinutes { get; set; }

    [Display(Name = "Дозволено спроб (0 — без обмеження)")]
    public int? AttemptsAllowed { get; set; }

    [Display(Name = "Закривається для цієї людини (київський час)")]
    public DateTime? ClosesAt { get; set; }

    [Display(Name = "Причина")]
    public string? Reason { get; set; }
}

/// <summary>The quiz editor: settings, status, slots, the question picker, random draws and per-person exceptions.</summary>
internal sealed class QuizPage
{
    public required Quiz Quiz { get; init; }

    public required QuizForm Settings { get; init; }

    public required IReadOnlyList<SlotRow> Slots { get; init; }

    public int AttemptCount { get; init; }

    public required IReadOnlyList<CategoryNode> Categories { get; init; }

    public CategoryNode? PickerCategory { get; init; }

    public IReadOnlyList<QuestionRow> PickerQuestions { get; init; } = [];

    /// <summary>Ids of questions already placed in the quiz (the picker marks them).</summary>
    public IReadOnlySet<Guid> PlacedQuestionIds { get; init; } = new HashSet<Guid>();

    public IReadOnlyList<OverrideRow> Overrides { get; init; } = [];

    public bool InUse => AttemptCount > 0;

    public decimal TotalMarks => Slots.Sum(s => s.Mark * s.Count);

    public int QuestionCount => Slots.Sum(s => s.Count);
}

/// <summary>A quiz's results and the grader's right to regrade it.</summary>
internal sealed record ResultsPage(Quiz Quiz, IReadOnlyList<ResultRow> Rows, bool IsRegional);

internal sealed record StatisticsPage(Quiz Quiz, QuizStatistics Statistics, bool CanRegrade, bool IsRegional)
{
    public int LargestBand => Statistics.Distribution.Count == 0 ? 0 : Statistics.Distribution.Max(b => b.Count);

    /// <summary>0..100: the width class of a band's bar.</summary>
    public int BarWidth(ScoreBand band) => LargestBand == 0 ? 0 : (int)Math.Round(100.0 * band.Count / LargestBand);
}
