using Lounb.Learning.Backups;
using Lounb.Modules.Core.Time;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.UnitTests.Backups;

/// <summary>The daily backup's time in Kyiv, across the clock changes, and the catch-up of a run missed while the app was down.</summary>
public sealed class BackupScheduleTests
{
    private static readonly LocalTime Kyiv = new(Options.Create(new LocalTimeOptions()));

    private static BackupSchedule At(int hour, int minute) => new(Kyiv, new TimeOnly(hour, minute));

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void SlotOf_WinterAndSummerDays_KyivWallClock()
    {
        Assert.Equal(Utc(2026, 12, 5, 0, 30), At(2, 30).SlotOf(new DateOnly(2026, 12, 5))); // EET, UTC+2
        Assert.Equal(Utc(2026, 7, 1, 23, 30), At(2, 30).SlotOf(new DateOnly(2026, 7, 2))); // EEST, UTC+3: the evening before in UTC
    }

    [Fact]
    public void SlotOf_SpringForwardDay_TimeTheClocksSkip_RunsAnHourLater()
    {
        var springForward = new DateOnly(2027, 3, 28); // last Sunday of March: 03:00 EET becomes 04:00 EEST
        Assert.Equal(Utc(2027, 3, 28, 1, 30), At(3, 30).SlotOf(springForward)); // 04:30 EEST
        Assert.Equal(Utc(2027, 3, 28, 0, 30), At(2, 30).SlotOf(springForward)); // 02:30 EET still exists
        Assert.Equal(Utc(2027, 3, 28, 23, 30), At(2, 30).SlotOf(springForward.AddDays(1))); // next day in summer time
    }

    [Fact]
    public void SlotOf_FallBackDay_RepeatedTime_FirstOccurrenceOnly()
    {
        var fallBack = new DateOnly(2026, 10, 25); // last Sunday of October: 04:00 EEST becomes 03:00 EET, 03:xx happens twice
        var schedule = At(3, 30);
        Assert.Equal(Utc(2026, 10, 25, 0, 30), schedule.SlotOf(fallBack));
        // At the second 03:30 (01:30 UTC) the due day is still the same date: its one row exists, nothing new is scheduled.
        Assert.Equal(fallBack, schedule.DueDay(Utc(2026, 10, 25, 1, 30), lastSuccessUtc: Utc(2026, 10, 25, 0, 31)));
    }

    [Fact]
    public void DueDay_OnceTodaysTimeHasCome_Today()
    {
        var schedule = At(2, 30);
        Assert.Equal(new DateOnly(2026, 12, 5), schedule.DueDay(Utc(2026, 12, 5, 0, 30), lastSuccessUtc: Utc(2026, 12, 4, 0, 31)));
        Assert.Equal(new DateOnly(2026, 12, 5), schedule.DueDay(Utc(2026, 12, 5, 15, 0), lastSuccessUtc: Utc(2026, 12, 4, 0, 31)));
    }

    [Fact]
    public void DueDay_BeforeTodaysTime_LastCopyWithinADay_Nothing()
    {
        Assert.Null(At(2, 30).DueDay(Utc(2026, 12, 5, 0, 0), lastSuccessUtc: Utc(2026, 12, 4, 0, 31)));
    }

    [Fact]
    public void DueDay_BeforeTodaysTime_AppWasDownYesterday_CatchesUpYesterdaysRun()
    {
        var schedule = At(2, 30);
        var earlyMorning = Utc(2026, 12, 4, 22, 10); // 00:10 Kyiv on 5 December
        Assert.Equal(new DateOnly(2026, 12, 4), schedule.DueDay(earlyMorning, lastSuccessUtc: Utc(2026, 12, 3, 0, 31)));
        Assert.Equal(new DateOnly(2026, 12, 4), schedule.DueDay(earlyMorning, lastSuccessUtc: null));
    }

    [Fact]
    public void NextAfter_BeforeAndAfterTodaysTime()
    {
        var schedule = At(2, 30);
        Assert.Equal(Utc(2026, 12, 5, 0, 30), schedule.NextAfter(Utc(2026, 12, 5, 0, 0)));
        Assert.Equal(Utc(2026, 12, 6, 0, 30), schedule.NextAfter(Utc(2026, 12, 5, 0, 30)));
    }
}
