using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Tests;

/// <summary>Reminders to those who have not taken the test, and the interview timetable's rules.</summary>
public sealed class WorkflowRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Repeat = TimeSpan.FromHours(12);
    private static readonly TimeSpan Interview = TimeSpan.FromMinutes(30);
    private static readonly DateOnly InterviewDay = new(2026, 3, 16);

    private static string Show(DateTime utc) => utc.ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static Candidate NewCandidate() =>
        new(Guid.NewGuid(), new CandidatePerson("Коваленко", "Олена", "Петрівна", "бібліотекар", Guid.NewGuid(), "olena@example.org"), Guid.NewGuid(), Guid.NewGuid(), Now);

    private static Campaign Running(DateTime closes, Guid? quiz)
    {
        var campaign = Campaign.Create(new CampaignInput("Атестація", "45-ОД", new DateOnly(2026, 2, 20), "UA-09", Now.AddDays(-10), closes, 10, QuorumRule.TwoThirds, quiz),
            Guid.NewGuid(), Now.AddDays(-20)).Value;
        Assert.True(campaign.Start().IsSuccess);
        return campaign;
    }

    private static CampaignDate[] Days(string? place)
    {
        var campaign = Running(Now.AddDays(5), Guid.NewGuid());
        Assert.True(campaign.AddDate(ScheduleDateKind.Interview, InterviewDay, place).IsSuccess);
        Assert.True(campaign.AddDate(ScheduleDateKind.CommissionMeeting, InterviewDay.AddDays(1), "ЛОУНБ").IsSuccess);
        return [.. campaign.InterviewDays()];
    }

    private static DateTime At(DateOnly day, int hour, int minute = 0) => day.ToDateTime(new TimeOnly(hour, minute));

    [Fact]
    public void Remind_OnceWithinTheRepeatPeriod_AgainAfterIt_NeverAfterTheTest()
    {
        var candidate = NewCandidate();
        var by = Guid.NewGuid();

        Assert.True(candidate.Remind(by, Now, Repeat));
        Assert.False(candidate.Remind(by, Now.AddMinutes(1), Repeat));
        Assert.True(candidate.Remind(by, Now.AddHours(12), Repeat));
        Assert.Equal(Now.AddHours(12), candidate.LastRemindedAt);

        candidate.RecordTest(Guid.NewGuid(), 70m, true, Now.AddDays(1));
        Assert.False(candidate.Remind(by, Now.AddDays(2), Repeat));
        Assert.Equal(2, candidate.Events.Count(e => e.Kind == CandidateEventKind.ReminderSent && e.ById == by));
    }

    [Fact]
    public void ReminderEventId_SameCandidateAndPeriod_SameKey_OtherwiseDifferent()
    {
        var candidate = Guid.NewGuid();
        var period = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(Candidate.ReminderEventId(candidate, period.AddHours(1), Repeat), Candidate.ReminderEventId(candidate, period.AddHours(1).AddMilliseconds(300), Repeat));
        Assert.NotEqual(Candidate.ReminderEventId(candidate, period.AddHours(1), Repeat), Candidate.ReminderEventId(candidate, period.AddHours(13), Repeat));
        Assert.NotEqual(Candidate.ReminderEventId(candidate, period.AddHours(1), Repeat), Candidate.ReminderEventId(Guid.NewGuid(), period.AddHours(1), Repeat));
        var reminded = NewCandidate();
        Assert.True(reminded.Remind(Guid.NewGuid(), period, Repeat));
        Assert.Equal(Candidate.ReminderEventId(reminded.Id, period, Repeat), reminded.Events.Single(e => e.Kind == CandidateEventKind.ReminderSent).Id);
    }

    [Fact]
    public void TestClosesWithin_OnlyWhileOpenWithAQuizAndTheEndNear()
    {
        var window = TimeSpan.FromDays(3);
        Assert.True(Running(Now.AddDays(2), Guid.NewGuid()).TestClosesWithin(Now, window));
        Assert.False(Running(Now.AddDays(4), Guid.NewGuid()).TestClosesWithin(Now, window));
        Assert.False(Running(Now.AddDays(2), null).TestClosesWithin(Now, window));
        Assert.False(Running(Now.AddDays(-1), Guid.NewGuid()).TestClosesWithin(Now, window));
        var closed = Running(Now.AddDays(2), Guid.NewGuid());
        Assert.True(closed.Close().IsSuccess);
        Assert.False(closed.TestClosesWithin(Now, window));
    }

    [Fact]
    public void Slot_OnAnInterviewDay_TakesTheDaysPlaceWhenNoneGiven()
    {
        var local = At(InterviewDay, 10);
        var slot = InterviewSlot.Plan(local, local.AddHours(-2), "  ", Days("ЛОУНБ, зала 2"), [], Interview, Show);

        Assert.Equal(new InterviewSlot(local.AddHours(-2), "ЛОУНБ, зала 2"), slot.Value);
        Assert.Equal("https://meet.example.org/a", InterviewSlot.Plan(local, local, " https://meet.example.org/a ", Days("ЛОУНБ"), [], Interview, Show).Value.Place);
    }

    [Fact]
    public void Slot_OutsideTheInterviewDays_OrWithoutAny_OrWithoutAPlace_Refused()
    {
        var local = At(InterviewDay.AddDays(1), 10);

        var outside = InterviewSlot.Plan(local, local, "ЛОУНБ", Days("ЛОУНБ"), [], Interview, Show);
        Assert.Equal("Attestation:InterviewDayOutsideSchedule", outside.Error!.Code);
        Assert.Contains("Дні співбесід:", outside.Error.Message, StringComparison.Ordinal);
        Assert.Equal(AttestationErrors.NoInterviewDays, InterviewSlot.Plan(local, local, "ЛОУНБ", [], [], Interview, Show).Error);
        Assert.Equal(AttestationErrors.InterviewPlaceRequired, InterviewSlot.Plan(At(InterviewDay, 10), At(InterviewDay, 10), null, Days(null), [], Interview, Show).Error);
        Assert.Equal(AttestationErrors.PlaceTooLong,
            InterviewSlot.Plan(At(InterviewDay, 10), At(InterviewDay, 10), new string('м', AttestationLimits.PlaceLength + 1), Days(null), [], Interview, Show).Error);
    }

    [Fact]
    public void Slot_OverlappingAnother_RefusedWithTheirNameAndTime_BackToBackAllowed()
    {
        var other = At(InterviewDay, 10);
        BookedSlot[] booked = [new("Бондаренко Марія", other)];

        var overlap = InterviewSlot.Plan(At(InterviewDay, 10, 20), other.AddMinutes(20), null, Days("ЛОУНБ"), booked, Interview, Show);
        Assert.Equal("Attestation:InterviewSlotTaken", overlap.Error!.Code);
        Assert.Contains($"Бондаренко Марія ({Show(other)}; співбесіда триває 30 хв)", overlap.Error.Message, StringComparison.Ordinal);
        Assert.Equal("Attestation:InterviewSlotTaken", InterviewSlot.Plan(At(InterviewDay, 9, 45), other.AddMinutes(-15), null, Days("ЛОУНБ"), booked, Interview, Show).Error!.Code);

        Assert.True(InterviewSlot.Plan(At(InterviewDay, 10, 30), other.AddMinutes(30), null, Days("ЛОУНБ"), booked, Interview, Show).IsSuccess);
        Assert.True(InterviewSlot.Plan(At(InterviewDay, 9, 30), other.AddMinutes(-30), null, Days("ЛОУНБ"), booked, Interview, Show).IsSuccess);
    }

    [Fact]
    public void Schedule_BeforeTheInterviewOnly_Recorded()
    {
        var candidate = NewCandidate();
        var secretary = Guid.NewGuid();
        var slot = new InterviewSlot(At(InterviewDay, 8), "ЛОУНБ");

        Assert.True(candidate.Schedule(slot, secretary, Now).IsSuccess);
        Assert.Equal((slot.StartsAt, "ЛОУНБ"), (candidate.InterviewAt!.Value, candidate.InterviewPlace));
        Assert.Contains(candidate.Events, e => e.Kind == CandidateEventKind.InterviewScheduled && e.ById == secretary);

        candidate.RecordTest(Guid.NewGuid(), 80m, true, Now.AddHours(1));
        Assert.True(candidate.RecordInterview("Нотатки", secretary, Now.AddDays(1)).IsSuccess);
        Assert.Equal("Attestation:StepNotAllowed", candidate.Schedule(slot with { Place = "Інше" }, secretary, Now.AddDays(2)).Error!.Code);
        Assert.Equal("ЛОУНБ", candidate.InterviewPlace);
    }
}
