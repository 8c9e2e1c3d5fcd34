using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Attestation.Import;

namespace Lounb.Modules.Attestation.Application;

/// <summary>A campaign in a list, with how many candidates are at each step.</summary>
internal sealed record CampaignRow(Guid Id, string Name, string OrderNumber, DateOnly OrderDate, string OblastName, CampaignStatus Status, IReadOnlyDictionary<CandidateStep, int> Steps)
{
    public int Candidates => Steps.Values.Sum();
}

internal sealed record MemberRow(Guid Id, Guid UserId, string FullName, string? Email, CommissionRole Role);

internal sealed record CandidateRow(Guid Id, string FullName, string Position, string LibraryName, string Email, CandidateStep Step, decimal? TestPercent, AttestationOutcome? Outcome);

/// <summary>The campaign page, for the methodologist and for the commission.</summary>
/// <param name="ViewerRole">The viewer's place in the commission; <c>null</c> for a methodologist outside it.</param>
internal sealed record CampaignPage(
    Campaign Campaign,
    string OblastName,
    IReadOnlyList<MemberRow> Members,
    IReadOnlyList<CandidateRow> Candidates,
    IReadOnlyDictionary<CandidateStep, int> Steps,
    bool CanManage,
    CommissionRole? ViewerRole)
{
    public bool CanRecord => ViewerRole is CommissionRole.Secretary or CommissionRole.Chair;

    /// <summary>The bad lines of a refused CSV import, shown on the page.</summary>
    public IReadOnlyList<CsvLineError> ImportErrors { get; init; } = [];

    /// <summary>Who has not taken the test while its window closes within <see cref="ReminderDays"/> days (empty otherwise).</summary>
    public IReadOnlyList<ReminderRow> DueForTest { get; init; } = [];

    public int ReminderDays { get; init; }

    /// <summary>The interview slots set so far, earliest first.</summary>
    public IReadOnlyList<TimetableRow> Timetable { get; init; } = [];

    /// <summary>The methodologist and the recording members send reminders.</summary>
    public bool CanRemind => (CanManage || CanRecord) && Campaign.Status != CampaignStatus.Closed;
}

internal sealed record NewCampaignPage(CampaignForm Form, IReadOnlyList<(string Code, string Name)> Oblasts, IReadOnlyList<Lounb.Modules.Core.Web.ReferenceOption> Quizzes);

/// <summary>A candidate as the commission sees them: the person, the test, the record and the decisions.</summary>
internal sealed record CandidatePage(
    Campaign Campaign,
    Candidate Candidate,
    string LibraryName,
    IReadOnlyList<MemberRow> Members,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyDictionary<Guid, string> Names,
    bool CanRecord,
    IReadOnlyList<Lounb.Modules.Core.Web.ReferenceOption> Courses);

/// <summary>What the candidate sees: their own step, decision, conditions and the appeal window.</summary>
internal sealed record MyAttestation(Guid CandidateId, string CampaignName, string OrderNumber, DateOnly OrderDate, CandidateStep Step, decimal? TestPercent,
    bool TestOpen, Decision? Decision, DateTime? AppealDeadline, bool CanAppeal, string? AppealText)
{
    /// <summary>When the test window closes (shown while the test is open).</summary>
    public DateTime? TestClosesAt { get; init; }

    /// <summary>The interview slot the secretary set, with its place or link.</summary>
    public DateTime? InterviewAt { get; init; }

    public string? InterviewPlace { get; init; }

    /// <summary>The campaign's questionnaire while the candidate may still fill it; null otherwise.</summary>
    public Guid? QuestionnaireToFill { get; init; }

    /// <summary>The candidate handed in the campaign's questionnaire.</summary>
    public bool QuestionnaireFilled { get; init; }

    /// <summary>An interview is set and not yet held.</summary>
    public bool AwaitsInterview => InterviewAt is not null && Step is CandidateStep.Invited or CandidateStep.TestTaken;
}

/// <summary>The outcome of a CSV import: how many were added, or every bad line.</summary>
internal sealed record ImportReport(int Imported, IReadOnlyList<CsvLineError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>The secretary's record of a sitting on one candidate: who is present and how each voted.</summary>
internal sealed record VoteSheet(IReadOnlyCollection<Guid> Present, IReadOnlyDictionary<Guid, AttestationOutcome> Votes, DecisionInput Decision);
