using Lounb.Modules.Hubs.Domain;

namespace Lounb.Modules.Hubs.Tests;

public sealed class AssignmentPeriodsTests
{
    [Fact]
    public void Reassigning_a_mentor_ends_the_previous_assignment_the_day_before_and_keeps_it()
    {
        var coordinator = Guid.NewGuid();
        var first = new MentorAssignment(Guid.NewGuid(), coordinator, new DateOnly(2026, 3, 1));

        var handedOver = AssignmentPeriods.HandOver([first], new DateOnly(2026, 6, 1));

        Assert.True(handedOver.IsSuccess);
        Assert.Equal(new DateOnly(2026, 5, 31), first.Until);
        Assert.False(first.IsCurrentOn(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void A_new_assignment_starting_before_the_current_one_is_refused_and_changes_nothing()
    {
        var first = new HubCoordinator(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 3, 1));

        var handedOver = AssignmentPeriods.HandOver([first], new DateOnly(2026, 3, 1));

        Assert.Equal(HubsErrors.AssignmentOverlapsHistory, handedOver.Error);
        Assert.Null(first.Until);
    }
}

public sealed class ItineraryTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static StopPlan Plan(DateOnly day, int from, int to) =>
        new("Центр підтримки ВПО", "м. Дніпро, вул. Князя Ярослава Мудрого, 65", "Дніпровська міська громада", "UA-12", day, new TimeOnly(from, 0), new TimeOnly(to, 0), "Консультації з «Дії»");

    [Fact]
    public void A_stop_in_the_past_is_refused() =>
        Assert.Equal(HubsErrors.StopInPast, Itinerary.CanAdd(HubStatus.Mobile, [], Plan(Today.AddDays(-1), 10, 12), Today).Error);

    [Fact]
    public void A_stop_today_is_accepted() =>
        Assert.True(Itinerary.CanAdd(HubStatus.Mobile, [], Plan(Today, 10, 12), Today).IsSuccess);

    [Fact]
    public void A_stop_ending_before_it_starts_is_refused() =>
        Assert.Equal(HubsErrors.StopEndsBeforeStart, Itinerary.CanAdd(HubStatus.Mobile, [], Plan(Today.AddDays(3), 14, 12), Today).Error);

    [Fact]
    public void Overlapping_stops_of_one_hub_are_refused_but_back_to_back_stops_are_not()
    {
        var hubId = Guid.NewGuid();
        var existing = new HubStop(hubId, Plan(Today.AddDays(3), 10, 12));

        Assert.Equal(ErrorKindOf(Itinerary.CanAdd(HubStatus.Mobile, [existing], Plan(Today.AddDays(3), 11, 13), Today)), Core.Results.ErrorKind.Conflict);
        Assert.True(Itinerary.CanAdd(HubStatus.Mobile, [existing], Plan(Today.AddDays(3), 12, 14), Today).IsSuccess);
        Assert.True(Itinerary.CanAdd(HubStatus.Mobile, [existing], Plan(Today.AddDays(4), 11, 13), Today).IsSuccess);
    }

    [Fact]
    public void Only_a_mobile_hub_has_stops() =>
        Assert.Equal(HubsErrors.NotMobile, Itinerary.CanAdd(HubStatus.Active, [], Plan(Today.AddDays(3), 10, 12), Today).Error);

    private static Core.Results.ErrorKind? ErrorKindOf(Core.Results.Result result) => result.Error?.Kind;
}

public sealed class MentoringRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public void An_action_is_overdue_after_its_due_date_until_it_is_done()
    {
        var action = new AgreedAction(Guid.NewGuid(), Guid.NewGuid(), new ActionPlan("Надіслати план заняття", ActionOwner.Coordinator, Today.AddDays(-1)));

        Assert.True(action.IsOverdueOn(Today));
        Assert.False(action.IsOverdueOn(Today.AddDays(-1)));
        action.MarkDone(Today);
        Assert.False(action.IsOverdueOn(Today));
    }

    [Theory]
    [InlineData(-30)]
    [InlineData(0)]
    [InlineData(481)]
    public void A_session_of_impossible_duration_is_refused(int minutes) =>
        Assert.Equal(HubsErrors.DurationInvalid, MentoringSession.Record(Guid.NewGuid(), Guid.NewGuid(), Session(Today, minutes, null), Today).Error);

    [Fact]
    public void A_session_in_the_future_or_with_the_next_date_before_it_is_refused()
    {
        Assert.Equal(HubsErrors.SessionInFuture, MentoringSession.Record(Guid.NewGuid(), Guid.NewGuid(), Session(Today.AddDays(1), 60, null), Today).Error);
        Assert.Equal(HubsErrors.NextDateBeforeSession, MentoringSession.Record(Guid.NewGuid(), Guid.NewGuid(), Session(Today, 60, Today.AddDays(-3)), Today).Error);
    }

    [Fact]
    public void A_session_keeps_its_agreed_actions()
    {
        var record = Session(Today, 60, Today.AddDays(14)) with { Actions = [new ActionPlan("Поділитися вправами", ActionOwner.Mentor, Today.AddDays(7))] };

        Assert.True(MentoringSession.Record(Guid.NewGuid(), Guid.NewGuid(), record, Today).Succeeded(out var recorded, out _));
        Assert.Equal(recorded.Session.Id, Assert.Single(recorded.Actions).SessionId);
    }

    private static SessionRecord Session(DateOnly heldOn, int minutes, DateOnly? next) =>
        new(heldOn, SessionFormat.Online, minutes, "Code Club: Scratch", null, next, []);
}

public sealed class SelfAssessmentTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public void DigComp_has_five_areas_and_21_competences()
    {
        Assert.Equal(5, DigComp.Areas.Count);
        Assert.Equal(21, DigComp.Competences.Count);
    }

    [Fact]
    public void Growth_is_the_change_of_each_areas_average_between_start_and_end()
    {
        var start = Taken(AssessmentStage.Start, c => c.StartsWith('1') ? 2 : 3);
        var end = Taken(AssessmentStage.End, c => c switch { "1.1" => 5, "1.2" => 4, "1.3" => 4, _ => 3 });

        var growth = SelfAssessmentGrowth.PerArea(start, end);

        Assert.Equal(2.0m, growth[0].Start);
        Assert.Equal(4.3m, growth[0].End);
        Assert.Equal(2.3m, growth[0].Change);
        Assert.Equal(0m, growth[1].Change);
    }

    [Fact]
    public void Without_the_end_assessment_there_is_no_growth_yet() =>
        Assert.All(SelfAssessmentGrowth.PerArea(Taken(AssessmentStage.Start, _ => 3), null), a => Assert.Null(a.Change));

    [Fact]
    public void An_unrated_competence_or_a_level_off_the_scale_is_refused()
    {
        var levels = DigComp.Competences.ToDictionary(c => c.Code, _ => 3);
        levels.Remove("4.2");
        Assert.Equal(ErrorKindInvalid, SelfAssessment.Take(Guid.NewGuid(), AssessmentStage.Start, levels, Today).Error?.Kind);
        levels["4.2"] = 9;
        Assert.Equal(HubsErrors.LevelOutOfScale, SelfAssessment.Take(Guid.NewGuid(), AssessmentStage.Start, levels, Today).Error);
    }

    private const Core.Results.ErrorKind ErrorKindInvalid = Core.Results.ErrorKind.Invalid;

    private static SelfAssessment Taken(AssessmentStage stage, Func<string, int> level)
    {
        Assert.True(SelfAssessment.Take(Guid.NewGuid(), stage, DigComp.Competences.ToDictionary(c => c.Code, c => level(c.Code)), Today).Succeeded(out var taken, out _));
        return taken;
    }
}
