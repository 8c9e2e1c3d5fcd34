using Lounb.Modules.Courses.Domain;

namespace Lounb.Modules.Courses.Tests;

/// <summary>The enrolment, capacity, waiting-list, approval, prerequisite and completion rules, without a database.</summary>
public sealed class EnrolmentRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly DateTime Now = new(2026, 12, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly EnrolmentApplicant Newcomer = new(InviteCode: null, NeedsGuardianConsent: false, MissingPrerequisites: 0, Current: null);

    private static CourseRun Run(EnrolmentMode mode = EnrolmentMode.Open, int? capacity = null, RunState state = RunState.Published, string? inviteCode = null) =>
        new(Guid.NewGuid(), "Осінній потік", Today.AddDays(-10), Today.AddDays(30)) { Mode = mode, Capacity = capacity, State = state, InviteCode = inviteCode };

    [Fact]
    public void Refusal_OpenPublishedRunAndNewcomer_AllowsEnrolment()
    {
        Assert.Null(EnrolmentRules.Refusal(Run(), CourseStatus.Published, Today, Newcomer));
    }

    [Theory]
    [InlineData(nameof(RunState.Draft), nameof(CourseStatus.Published), 0)]
    [InlineData(nameof(RunState.Closed), nameof(CourseStatus.Published), 0)]
    [InlineData(nameof(RunState.Published), nameof(CourseStatus.Draft), 0)]
    [InlineData(nameof(RunState.Published), nameof(CourseStatus.Archived), 0)]
    [InlineData(nameof(RunState.Published), nameof(CourseStatus.Published), 31)]
    public void Refusal_RunNotOpenOrCourseNotPublished_SaysClosed(string state, string courseStatus, int daysLater)
    {
        var refusal = EnrolmentRules.Refusal(Run(state: Enum.Parse<RunState>(state)), Enum.Parse<CourseStatus>(courseStatus), Today.AddDays(daysLater), Newcomer);

        Assert.Same(CourseErrors.RunClosed, refusal);
    }

    [Fact]
    public void Refusal_LastDayOfRun_StillOpen()
    {
        Assert.Null(EnrolmentRules.Refusal(Run(), CourseStatus.Published, Today.AddDays(30), Newcomer));
    }

    [Fact]
    public void Refusal_AssignedRun_OnlyAMethodologistEnrols()
    {
        Assert.Same(CourseErrors.AssignedOnly, EnrolmentRules.Refusal(Run(EnrolmentMode.Assigned), CourseStatus.Published, Today, Newcomer));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("YOI-2027", false)]
    [InlineData("yoi-2026", true)]
    [InlineData("  YOI-2026 ", true)]
    public void Refusal_InviteCodeRun_AcceptsTheCodeWhateverItsCaseAndSpaces(string? typed, bool accepted)
    {
        var refusal = EnrolmentRules.Refusal(Run(EnrolmentMode.InviteCode, inviteCode: "YOI-2026"), CourseStatus.Published, Today, Newcomer with { InviteCode = typed });

        Assert.Equal(accepted ? null : CourseErrors.WrongInviteCode, refusal);
    }

    [Fact]
    public void Refusal_ChildWithoutGuardianConsent_IsRefused()
    {
        Assert.Same(CourseErrors.ConsentMissing, EnrolmentRules.Refusal(Run(), CourseStatus.Published, Today, Newcomer with { NeedsGuardianConsent = true }));
    }

    [Fact]
    public void Refusal_PrerequisiteNotCompleted_IsRefused()
    {
        Assert.Same(CourseErrors.PrerequisiteMissing, EnrolmentRules.Refusal(Run(), CourseStatus.Published, Today, Newcomer with { MissingPrerequisites = 1 }));
    }

    [Theory]
    [InlineData(nameof(EnrollmentStatus.Active), false)]
    [InlineData(nameof(EnrollmentStatus.Waitlisted), false)]
    [InlineData(nameof(EnrollmentStatus.PendingApproval), false)]
    [InlineData(nameof(EnrollmentStatus.Completed), false)]
    [InlineData(nameof(EnrollmentStatus.Withdrawn), true)]
    [InlineData(nameof(EnrollmentStatus.Rejected), true)]
    public void Refusal_ExistingEnrolment_OnlyAWithdrawnOrRejectedPersonMayAskAgain(string current, bool mayAsk)
    {
        var refusal = EnrolmentRules.Refusal(Run(), CourseStatus.Published, Today, Newcomer with { Current = Enum.Parse<EnrollmentStatus>(current) });

        Assert.Equal(mayAsk ? null : CourseErrors.AlreadyEnrolled, refusal);
    }

    [Fact]
    public void Admit_CapacityTwo_TwoSeatsThenWaitingList()
    {
        var run = Run(capacity: 2);

        var places = Enumerable.Range(0, 4).Select(_ => run.Admit()).ToList();

        Assert.Equal([EnrollmentStatus.Active, EnrollmentStatus.Active, EnrollmentStatus.Waitlisted, EnrollmentStatus.Waitlisted], places);
        Assert.Equal(2, run.SeatsTaken);
        Assert.Equal(0, run.FreeSeats);
    }

    [Fact]
    public void Admit_UnlimitedRun_AlwaysASeat()
    {
        var run = Run();

        Assert.All(Enumerable.Range(0, 50).Select(_ => run.Admit()), s => Assert.Equal(EnrollmentStatus.Active, s));
        Assert.Equal(int.MaxValue, run.FreeSeats);
    }

    [Fact]
    public void Admit_ApprovalRun_WaitsForApprovalAndTakesNoSeat()
    {
        var run = Run(EnrolmentMode.Approval, capacity: 1);

        Assert.Equal(EnrollmentStatus.PendingApproval, run.Admit());
        Assert.Equal(0, run.SeatsTaken);
        Assert.Equal(EnrollmentStatus.Active, run.SeatOrWaitingList());
        Assert.Equal(EnrollmentStatus.Waitlisted, run.SeatOrWaitingList());
    }

    [Fact]
    public void Admit_EverySeatChange_RaisesTheConcurrencyVersion()
    {
        var run = Run(capacity: 1);

        run.Admit();
        run.FreeSeat();

        Assert.Equal(2, run.Version);
        Assert.Equal(0, run.SeatsTaken);
    }

    [Fact]
    public void PromoteWaiting_OneSeatFreed_LongestWaitingGetsIt()
    {
        var run = Run(capacity: 1);
        run.Admit();
        var later = new Enrollment(run.Id, run.CourseId, Guid.NewGuid(), EnrollmentStatus.Waitlisted, Now.AddMinutes(5));
        var earlier = new Enrollment(run.Id, run.CourseId, Guid.NewGuid(), EnrollmentStatus.Waitlisted, Now);
        run.FreeSeat();

        var promoted = run.PromoteWaiting([later, earlier], Now.AddHours(1));

        Assert.Equal([earlier], promoted);
        Assert.Equal(EnrollmentStatus.Active, earlier.Status);
        Assert.Equal(Now.AddHours(1), earlier.StatusChangedAt);
        Assert.Equal(EnrollmentStatus.Waitlisted, later.Status);
        Assert.Equal(1, run.SeatsTaken);
    }

    [Fact]
    public void PromoteWaiting_CapacityRaised_FillsEveryFreeSeatAndNoMore()
    {
        var run = Run(capacity: 1);
        run.Admit();
        var waiting = Enumerable.Range(0, 4)
            .Select(i => new Enrollment(run.Id, run.CourseId, Guid.NewGuid(), EnrollmentStatus.Waitlisted, Now.AddMinutes(i)))
            .ToList();
        run.Capacity = 3;

        var promoted = run.PromoteWaiting(waiting, Now.AddHours(1));

        Assert.Equal(waiting.Take(2), promoted);
        Assert.Equal(3, run.SeatsTaken);
        Assert.Equal(EnrollmentStatus.Waitlisted, waiting[3].Status);
    }

    [Fact]
    public void PromoteWaiting_PeopleNotWaitingInThisRun_AreLeftAlone()
    {
        var run = Run(capacity: 2);
        var pending = new Enrollment(run.Id, run.CourseId, Guid.NewGuid(), EnrollmentStatus.PendingApproval, Now);
        var otherRun = new Enrollment(Guid.NewGuid(), run.CourseId, Guid.NewGuid(), EnrollmentStatus.Waitlisted, Now);

        Assert.Empty(run.PromoteWaiting([pending, otherRun], Now));
        Assert.Equal(0, run.SeatsTaken);
    }

    [Theory]
    [InlineData(nameof(EnrollmentStatus.Active), 3, 3, true)]
    [InlineData(nameof(EnrollmentStatus.Active), 2, 3, false)]
    [InlineData(nameof(EnrollmentStatus.Active), 0, 0, true)]
    [InlineData(nameof(EnrollmentStatus.Completed), 3, 3, false)]
    [InlineData(nameof(EnrollmentStatus.Withdrawn), 3, 3, false)]
    [InlineData(nameof(EnrollmentStatus.Waitlisted), 3, 3, false)]
    public void CompleteIfAllRequiredDone_CompletesAnActiveLearnerOnceEveryRequiredLessonIsDone(string status, int done, int required, bool completes)
    {
        var enrollment = new Enrollment(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Enum.Parse<EnrollmentStatus>(status), Now);

        var completed = enrollment.CompleteIfAllRequiredDone(done, required, Now.AddDays(1));

        Assert.Equal(completes, completed);
        Assert.Equal(completes ? Now.AddDays(1) : null, enrollment.CompletedAt);
    }

    [Fact]
    public void CompleteIfAllRequiredDone_SecondCall_KeepsTheFirstCompletionTime()
    {
        var enrollment = new Enrollment(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), EnrollmentStatus.Active, Now);

        Assert.True(enrollment.CompleteIfAllRequiredDone(2, 2, Now.AddDays(1)));
        Assert.False(enrollment.CompleteIfAllRequiredDone(2, 2, Now.AddDays(2)));
        Assert.Equal(Now.AddDays(1), enrollment.CompletedAt);
    }
}
