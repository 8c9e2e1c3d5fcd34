using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Areas.Webinars.ViewModels;

/// <summary>One line of the events list.</summary>
internal sealed record EventListItem(
    Guid Id, string Title, EventKind Kind, DateTime StartsAt, int DurationMinutes, bool IsCancelled, string? SeriesRule,
    RegistrationMode Mode, int? SeatsLeft, RegistrationStatus? MyStatus, bool HasRecording, int LaterInSeries = 0);

/// <summary>The events list: upcoming, mine or past (with recordings).</summary>
internal sealed record EventListPage(string Show, IReadOnlyList<EventListItem> Items);

/// <summary>An event's page: what it is, when, who leads it, and what the visitor can do (register, cancel, join).</summary>
internal sealed record EventDetailsPage(
    WebinarEvent Event,
    string DescriptionHtml,
    string MaterialsHtml,
    string? SeriesDescription,
    IReadOnlyList<EventHost> Hosts,
    bool SignedIn,
    Registration? Registration,
    int? WaitlistPosition,
    bool CanEnterNow,
    string? EnterRefusal,
    bool IsOver,
    bool CanManage,
    bool CanModerate,
    bool InCohort,
    string? CourseRunTitle);
