using Lounb.Modules.Courses.Domain;

namespace Lounb.Modules.Courses.Tests;

/// <summary>A person placed by someone else (an attestation commission's condition): <see cref="EnrolmentRules.AssignmentRefusal"/>.</summary>
public sealed class AssignmentRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static CourseRun Run(EnrolmentMode mode = EnrolmentMode.Open, RunState state = RunState.Published) =>
        new(Guid.NewGuid(), "Осінній потік", Today.AddDays(-10), Today.AddDays(30)) { Mode = mode, State = state, InviteCode = mode == EnrolmentMode.InviteCode ? "КОД" : null };

    [Theory]
    [InlineData(nameof(EnrolmentMode.Assigned))]
    [InlineData(nameof(EnrolmentMode.InviteCode))]
    [InlineData(nameof(EnrolmentMode.Approval))]
    [InlineData(nameof(EnrolmentMode.Open))]
    public void AssignmentRefusal_AnyModeOfAnOpenRun_Places(string mode)
    {
        Assert.Null(EnrolmentRules.AssignmentRefusal(Run(Enum.Parse<EnrolmentMode>(mode)), CourseStatus.Published, Today, null));
    }

    [Theory]
    [InlineData(nameof(EnrollmentStatus.Withdrawn), false)]
    [InlineData(nameof(EnrollmentStatus.Rejected), false)]
    [InlineData(nameof(EnrollmentStatus.Active), true)]
    [InlineData(nameof(EnrollmentStatus.Waitlisted), true)]
    [InlineData(nameof(EnrollmentStatus.Completed), true)]
    public void AssignmentRefusal_OnlyThoseWhoLeftOrWereRefusedArePlacedAgain(string current, bool refused)
    {
        var refusal = EnrolmentRules.AssignmentRefusal(Run(), CourseStatus.Published, Today, Enum.Parse<EnrollmentStatus>(current));

        Assert.Equal(refused ? CourseErrors.AlreadyEnrolled : null, refusal);
    }

    [Fact]
    public void AssignmentRefusal_ClosedRunEndedRunOrDraftCourse_SaysClosed()
    {
        Assert.Same(CourseErrors.RunClosed, EnrolmentRules.AssignmentRefusal(Run(state: RunState.Closed), CourseStatus.Published, Today, null));
        Assert.Same(CourseErrors.RunClosed, EnrolmentRules.AssignmentRefusal(Run(), CourseStatus.Published, Today.AddDays(31), null));
        Assert.Same(CourseErrors.RunClosed, EnrolmentRules.AssignmentRefusal(Run(), CourseStatus.Draft, Today, null));
    }
}
