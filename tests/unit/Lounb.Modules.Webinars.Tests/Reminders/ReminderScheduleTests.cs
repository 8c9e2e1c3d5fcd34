using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Reminders;

namespace Lounb.Modules.Webinars.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly DateTime Start = new(2026, 1, 7, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Planned_AWeekAhead_DayAndHourBeforeByEmail()
    {
        var planned = ReminderSchedule.Planned(Start, Start.AddDays(-7), telegram: false);

        Assert.Equal([(ReminderKind.EmailDayBefore, Start.AddHours(-24)), (ReminderKind.EmailHourBefore, Start.AddHours(-1))], planned);
    }

    [Fact]
    public void Planned_WithALinkedChat_TelegramToo()
    {
        var planned = ReminderSchedule.Planned(Start, Start.AddDays(-7), telegram: true);

        Assert.Equal(
            [ReminderKind.EmailDayBefore, ReminderKind.EmailHourBefore, ReminderKind.TelegramDayBefore, ReminderKind.TelegramHourBefore],
            planned.Select(p => p.Kind));
    }

    [Fact]
    public void Planned_TwoHoursAhead_OnlyTheHourBefore()
    {
        var planned = ReminderSchedule.Planned(Start, Start.AddHours(-2), telegram: false);

        Assert.Equal([(ReminderKind.EmailHourBefore, Start.AddHours(-1))], planned);
    }

    [Fact]
    public void Planned_HalfAnHourAhead_Nothing() =>
        Assert.Empty(ReminderSchedule.Planned(Start, Start.AddMinutes(-30), telegram: true));

    [Theory]
    [InlineData((int)ReminderKind.EmailDayBefore, -120, false)]
    [InlineData((int)ReminderKind.EmailDayBefore, -60, true)]
    [InlineData((int)ReminderKind.TelegramDayBefore, -30, true)]
    [InlineData((int)ReminderKind.EmailHourBefore, -1, false)]
    [InlineData((int)ReminderKind.EmailHourBefore, 0, true)]
    [InlineData((int)ReminderKind.TelegramHourBefore, 10, true)]
    [InlineData((int)ReminderKind.EmailCancelled, 600, false)]
    public void IsStale_FoundLate(int kind, int minutesFromStart, bool stale) =>
        Assert.Equal(stale, ReminderSchedule.IsStale((ReminderKind)kind, Start, Start.AddMinutes(minutesFromStart)));
}
