using Lounb.Modules.Reports.Application.Plan;
using Lounb.Modules.Reports.Domain;

namespace Lounb.Modules.Reports.Tests;

public sealed class PlanRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Theory]
    [InlineData(10, 20, 50.0)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)]
    [InlineData(12_600, 12_500, 100.8)]
    [InlineData(0, 4_500, 0.0)]
    public void The_percentage_is_of_the_target_with_one_decimal_rounded_half_away_from_zero(long actual, long target, double expected) =>
        Assert.Equal((decimal)expected, PlanRules.Percent(actual, target));

    [Fact]
    public void Without_a_target_there_is_no_percentage()
    {
        Assert.Null(PlanRules.Percent(5, null));
        Assert.Null(PlanRules.Percent(5, 0));
    }

    [Theory]
    [InlineData("4500", 4500)]
    [InlineData("4 500", 4500)]
    [InlineData("84\u00A0000", 84000)]
    [InlineData(" 0 ", 0)]
    public void Figures_are_whole_numbers_with_optional_thousands_spaces(string text, long expected)
    {
        Assert.True(PlanRules.ParseFigure(text).Succeeded(out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("-1", "FigureNegative")]
    [InlineData("багато", "FigureNotNumber")]
    [InlineData("12,5", "FigureNotNumber")]
    [InlineData("1e3", "FigureNotNumber")]
    [InlineData("", "FigureMissing")]
    [InlineData("100000001", "FigureTooLarge")]
    public void Bad_figures_are_refused_with_their_reason(string text, string code)
    {
        Assert.True(PlanRules.ParseFigure(text).Failed(out var error));
        Assert.Equal($"Reports:{code}", error.Code);
    }

    [Theory]
    [InlineData(2026, 12, true)]
    [InlineData(2026, 1, true)]
    [InlineData(2025, 12, true)]
    [InlineData(2027, 1, false)]
    [InlineData(2026, 13, false)]
    [InlineData(2026, 0, false)]
    public void Figures_are_taken_for_months_that_have_begun(int year, int month, bool accepted) =>
        Assert.Equal(accepted, PlanRules.CheckMonth(year, month, Today).IsSuccess);

    [Fact]
    public void A_future_month_is_refused_as_such()
    {
        Assert.True(PlanRules.CheckMonth(2027, 1, Today).Failed(out var error));
        Assert.Same(ReportsErrors.MonthInFuture, error);
    }

    [Fact]
    public void The_report_adds_entered_figures_to_the_measured_and_counts_a_person_served_once_a_year()
    {
        var person = Guid.NewGuid();
        var other = Guid.NewGuid();
        var measured = new MeasuredYear(
            [new DateTime(2026, 1, 10), new DateTime(2026, 3, 1)],
            [(person, new DateTime(2026, 1, 5)), (person, new DateTime(2026, 2, 5)), (other, new DateTime(2026, 2, 6))],
            [new DateTime(2026, 2, 5)]);
        var figures = new[] { new PlanMonthFigure(2026, 2, "UA-09", PlanIndicator.Users, 8, Guid.Empty, DateTime.UtcNow) };
        var report = PlanReport.Build(2026, "UA-09", new Dictionary<PlanIndicator, long> { [PlanIndicator.Users] = 40, [PlanIndicator.ServedUsers] = 8 }, figures, measured);

        var users = report.Lines.Single(l => l.Info.Indicator == PlanIndicator.Users);
        Assert.Equal((2L, 8L, 10L, 25.0m), (users.Measured, users.Entered, users.Actual, users.Percent));
        Assert.Equal([1L, 8L, 1L], users.Months.Take(3));
        var served = report.Lines.Single(l => l.Info.Indicator == PlanIndicator.ServedUsers);
        Assert.Equal((2L, 25.0m), (served.Actual, served.Percent));
        Assert.Equal([1L, 2L, 0L], served.Months.Take(3));
        var books = report.Lines.Single(l => l.Info.Indicator == PlanIndicator.BookIssue);
        Assert.Equal((null, 0L, (decimal?)null), (books.Measured, books.Actual, books.Percent));
    }

    [Theory]
    [InlineData(2026, 12, 1, 2026, 11)]
    [InlineData(2026, 1, 3, 2025, 12)]
    public void The_summary_of_the_month_just_ended_is_due_in_the_first_days(int year, int month, int day, int dueYear, int dueMonth) =>
        Assert.Equal((dueYear, dueMonth), PlanSummarySchedule.DueMonth(new DateOnly(year, month, day)));

    [Fact]
    public void After_the_first_days_no_summary_is_due() =>
        Assert.Null(PlanSummarySchedule.DueMonth(new DateOnly(2026, 12, PlanSummarySchedule.CatchUpDays + 1)));
}
