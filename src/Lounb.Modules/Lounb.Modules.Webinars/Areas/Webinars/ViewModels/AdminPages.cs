using System.ComponentModel.DataAnnotations;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Areas.Webinars.ViewModels;

/// <summary>A value and its Ukrainian label for a select.</summary>
internal sealed record Choice(string Value, string Text);

/// <summary>The scheduling form: one event, or the first meeting of a series with its rule.</summary>
internal sealed class EventForm
{
    public Guid? Id { get; set; }

    public Guid? SeriesId { get; set; }

    [Display(Name = "Назва")]
    public string? Title { get; set; }

    [Display(Name = "Опис (Markdown)")]
    public string? Description { get; set; }

    [Display(Name = "Вид")]
    public EventKind Kind { get; set; }

    [Display(Name = "Дата")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Початок (київський час)")]
    public TimeOnly? Time { get; set; }

    [Display(Name = "Тривалість, хв")]
    public int DurationMinutes { get; set; } = 90;

    [Display(Name = "Область")]
    public string? OblastCode { get; set; }

    [Display(Name = "Місце (хаб, бібліотека, адреса)")]
    public string? Location { get; set; }

    [Display(Name = "Набір курсу")]
    public Guid? CourseRunId { get; set; }

    [Display(Name = "Реєстрація")]
    public RegistrationMode RegistrationMode { get; set; }

    [Display(Name = "Кількість місць (порожньо — без обмежень)")]
    public int? Capacity { get; set; }

    [Display(Name = "Де відбувається онлайн")]
    public RoomKind RoomKind { get; set; }

    [Display(Name = "Посилання на зовнішню кімнату")]
    public string? ExternalUrl { get; set; }

    [Display(Name = "Спікери")]
    public string? Speakers { get; set; }

    [Display(Name = "Модератори")]
    public string? Moderators { get; set; }

    [Display(Name = "Матеріали (Markdown)")]
    public string? Materials { get; set; }

    [Display(Name = "Посилання на запис")]
    public string? RecordingUrl { get; set; }

    [Display(Name = "Повторювати (серія)")]
    public bool Repeat { get; set; }

    [Display(Name = "Як часто")]
    public SeriesFrequency Frequency { get; set; } = SeriesFrequency.Monthly;

    [Display(Name = "Інтервал")]
    public int Interval { get; set; } = 1;

    public List<DayOfWeek> Weekdays { get; set; } = [];

    [Display(Name = "Котрий день місяця")]
    public int MonthlyOrdinal { get; set; } = 1;

    [Display(Name = "День тижня")]
    public DayOfWeek MonthlyWeekday { get; set; } = DayOfWeek.Wednesday;

    [Display(Name = "До дати")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Або кількість зустрічей")]
    public int? Count { get; set; }

    [Display(Name = "Застосувати опис, ведучих і налаштування також до всіх наступних зустрічей серії")]
    public bool AlsoFutureOfSeries { get; set; }

    public IReadOnlyList<Choice> Oblasts { get; set; } = [];

    public bool MayPlanNational { get; set; }

    /// <summary>Runs the person may tie an event to, shown grouped under their course's title.</summary>
    public IReadOnlyList<RunSummary> Runs { get; set; } = [];

    public string? VideoProviderNote { get; set; }

    public EventInput ToInput() => new()
    {
        Title = Title, Description = Description, Kind = Kind, Date = Date, Time = Time, DurationMinutes = DurationMinutes,
        OblastCode = OblastCode, Location = Location, CourseRunId = CourseRunId, RegistrationMode = RegistrationMode, Capacity = Capacity,
        RoomKind = RoomKind, ExternalUrl = ExternalUrl, Speakers = Speakers, Moderators = Moderators, Materials = Materials, RecordingUrl = RecordingUrl,
    };

    public SeriesRuleInput? ToRule() => Repeat
        ? new SeriesRuleInput(Frequency, Interval, Weekdays, MonthlyOrdinal, MonthlyWeekday, EndsOn, Count)
        : null;
}

/// <summary>A line of the staff list of events.</summary>
/// <param name="InScope">The person moderates or manages events of its oblast (opens the staff page); otherwise they only host it (opens the public page).</param>
/// <param name="IsSpeaker">The person is one of its speakers.</param>
internal sealed record AdminEventItem(Guid Id, string Title, EventKind Kind, DateTime StartsAt, bool IsCancelled, string? OblastCode, bool InSeries, bool InScope, bool IsSpeaker, int Confirmed, int Pending, int Waitlisted);

internal sealed record AdminEventList(string Show, IReadOnlyList<AdminEventItem> Items, bool CanPlan);

/// <summary>One registrant as staff see them.</summary>
internal sealed record RegistrantRow(Guid RegistrationId, Guid UserId, string Name, string Email, string? OblastName, RegistrationStatus Status, DateTime CreatedAt);

/// <summary>The staff page of one event: facts, registrations, series neighbours.</summary>
internal sealed record AdminEventPage(
    WebinarEvent Event, string? SeriesDescription, IReadOnlyList<RegistrantRow> Registrants, IReadOnlyList<(Guid Id, DateTime StartsAt, bool IsCancelled)> SeriesMeetings,
    bool CanManage, int AttendedCount);

/// <summary>One person's attendance row for a trainer.</summary>
internal sealed record AttendanceRow(
    Guid UserId, string Name, string? OblastName, RegistrationStatus? Registration, int Minutes, bool AttendedByMinutes, bool? CorrectedAttended,
    int? CorrectedMinutes, string? CorrectionNote, bool SelfReported, DateTime? FirstJoinedAt, IReadOnlyList<string> Sources);

/// <summary>The attendance sheet; <paramref name="MarkingOpensAt"/> is set while check-ins and corrections are not yet possible.</summary>
internal sealed record AttendancePage(WebinarEvent Event, int NeededMinutes, IReadOnlyList<AttendanceRow> Rows, DateTime? MarkingOpensAt);
