using Lounb.Modules.Hubs.Domain;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>A report in a list.</summary>
internal sealed record ReportRow(Guid Id, string HubName, string Coordinator, ReportMonth Month, ReportStatus Status, int Revision, bool HasApproved, DateTime? SubmittedAt, string? Comment);

/// <summary>The coordinator's hubs with their reports, and the month a new report defaults to.</summary>
internal sealed record MyReportsPage(IReadOnlyList<HubReports> Hubs, ReportMonth DefaultMonth, ReportMonth LatestMonth, int UnreadDigests);

internal sealed record HubReports(Guid HubId, string HubName, IReadOnlyList<ReportRow> Reports);

/// <summary>One revision's figures as shown (read-only).</summary>
internal sealed record RevisionView(int Number, ReportStatus Status, ReportFigures Figures, ParticipantCounts Participants, DateTime UpdatedAt, string? ReviewComment);

internal sealed record HistoryLine(DateTime At, int Revision, ReportAction Action, string Person, string? Comment);

/// <summary>
/// A report's page for its coordinator (<see cref="Editable"/>: the form) or its mentor (<see cref="Reviewable"/>: approve
/// or return); both see the approved figures, every revision and the history.
/// </summary>
internal sealed record ReportPage(
    Guid Id,
    string HubName,
    string Coordinator,
    ReportMonth Month,
    ReportStatus Status,
    int Revision,
    bool Editable,
    bool Reviewable,
    bool CanCorrect,
    ReportForm Form,
    RevisionView? Approved,
    IReadOnlyList<RevisionView> Revisions,
    IReadOnlyList<HistoryLine> History,
    DateOnly Today)
{
    /// <summary>The mentor's comment the coordinator must address (the working revision was returned).</summary>
    public string? ReturnComment => Status == ReportStatus.Returned ? Revisions.FirstOrDefault(r => r.Number == Revision)?.ReviewComment : null;
}

/// <summary>The mentor's queue: reports waiting for review, returned ones, approved ones.</summary>
internal sealed record ReviewQueuePage(IReadOnlyList<ReportRow> Waiting, IReadOnlyList<ReportRow> Returned, IReadOnlyList<ReportRow> Approved);
