using Lounb.Modules.Assessments.Application.Statistics;

namespace Lounb.Modules.Assessments.Tests.Statistics;

public class QuizStatisticsTests
{
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    private static AttemptScores Attempt(decimal q1, decimal q2) =>
        new(Guid.NewGuid(), q1 + q2, 2m, [new(First, "Закон", "Один варіант", 1m, q1, q1 == 1 ? "Правильна" : "Інша"), new(Second, "Рік", "Число", 1m, q2, q2 == 1 ? "1995" : "2000")]);

    private static QuizStatistics Sample() => QuizStatistics.Compute([Attempt(1, 1), Attempt(1, 1), Attempt(0, 0), Attempt(1, 0)]);

    [Fact]
    public void Test_level_figures_as_Moodle_defines_them()
    {
        var statistics = Sample();

        Assert.Equal(4, statistics.AttemptCount);
        Assert.Equal(62.5m, statistics.MeanPercent);
        Assert.Equal(75m, statistics.MedianPercent);
        Assert.Equal(47.87m, statistics.StandardDeviationPercent);
        Assert.Equal(72.73m, statistics.CronbachAlpha);
        Assert.Equal([1, 0, 0, 0, 0, 1, 0, 0, 0, 2], statistics.Distribution.Select(b => b.Count));
    }

    [Fact]
    public void Facility_is_the_mean_score_and_discrimination_the_correlation_with_the_rest_of_the_test()
    {
        var first = Sample().Questions.Single(q => q.QuestionId == First);

        Assert.Equal(75m, first.Facility);
        Assert.Equal(57.74m, first.Discrimination);
        Assert.Equal(50m, first.StandardDeviation);
    }

    [Fact]
    public void Answer_frequencies_count_each_answer_with_its_share()
    {
        var second = Sample().Questions.Single(q => q.QuestionId == Second);

        Assert.Equal([("1995", 2, 50m, 1m), ("2000", 2, 50m, 0m)], second.Responses.Select(r => (r.Response, r.Count, r.Share, r.Fraction)));
    }

    [Fact]
    public void Too_few_attempts_give_no_correlation_instead_of_a_made_up_one()
    {
        var statistics = QuizStatistics.Compute([Attempt(1, 0)]);

        Assert.Null(statistics.CronbachAlpha);
        Assert.All(statistics.Questions, q => Assert.Null(q.Discrimination));
    }
}
