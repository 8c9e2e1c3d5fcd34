using Lounb.Modules.Hubs.Domain;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>
/// What hubs did in a period, summed from APPROVED revisions only (a report waiting, returned or being corrected counts
/// with its last approved figures, or not at all): reports filed and approved, events, participants by group,
/// consultations by e-service.
/// </summary>
internal sealed record ActivityTotals(int Hubs, int ActiveHubs, int ReportsFiled, int ReportsApproved, int Events, ParticipantCounts Participants, ConsultationCounts Consultations)
{
    public static ActivityTotals None { get; } = new(0, 0, 0, 0, 0, ParticipantCounts.None, ConsultationCounts.None);

    public ActivityTotals Plus(ActivityTotals other) => new(
        Hubs + other.Hubs, ActiveHubs + other.ActiveHubs, ReportsFiled + other.ReportsFiled, ReportsApproved + other.ReportsApproved,
        Events + other.Events, Participants.Plus(other.Participants), Consultations.Plus(other.Consultations));

    /// <summary>One hub's totals over its reports of the period.</summary>
    public static ActivityTotals Of(Hub hub, IEnumerable<ReportOfMonth> reports)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var list = reports.ToList();
        var approved = list.Select(r => r.Approved).OfType<ReportRevision>().ToList();
        return new ActivityTotals(
            1,
            hub.Status is HubStatus.Active or HubStatus.Mobile or HubStatus.Relocated ? 1 : 0,
            list.Count(r => r.History.Any(h => h.Action == ReportAction.Submitted)),
            approved.Count,
            approved.Sum(r => r.Events.Count),
            approved.Aggregate(ParticipantCounts.None, (sum, r) => sum.Plus(r.Participants)),
            approved.Aggregate(ConsultationCounts.None, (sum, r) => sum.Plus(r.Consultations)));
    }
}

/// <summary>A chosen period of whole months, from and to inclusive.</summary>
internal readonly record struct ReportPeriod(ReportMonth From, ReportMonth To)
{
    public string Title => From == To ? From.Title : $"{From.Title} — {To.Title}";
}

internal sealed record HubActivityRow(Guid HubId, string Name, HubStatus Status, ActivityTotals Totals);

internal sealed record OblastDashboardPage(
    string OblastCode,
    string OblastName,
    IReadOnlyList<(string Code, string Name)> Oblasts,
    ReportPeriod Period,
    IReadOnlyList<HubActivityRow> Hubs,
    ActivityTotals Totals);

internal sealed record OblastActivityRow(string Code, string Name, ActivityTotals Totals);

internal sealed record NationalTablePage(ReportPeriod Period, IReadOnlyList<OblastActivityRow> Oblasts, ActivityTotals Totals);

internal static class HubStatusText
{
    public static string Of(HubStatus status) => status switch
    {
        HubStatus.Active => "Працює",
        HubStatus.Paused => "Призупинено",
        HubStatus.Relocated => "Релокований",
        _ => "Мобільний",
    };
}

/// <summary>The period (and oblast) picker above the dashboards.</summary>
internal sealed record PeriodFilter(string Action, ReportPeriod Period, string? Oblast, IReadOnlyList<(string Code, string Name)>? Oblasts);
