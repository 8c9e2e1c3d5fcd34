using Lounb.Modules.Webinars.Application;

namespace Lounb.Modules.Webinars.Tests.Application;

public sealed class SeriesRuleTests
{
    private const string Kyiv = "Europe/Kyiv";

    private static SeriesRuleInput Monthly(int ordinal, DayOfWeek day, int? count = null, DateOnly? endsOn = null) =>
        new(SeriesFrequency.Monthly, 1, [], ordinal, day, endsOn, count);

    [Fact]
    public void Expand_FirstWednesdayMonthly_StartsOnTheFirstMatchingDay_AndKeepsKyivWallClock()
    {
        var result = SeriesRule.Expand(Monthly(1, DayOfWeek.Wednesday, count: 5), new DateOnly(2027, 1, 1), new TimeOnly(18, 0), Kyiv, 60);

        Assert.True(result.IsSuccess);
        Assert.Equal("FREQ=MONTHLY;BYDAY=1WE;COUNT=5", result.Value.RecurrenceRule);
        Assert.Equal(new DateTime(2027, 1, 6, 18, 0, 0), result.Value.FirstStartLocal);
        Assert.Equal(
            [new DateTime(2027, 1, 6, 18, 0, 0), new DateTime(2027, 2, 3, 18, 0, 0), new DateTime(2027, 3, 3, 18, 0, 0), new DateTime(2027, 4, 7, 18, 0, 0), new DateTime(2027, 5, 5, 18, 0, 0)],
            result.Value.StartsLocal);
    }

    [Fact]
    public void Expand_LastFridayUntilADate_EndsOnThatKyivDay_InUtc()
    {
        var result = SeriesRule.Expand(Monthly(-1, DayOfWeek.Friday, endsOn: new DateOnly(2027, 3, 26)), new DateOnly(2027, 1, 1), new TimeOnly(10, 0), Kyiv, 60);

        Assert.True(result.IsSuccess);
        Assert.Equal("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270326T215959Z", result.Value.RecurrenceRule);
        Assert.Equal([new DateOnly(2027, 1, 29), new DateOnly(2027, 2, 26), new DateOnly(2027, 3, 26)], result.Value.StartsLocal.Select(DateOnly.FromDateTime));
    }

    [Fact]
    public void Expand_WeeklyOnTwoDays_EveryOtherWeek()
    {
        var input = new SeriesRuleInput(SeriesFrequency.Weekly, 2, [DayOfWeek.Thursday, DayOfWeek.Tuesday], 1, DayOfWeek.Monday, null, 4);

        var result = SeriesRule.Expand(input, new DateOnly(2027, 2, 1), new TimeOnly(16, 30), Kyiv, 60);

        Assert.Equal("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=4", result.Value.RecurrenceRule);
        Assert.Equal([new DateOnly(2027, 2, 2), new DateOnly(2027, 2, 4), new DateOnly(2027, 2, 16), new DateOnly(2027, 2, 18)], result.Value.StartsLocal.Select(DateOnly.FromDateTime));
    }

    [Fact]
    public void Expand_ARuleThatGivesNoDate_IsRefused()
    {
        var result = SeriesRule.Expand(Monthly(1, DayOfWeek.Wednesday, endsOn: new DateOnly(2027, 1, 5)), new DateOnly(2027, 1, 1), new TimeOnly(18, 0), Kyiv, 60);

        Assert.False(result.IsSuccess);
        Assert.Contains("жодної дати", result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "Вкажіть, коли серія закінчується")]
    [InlineData(61, null, "понад 60")]
    [InlineData(0, null, "щонайменше 1")]
    public void Expand_EndMissingOrOutOfRange_IsRefused(int? count, string? endsOn, string message)
    {
        var input = Monthly(1, DayOfWeek.Monday, count, endsOn is null ? null : DateOnly.Parse(endsOn, System.Globalization.CultureInfo.InvariantCulture));

        var result = SeriesRule.Expand(input, new DateOnly(2027, 1, 1), new TimeOnly(9, 0), Kyiv, 60);

        Assert.Contains(message, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_AnEndDateFarAway_IsRefusedAboveTheLimit()
    {
        var input = new SeriesRuleInput(SeriesFrequency.Weekly, 1, [DayOfWeek.Monday], 1, DayOfWeek.Monday, new DateOnly(2029, 1, 1), null);

        var result = SeriesRule.Expand(input, new DateOnly(2027, 1, 1), new TimeOnly(9, 0), Kyiv, 60);

        Assert.Contains("понад 60", result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYDAY=1WE;COUNT=12", "щомісяця: перша середа")]
    [InlineData("FREQ=MONTHLY;BYDAY=-1MO;COUNT=3", "щомісяця: останній понеділок")]
    [InlineData("FREQ=MONTHLY;BYDAY=-1SA;COUNT=3", "щомісяця: остання субота")]
    [InlineData("FREQ=MONTHLY;BYDAY=3SU;COUNT=3", "щомісяця: третя неділя")]
    [InlineData("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8", "щотижня: вт, чт")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;COUNT=8", "раз на 2 тижні: сб")]
    public void Describe_SaysTheRuleInUkrainian(string rule, string expected) =>
        Assert.Equal(expected, SeriesRule.Describe(rule));
}
