using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Attestation.Tests;

public sealed class CandidateWorkflowTests
{
    private const int AppealDays = 10;
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Methodologist = Guid.NewGuid();

    private static string Show(DateTime utc) => utc.ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static Candidate NewCandidate() =>
        new(Guid.NewGuid(), new CandidatePerson("Коваленко", "Олена", "Петрівна", "бібліотекар", Guid.NewGuid(), "olena@example.org"), Guid.NewGuid(), Methodologist, Now);

    private static Candidate Interviewed()
    {
        var candidate = NewCandidate();
        candidate.RecordTest(Guid.NewGuid(), 80m, true, Now.AddHours(1));
        Assert.True(candidate.RecordInterview("Знає закон про бібліотеки.", Guid.NewGuid(), Now.AddDays(1)).IsSuccess);
        return candidate;
    }

    internal static Result<Decision> DecideAll(Candidate candidate, AttestationOutcome vote, DateTime at, DecisionInput? input = null)
    {
        var (commission, chair, deputy, secretary, m1, m2) = CommissionTests.FiveMembers();
        Guid[] present = [chair, deputy, secretary, m1, m2];
        return candidate.Decide(commission, QuorumRule.TwoThirds, present, present.ToDictionary(p => p, _ => vote),
            input ?? new DecisionInput(CategoryRecommendation.Keep, []), secretary, at);
    }

    [Fact]
    public void WholePath_EveryStepRecordedWithWhoAndWhen_NothingRemoved()
    {
        var candidate = NewCandidate();
        var secretary = Guid.NewGuid();
        var person = candidate.UserId!.Value;

        Assert.True(candidate.RecordTest(Guid.NewGuid(), 75m, true, Now.AddHours(1)));
        Assert.True(candidate.RecordInterview("Нотатки", secretary, Now.AddDays(1)).IsSuccess);
        var decision = DecideAll(candidate, AttestationOutcome.Fit, Now.AddDays(2));
        Assert.True(candidate.Notify(secretary, Now.AddDays(3)).IsSuccess);
        Assert.True(candidate.Appeal("Не згодна з оцінкою тесту.", person, AppealDays, Now.AddDays(5), Show).IsSuccess);
        var second = DecideAll(candidate, AttestationOutcome.Fit, Now.AddDays(7));
        Assert.True(candidate.MakeFinal(secretary, AppealDays, Now.AddDays(8), Show).IsSuccess);

        Assert.Equal(CandidateStep.Final, candidate.Step);
        Assert.Equal(1, decision.Value.Round);
        Assert.Equal(2, second.Value.Round);
        Assert.Equal(
            [CandidateEventKind.Invited, CandidateEventKind.TestTaken, CandidateEventKind.Interviewed, CandidateEventKind.Decided, CandidateEventKind.Notified,
                CandidateEventKind.Appealed, CandidateEventKind.Redecided, CandidateEventKind.Final],
            candidate.Events.Select(e => e.Kind));
        Guid? By(CandidateEventKind kind) => candidate.Events.Single(e => e.Kind == kind).ById;
        Assert.Equal(Methodologist, By(CandidateEventKind.Invited));
        Assert.Null(By(CandidateEventKind.TestTaken));
        Assert.Equal(secretary, By(CandidateEventKind.Interviewed));
        Assert.Equal(decision.Value.RecordedById, By(CandidateEventKind.Decided));
        Assert.Equal(secretary, By(CandidateEventKind.Notified));
        Assert.Equal(person, By(CandidateEventKind.Appealed));
        Assert.Equal(secretary, By(CandidateEventKind.Final));
        Assert.Equal(Now.AddDays(5), candidate.Events.Single(e => e.Kind == CandidateEventKind.Appealed).At);
    }

    [Fact]
    public void RecordTest_SameAttemptTwice_ChangesNothingTheSecondTime()
    {
        var candidate = NewCandidate();
        var attempt = Guid.NewGuid();

        Assert.True(candidate.RecordTest(attempt, 60m, true, Now));
        Assert.False(candidate.RecordTest(attempt, 60m, true, Now));

        Assert.Equal(2, candidate.Events.Count);
        Assert.Equal(1, candidate.AttemptsCounted);
    }

    [Fact]
    public void RecordTest_RegradeOfTheCountedAttempt_UpdatesTheResult()
    {
        var candidate = NewCandidate();
        var attempt = Guid.NewGuid();
        candidate.RecordTest(attempt, 60m, true, Now);

        Assert.True(candidate.RecordTest(attempt, 45m, false, Now.AddHours(2)));

        Assert.Equal(45m, candidate.TestPercent);
        Assert.Equal(CandidateEventKind.TestRegraded, candidate.Events[^1].Kind);
    }

    [Fact]
    public void RecordTest_SecondAttemptWithoutRetake_IsNotCounted()
    {
        var candidate = NewCandidate();
        var first = Guid.NewGuid();
        candidate.RecordTest(first, 40m, false, Now);

        Assert.False(candidate.RecordTest(Guid.NewGuid(), 95m, true, Now.AddHours(1)));

        Assert.Equal(first, candidate.TestAttemptId);
        Assert.Equal(40m, candidate.TestPercent);
    }

    [Fact]
    public void GrantRetake_WithReason_NextAttemptCountsAndTheOneAfterDoesNot()
    {
        var candidate = NewCandidate();
        candidate.RecordTest(Guid.NewGuid(), 40m, false, Now);

        Assert.True(candidate.GrantRetake("Перебої зі зв'язком під час тесту.", Guid.NewGuid(), Now.AddHours(1)).IsSuccess);
        var second = Guid.NewGuid();
        Assert.True(candidate.RecordTest(second, 85m, true, Now.AddHours(2)));
        Assert.False(candidate.RecordTest(Guid.NewGuid(), 100m, true, Now.AddHours(3)));

        Assert.Equal(second, candidate.TestAttemptId);
        Assert.Equal(85m, candidate.TestPercent);
        Assert.Contains(candidate.Events, e => e.Kind == CandidateEventKind.RetakeGranted && e.Note == "Перебої зі зв'язком під час тесту.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void GrantRetake_WithoutReason_RefusedAndNothingChanges(string? reason)
    {
        var candidate = NewCandidate();
        candidate.RecordTest(Guid.NewGuid(), 40m, false, Now);

        var result = candidate.GrantRetake(reason, Guid.NewGuid(), Now);

        Assert.Equal("Attestation:RetakeNeedsReason", result.Error!.Code);
        Assert.Equal(1, candidate.AttemptsAllowed);
        Assert.Equal(2, candidate.Events.Count);
    }

    [Fact]
    public void GrantRetake_BeforeAnyAttemptOrTwiceInARow_Refused()
    {
        var candidate = NewCandidate();
        Assert.Equal("Attestation:StepNotAllowed", candidate.GrantRetake("причина", Guid.NewGuid(), Now).Error!.Code);

        candidate.RecordTest(Guid.NewGuid(), 40m, false, Now);
        candidate.GrantRetake("причина", Guid.NewGuid(), Now);

        Assert.Equal("Attestation:StepNotAllowed", candidate.GrantRetake("ще раз", Guid.NewGuid(), Now).Error!.Code);
        Assert.Equal(2, candidate.AttemptsAllowed);
    }

    [Fact]
    public void RecordTest_AfterTheInterview_IsIgnored()
    {
        var candidate = Interviewed();

        Assert.False(candidate.RecordTest(Guid.NewGuid(), 10m, false, Now.AddDays(2)));
        Assert.Equal(80m, candidate.TestPercent);
    }

    [Fact]
    public void RecordInterview_BeforeTheTest_Refused()
    {
        var candidate = NewCandidate();

        var result = candidate.RecordInterview("Нотатки", Guid.NewGuid(), Now);

        Assert.Equal("Attestation:StepNotAllowed", result.Error!.Code);
        Assert.Contains("«Запрошено»", result.Error.Message, StringComparison.Ordinal);
        Assert.Null(candidate.InterviewNotes);
    }

    [Fact]
    public void RecordInterview_EmptyOrTooLong_Refused()
    {
        var candidate = NewCandidate();
        candidate.RecordTest(Guid.NewGuid(), 80m, true, Now);

        Assert.Equal("Attestation:InterviewNotesRequired", candidate.RecordInterview(" ", Guid.NewGuid(), Now).Error!.Code);
        Assert.Equal("Attestation:InterviewNotesTooLong",
            candidate.RecordInterview(new string('а', AttestationLimits.InterviewNotesLength + 1), Guid.NewGuid(), Now).Error!.Code);
        Assert.Equal(CandidateStep.TestTaken, candidate.Step);
    }

    [Fact]
    public void Decide_BeforeTheInterview_Refused()
    {
        var candidate = NewCandidate();
        candidate.RecordTest(Guid.NewGuid(), 80m, true, Now);

        Assert.Equal("Attestation:StepNotAllowed", DecideAll(candidate, AttestationOutcome.Fit, Now).Error!.Code);
        Assert.Equal(CandidateStep.TestTaken, candidate.Step);
    }

    [Fact]
    public void Decide_WithoutQuorum_RefusedAndTheStepStays()
    {
        var candidate = Interviewed();
        var (commission, chair, _, secretary, _, _) = CommissionTests.FiveMembers();

        var result = candidate.Decide(commission, QuorumRule.TwoThirds, [chair, secretary],
            new Dictionary<Guid, AttestationOutcome> { [chair] = AttestationOutcome.Fit, [secretary] = AttestationOutcome.Fit },
            new DecisionInput(CategoryRecommendation.None, []), secretary, Now.AddDays(2));

        Assert.Equal("Attestation:NoQuorum", result.Error!.Code);
        Assert.Equal(CandidateStep.Interviewed, candidate.Step);
        Assert.DoesNotContain(candidate.Events, e => e.Kind == CandidateEventKind.Decided);
    }

    [Fact]
    public void Decide_WithConditionsOutcome_NeedsAConditionDueLater()
    {
        var candidate = Interviewed();
        var at = Now.AddDays(2);

        Assert.Equal("Attestation:ConditionsRequired", DecideAll(candidate, AttestationOutcome.FitWithConditions, at).Error!.Code);
        Assert.Equal("Attestation:ConditionDueInPast", DecideAll(candidate, AttestationOutcome.FitWithConditions, at,
            new DecisionInput(CategoryRecommendation.None, [new ConditionInput("Пройти курс", DateOnly.FromDateTime(at), null)])).Error!.Code);
        Assert.Equal(CandidateStep.Interviewed, candidate.Step);

        var course = Guid.NewGuid();
        var decision = DecideAll(candidate, AttestationOutcome.FitWithConditions, at,
            new DecisionInput(CategoryRecommendation.Raise, [new ConditionInput("Пройти курс «Закон про бібліотеки»", new DateOnly(2026, 9, 1), course)])).Value;

        Assert.Equal(CategoryRecommendation.Raise, decision.Category);
        Assert.Equal(course, Assert.Single(decision.Conditions).CourseId);
        Assert.Equal(5, decision.Votes.Count);
        Assert.Equal(5, decision.VotesFitWithConditions);
    }

    [Fact]
    public void Decide_NotConditionalOutcome_DropsTheConditionsGiven()
    {
        var candidate = Interviewed();

        var decision = DecideAll(candidate, AttestationOutcome.Fit, Now.AddDays(2),
            new DecisionInput(CategoryRecommendation.None, [new ConditionInput("Пройти курс", new DateOnly(2026, 9, 1), null)])).Value;

        Assert.Empty(decision.Conditions);
    }

    [Fact]
    public void ConditionMet_Twice_RecordedOnce()
    {
        var candidate = Interviewed();
        var decision = DecideAll(candidate, AttestationOutcome.FitWithConditions, Now.AddDays(2),
            new DecisionInput(CategoryRecommendation.None, [new ConditionInput("Пройти курс", new DateOnly(2026, 9, 1), Guid.NewGuid())])).Value;
        var condition = decision.Conditions[0];

        candidate.ConditionMet(condition, null, Now.AddDays(30));
        candidate.ConditionMet(condition, null, Now.AddDays(31));

        Assert.Equal(Now.AddDays(30), condition.MetAt);
        Assert.Single(candidate.Events, e => e.Kind == CandidateEventKind.ConditionMet);
    }

    [Fact]
    public void Appeal_AfterTheDeadline_RefusedAndNothingChanges()
    {
        var candidate = Interviewed();
        DecideAll(candidate, AttestationOutcome.NotFit, Now.AddDays(2));
        candidate.Notify(null, Now.AddDays(3));

        var result = candidate.Appeal("Не згодна.", candidate.UserId!.Value, AppealDays, Now.AddDays(3 + AppealDays).AddMinutes(1), Show);

        Assert.Equal("Attestation:AppealTooLate", result.Error!.Code);
        Assert.Contains("15.03.2026 10:00", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(CandidateStep.Notified, candidate.Step);
        Assert.Null(candidate.AppealText);
    }

    [Fact]
    public void Appeal_OnTheLastMomentOfTheWindow_Accepted()
    {
        var candidate = Interviewed();
        DecideAll(candidate, AttestationOutcome.NotFit, Now.AddDays(2));
        candidate.Notify(null, Now.AddDays(3));

        Assert.True(candidate.Appeal("Не згодна.", candidate.UserId!.Value, AppealDays, Now.AddDays(3 + AppealDays), Show).IsSuccess);
        Assert.Equal(CandidateStep.Appealed, candidate.Step);
    }

    [Fact]
    public void Appeal_WithoutTextOrBeforeNotification_Refused()
    {
        var candidate = Interviewed();
        Assert.Equal("Attestation:StepNotAllowed", candidate.Appeal("Не згодна.", Guid.NewGuid(), AppealDays, Now, Show).Error!.Code);

        DecideAll(candidate, AttestationOutcome.NotFit, Now.AddDays(2));
        Assert.Equal("Attestation:StepNotAllowed", candidate.Appeal("Не згодна.", Guid.NewGuid(), AppealDays, Now.AddDays(2), Show).Error!.Code);
        candidate.Notify(null, Now.AddDays(3));

        Assert.Equal("Attestation:AppealReasonRequired", candidate.Appeal(" ", Guid.NewGuid(), AppealDays, Now.AddDays(4), Show).Error!.Code);
    }

    [Fact]
    public void MakeFinal_WhileTheAppealWindowIsOpen_Refused_AfterItAccepted()
    {
        var candidate = Interviewed();
        DecideAll(candidate, AttestationOutcome.Fit, Now.AddDays(2));
        candidate.Notify(null, Now.AddDays(3));

        Assert.Equal("Attestation:AppealWindowOpen", candidate.MakeFinal(null, AppealDays, Now.AddDays(4), Show).Error!.Code);
        Assert.True(candidate.MakeFinal(null, AppealDays, Now.AddDays(3 + AppealDays + 1), Show).IsSuccess);
        Assert.Equal(CandidateStep.Final, candidate.Step);
    }

    [Fact]
    public void Notify_BeforeADecision_Refused()
    {
        var candidate = Interviewed();

        Assert.Equal("Attestation:StepNotAllowed", candidate.Notify(null, Now).Error!.Code);
        Assert.Null(candidate.NotifiedAt);
    }
}
