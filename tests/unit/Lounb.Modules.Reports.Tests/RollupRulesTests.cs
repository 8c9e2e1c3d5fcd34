using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Reports.Domain;

namespace Lounb.Modules.Reports.Tests;

public sealed class RollupRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly FactPlace Lviv = new("46", Guid.NewGuid(), Guid.NewGuid(), ReportAudience.Librarian);

    private static ReportFact Fact(string key, double value = 1, DateOnly? day = null, FactPlace? place = null, string measure = ReportMeasures.AttemptGraded) =>
        new(key, measure, day ?? Day, Person, Guid.Empty, place ?? Lviv, value);

    [Fact]
    public void An_event_delivered_twice_counts_once()
    {
        var first = RollupLedger.Changes(null, Fact("attempt:1", 80));
        var again = RollupLedger.Changes(Fact("attempt:1", 80), Fact("attempt:1", 80));

        Assert.Equal(new RollupDelta(Fact("attempt:1", 80).Cell, 1, 80), Assert.Single(first));
        Assert.Empty(again);
    }

    [Fact]
    public void A_regrade_or_corrected_report_replaces_the_kept_figures_instead_of_adding_to_them()
    {
        var changes = RollupLedger.Changes(Fact("hub-participants:r1", 40, measure: ReportMeasures.HubParticipants), Fact("hub-participants:r1", 55, measure: ReportMeasures.HubParticipants));
        var net = Assert.Single(RollupLedger.Net(changes).Values);

        Assert.Equal(0, net.Count);
        Assert.Equal(15, net.Total);
    }

    [Fact]
    public void A_fact_that_moves_to_another_day_leaves_its_old_cell()
    {
        var changes = RollupLedger.Changes(Fact("attempt:2", 60), Fact("attempt:2", 60, Day.AddDays(3)));

        Assert.Equal([new RollupDelta(Fact("attempt:2", 60).Cell, -1, -60), new RollupDelta(Fact("attempt:2", 60, Day.AddDays(3)).Cell, 1, 60)], changes);
    }

    [Fact]
    public void Completion_rate_is_completions_over_enrolments_and_the_quiz_average_is_the_mean_percent()
    {
        var figures = DashboardFigures.From(new Dictionary<string, MeasureTotal>
        {
            [ReportMeasures.Enrolled] = new(3, 3),
            [ReportMeasures.CourseCompleted] = new(2, 2),
            [ReportMeasures.AttemptGraded] = new(3, 70 + 85 + 100),
            [ReportMeasures.HubParticipants] = new(2, 95),
        }, activeLearners: 3);

        Assert.Equal(66.7m, figures.CompletionRatePercent);
        Assert.Equal(85m, figures.AverageQuizPercent);
        Assert.Equal(95, figures.HubParticipants);
        Assert.Equal(3, figures.ActiveLearners);
    }

    [Fact]
    public void With_no_enrolments_there_is_no_completion_rate_rather_than_a_division_by_zero()
    {
        var figures = DashboardFigures.From(new Dictionary<string, MeasureTotal>(), activeLearners: 0);

        Assert.Null(figures.CompletionRatePercent);
        Assert.Null(figures.AverageQuizPercent);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        var refused = ReportSlice.Of(Day, Day.AddDays(-1), null, null, null, null, null);

        Assert.True(refused.Failed(out var error));
        Assert.Equal(ReportsErrors.PeriodInvalid, error);
    }

    [Fact]
    public void Slicing_keeps_only_the_period_oblast_library_and_audience_asked_for()
    {
        var kyivTeen = new FactPlace("80", Guid.NewGuid(), Guid.NewGuid(), ReportAudience.Teen);
        var rows = new[]
        {
            Fact("a", day: Day, place: Lviv),
            Fact("b", day: Day.AddDays(40), place: Lviv),
            Fact("c", day: Day, place: kyivTeen),
            Fact("d", day: Day, place: Lviv with { LibraryId = Guid.NewGuid() }),
        }.AsQueryable();

        Assert.True(ReportSlice.Of(Day, Day.AddDays(7), "46", null, Lviv.LibraryId, null, null).Succeeded(out var lvivLibrary, out _));
        Assert.True(ReportSlice.Of(Day, Day.AddDays(7), null, null, null, null, ReportAudience.Teen).Succeeded(out var teens, out _));

        Assert.Equal(["a"], lvivLibrary.Apply(rows).Select(r => r.Key));
        Assert.Equal(["c"], teens.Apply(rows).Select(r => r.Key));
    }

    [Fact]
    public void Librarians_are_one_audience_and_citizens_are_split_by_age_group()
    {
        Assert.Equal(ReportAudience.Librarian, ReportAudience.Of(PersonKind.Librarian, AgeGroup.Adult18To59));
        Assert.Equal(ReportAudience.Senior, ReportAudience.Of(PersonKind.Citizen, AgeGroup.Senior60Plus));
        Assert.Equal(ReportAudience.CitizenUnknownAge, ReportAudience.Of(PersonKind.Citizen, null));
        Assert.True(ReportSlice.Of(Day, Day, null, null, null, null, "martians").Failed(out var error));
        Assert.Equal(ReportsErrors.AudienceUnknown, error);
    }
}
