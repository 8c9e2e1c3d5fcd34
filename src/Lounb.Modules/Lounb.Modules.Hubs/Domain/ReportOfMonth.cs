using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

/// <summary>
/// A hub's monthly activity report (one per hub and month). Its figures live in revisions: the last one is the one
/// being worked on; the last approved one is what counts. A correction after approval opens a new revision, so the
/// approved figures change only when the correction is approved in turn, and every revision stays in the history.
/// </summary>
internal sealed class ReportOfMonth
{
    private ReportOfMonth()
    {
    }

    public ReportOfMonth(Hub hub, Guid coordinatorId, ReportMonth month, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(hub);
        Id = Guid.CreateVersion7();
        HubId = hub.Id;
        OblastCode = hub.OblastCode;
        LibraryId = hub.LibraryId;
        CoordinatorId = coordinatorId;
        Year = month.Year;
        Month = month.Month;
        CreatedAt = now;
        Revisions.Add(new ReportRevision(Id, 1, ReportFigures.Empty, now));
    }

    public Guid Id { get; private set; }

    public Guid HubId { get; private set; }

    public string OblastCode { get; private set; } = "";

    public Guid LibraryId { get; private set; }

    /// <summary>The coordinator who opened the report; their current mentor reviews it.</summary>
    public Guid CoordinatorId { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public List<ReportRevision> Revisions { get; private set; } = [];

    public List<ReportHistoryEntry> History { get; private set; } = [];

    public ReportMonth Period => new(Year, Month);

    /// <summary>The revision being worked on (the last one).</summary>
    public ReportRevision Working => Revisions.MaxBy(r => r.Number)!;

    /// <summary>The figures that count: the last approved revision, if any.</summary>
    public ReportRevision? Approved => Revisions.Where(r => r.Status == ReportStatus.Approved).MaxBy(r => r.Number);

    /// <summary>The coordinator saves what they typed; only a draft or a returned report can change.</summary>
    public Result Save(ReportFigures figures, DateOnly today, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (Working.Status is not (ReportStatus.Draft or ReportStatus.Returned))
        {
            return HubsErrors.ReportNotEditable;
        }

        if (figures.Check(Period, today).Failed(out var error))
        {
            return error;
        }

        Working.Replace(figures, now);
        return Result.Success();
    }

    public Result Submit(Guid personId, DateTime now)
    {
        if (Working.Status is not (ReportStatus.Draft or ReportStatus.Returned))
        {
            return HubsErrors.ReportNotEditable;
        }

        Working.Decide(ReportStatus.Submitted, null, null, now);
        Working.SubmittedAt = now;
        Log(ReportAction.Submitted, personId, null, now);
        return Result.Success();
    }

    public Result Return(Guid mentorId, string? comment, DateTime now)
    {
        if (Working.Status != ReportStatus.Submitted)
        {
            return HubsErrors.ReportNotSubmitted;
        }

        var text = comment?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return HubsErrors.ReturnCommentRequired;
        }

        if (text.Length > ReportLimits.CommentLength)
        {
            return HubsErrors.ReturnCommentTooLong;
        }

        Working.Decide(ReportStatus.Returned, mentorId, text, now);
        Log(ReportAction.Returned, mentorId, text, now);
        return Result.Success();
    }

    public Result Approve(Guid mentorId, DateTime now)
    {
        if (Working.Status != ReportStatus.Submitted)
        {
            return HubsErrors.ReportNotSubmitted;
        }

        Working.Decide(ReportStatus.Approved, mentorId, null, now);
        Log(ReportAction.Approved, mentorId, null, now);
        return Result.Success();
    }

    /// <summary>Opens a new draft revision with the approved figures; the approved revision keeps counting until the new one is approved.</summary>
    public Result StartCorrection(Guid personId, DateTime now)
    {
        var working = Working;
        if (working.Status != ReportStatus.Approved)
        {
            return HubsErrors.ReportNotApproved;
        }

        Revisions.Add(new ReportRevision(Id, working.Number + 1, working.Figures, now));
        Log(ReportAction.CorrectionStarted, personId, null, now);
        return Result.Success();
    }

    private void Log(ReportAction action, Guid personId, string? comment, DateTime now) =>
        History.Add(new ReportHistoryEntry(Id, Working.Number, action, personId, comment, now));
}

/// <summary>One version of a report's figures with its review.</summary>
internal sealed class ReportRevision
{
    private ReportRevision()
    {
    }

    public ReportRevision(Guid reportId, int number, ReportFigures figures, DateTime now)
    {
        Id = Guid.CreateVersion7();
        ReportId = reportId;
        Number = number;
        Status = ReportStatus.Draft;
        Replace(figures, now);
    }

    public Guid Id { get; private set; }

    public Guid ReportId { get; private set; }

    public int Number { get; private set; }

    public ReportStatus Status { get; private set; }

    public string? Notes { get; private set; }

    public int ConsultationsDiia { get; private set; }

    public int ConsultationsHousingAndIdpAid { get; private set; }

    public int ConsultationsPensionFund { get; private set; }

    public int ConsultationsTax { get; private set; }

    public int ConsultationsHealth { get; private set; }

    public int ConsultationsOther { get; private set; }

    public List<ReportEvent> Events { get; private set; } = [];

    public DateTime UpdatedAt { get; private set; }

    public DateTime? SubmittedAt { get; internal set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    /// <summary>The mentor's comment when they returned it.</summary>
    public string? ReviewComment { get; private set; }

    public ConsultationCounts Consultations =>
        new(ConsultationsDiia, ConsultationsHousingAndIdpAid, ConsultationsPensionFund, ConsultationsTax, ConsultationsHealth, ConsultationsOther);

    public ParticipantCounts Participants => Events.Aggregate(ParticipantCounts.None, (sum, e) => sum.Plus(e.Participants));

    public ReportFigures Figures =>
        new(Events.OrderBy(e => e.Date).ThenBy(e => e.Order).Select(e => new ReportEventInput(e.Kind, e.Date, e.Topic, e.Participants)).ToList(), Consultations, Notes);

    internal void Replace(ReportFigures figures, DateTime now)
    {
        Events.Clear();
        var order = 0;
        foreach (var item in figures.Events)
        {
            Events.Add(new ReportEvent(Id, ++order, item.Kind, item.Date!.Value, item.Topic!.Trim(), item.Participants));
        }

        var c = figures.Consultations;
        (ConsultationsDiia, ConsultationsHousingAndIdpAid, ConsultationsPensionFund, ConsultationsTax, ConsultationsHealth, ConsultationsOther) =
            (c.Diia, c.HousingAndIdpAid, c.PensionFund, c.Tax, c.Health, c.Other);
        Notes = string.IsNullOrWhiteSpace(figures.Notes) ? null : figures.Notes.Trim();
        UpdatedAt = now;
    }

    internal void Decide(ReportStatus status, Guid? reviewer, string? comment, DateTime now)
    {
        Status = status;
        if (reviewer is not null)
        {
            ReviewedBy = reviewer;
            ReviewedAt = now;
            ReviewComment = comment;
        }

        UpdatedAt = now;
    }
}

/// <summary>An event a hub held, as one revision reports it.</summary>
internal sealed class ReportEvent
{
    private ReportEvent()
    {
    }

    public ReportEvent(Guid revisionId, int order, ReportEventKind kind, DateOnly date, string topic, ParticipantCounts participants)
    {
        Id = Guid.CreateVersion7();
        RevisionId = revisionId;
        Order = order;
        Kind = kind;
        Date = date;
        Topic = topic;
        (Displaced, Older, Youth, WithDisabilities, Other) =
            (participants.Displaced, participants.Older, participants.Youth, participants.WithDisabilities, participants.Other);
    }

    public Guid Id { get; private set; }

    public Guid RevisionId { get; private set; }

    public int Order { get; private set; }

    public ReportEventKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    public string Topic { get; private set; } = "";

    public int Displaced { get; private set; }

    public int Older { get; private set; }

    public int Youth { get; private set; }

    public int WithDisabilities { get; private set; }

    public int Other { get; private set; }

    public ParticipantCounts Participants => new(Displaced, Older, Youth, WithDisabilities, Other);
}

/// <summary>A step of a report's history: who submitted, returned (with the comment), approved or reopened which revision, when.</summary>
internal sealed class ReportHistoryEntry
{
    private ReportHistoryEntry()
    {
    }

    public ReportHistoryEntry(Guid reportId, int revision, ReportAction action, Guid personId, string? comment, DateTime at)
    {
        Id = Guid.CreateVersion7();
        ReportId = reportId;
        Revision = revision;
        Action = action;
        PersonId = personId;
        Comment = comment;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid ReportId { get; private set; }

    public int Revision { get; private set; }

    public ReportAction Action { get; private set; }

    public Guid PersonId { get; private set; }

    public string? Comment { get; private set; }

    public DateTime At { get; private set; }
}
