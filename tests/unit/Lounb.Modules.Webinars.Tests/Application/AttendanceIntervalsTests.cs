using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Tests.Application;

public sealed class AttendanceIntervalsTests
{
    private static readonly DateTime Start = new(2027, 1, 6, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime WindowEnd = Start.AddMinutes(150);
    private static readonly DateTime Later = Start.AddDays(1);

    private static AttendanceMark Joined(int minute, string session = "RM_1", AttendanceSource source = AttendanceSource.LiveKit) =>
        new(AttendanceSignalKind.Joined, source, session, Start.AddMinutes(minute));

    private static AttendanceMark Left(int minute, string session = "RM_1", AttendanceSource source = AttendanceSource.LiveKit) =>
        new(AttendanceSignalKind.Left, source, session, Start.AddMinutes(minute));

    private static int Minutes(IEnumerable<AttendanceMark> marks, DateTime? now = null) =>
        AttendanceIntervals.Compute(marks, Start.AddMinutes(-15), WindowEnd, now ?? Later).Minutes;

    [Fact]
    public void Compute_JoinThenLeave_CountsTheMinutesBetween() =>
        Assert.Equal(45, Minutes([Joined(0), Left(45)]));

    [Fact]
    public void Compute_SignalsInAnyOrder_GiveTheSameMinutes()
    {
        AttendanceMark[] marks = [Joined(0), Left(20), Joined(25), Left(70)];

        Assert.Equal(65, Minutes(marks));
        Assert.Equal(65, Minutes(marks.Reverse()));
        Assert.Equal(65, Minutes([marks[2], marks[1], marks[3], marks[0]]));
    }

    [Fact]
    public void Compute_OverlappingSessions_PhoneAndLaptop_CountOnce() =>
        Assert.Equal(60, Minutes([Joined(0, "RM_1"), Left(40, "RM_1"), Joined(30, "RM_2"), Left(60, "RM_2")]));

    [Fact]
    public void Compute_RepeatedJoinWithoutLeave_DoesNotRestartTheInterval() =>
        Assert.Equal(50, Minutes([Joined(0), Joined(10), Left(50)]));

    [Fact]
    public void Compute_LeaveWithoutJoin_CountsNothing() =>
        Assert.Equal(0, Minutes([Left(50)]));

    [Fact]
    public void Compute_RoomFinished_ClosesTheOpenInterval() =>
        Assert.Equal(80, Minutes([Joined(10), new(AttendanceSignalKind.RoomFinished, AttendanceSource.LiveKit, "RM_1", Start.AddMinutes(90))]));

    [Fact]
    public void Compute_RoomFinishedOfAnotherSession_DoesNotCloseThisOne() =>
        Assert.Equal(140, Minutes([Joined(10), new(AttendanceSignalKind.RoomFinished, AttendanceSource.LiveKit, "RM_old", Start.AddMinutes(20))]));

    [Fact]
    public void Compute_StillInAServerReportedRoom_CountsUntilNow() =>
        Assert.Equal(30, Minutes([Joined(0)], now: Start.AddMinutes(30)));

    [Fact]
    public void Compute_BrowserReportedPresence_CountsUntilTheLastHeartbeatPlusGrace()
    {
        var total = AttendanceIntervals.Compute([Joined(0, "tab", AttendanceSource.Jitsi), Joined(10, "tab", AttendanceSource.Jitsi)], Start.AddMinutes(-15), WindowEnd, Later);

        Assert.Equal(12, total.Minutes);
        Assert.True(total.SelfReported);
    }

    [Fact]
    public void Compute_OnlyTheWindowCounts_AndTheFirstJoinIsKept()
    {
        var total = AttendanceIntervals.Compute([Joined(-60), Left(300)], Start.AddMinutes(-15), WindowEnd, Later);

        Assert.Equal(165, total.Minutes);
        Assert.Equal(Start.AddMinutes(-60), total.FirstJoinedAt);
        Assert.False(total.SelfReported);
    }

    [Fact]
    public void Compute_NoSignals_NothingAndNotSelfReported()
    {
        var total = AttendanceIntervals.Compute([], Start, WindowEnd, Later);

        Assert.Equal(0, total.Minutes);
        Assert.Null(total.FirstJoinedAt);
        Assert.False(total.SelfReported);
    }
}
