namespace Lounb.Modules.Assessments.Application.Statistics;

/// <summary>One graded attempt as statistics see it: its total and, per question, the fraction earned and a readable answer.</summary>
internal sealed record AttemptScores(Guid AttemptId, decimal Score, decimal MaxScore, IReadOnlyList<QuestionScore> Questions);

internal sealed record QuestionScore(Guid QuestionId, string QuestionName, string TypeName, decimal Mark, decimal Fraction, string ResponseSummary);

internal sealed record ResponseFrequency(string Response, int Count, decimal Share, decimal Fraction);

/// <param name="Facility">Mean fraction earned, in percent (Moodle's facility index).</param>
/// <param name="Discrimination">Correlation, in percent, between the question's score and the rest of the test's (Moodle's discrimination index); null when it cannot be computed (fewer than 2 attempts or no spread).</param>
internal sealed record QuestionStatistics(
    Guid QuestionId, string Name, string TypeName, int Attempts, decimal Facility, decimal StandardDeviation, decimal? Discrimination, IReadOnlyList<ResponseFrequency> Responses);

internal sealed record ScoreBand(int FromPercent, int ToPercent, int Count);

/// <param name="CronbachAlpha">Coefficient of internal consistency in percent; null with fewer than 2 attempts or questions.</param>
internal sealed record QuizStatistics(
    int AttemptCount, decimal MeanPercent, decimal MedianPercent, decimal StandardDeviationPercent, decimal? CronbachAlpha,
    IReadOnlyList<ScoreBand> Distribution, IReadOnlyList<QuestionStatistics> Questions)
{
    /// <summary>Computes the report from graded attempts (pure: the service only gathers the rows).</summary>
    public static QuizStatistics Compute(IReadOnlyList<AttemptScores> attempts)
    {
        var percents = attempts.Select(a => a.MaxScore == 0 ? 100.0 : (double)(100m * a.Score / a.MaxScore)).ToList();
        var distribution = Enumerable.Range(0, 10).Select(band => new ScoreBand(band * 10, band == 9 ? 100 : band * 10 + 9,
            percents.Count(p => Math.Min(9, (int)Math.Floor(p / 10)) == band))).ToList();
        var questions = attempts.SelectMany(a => a.Questions.Select(q => (Attempt: a, Question: q)))
            .GroupBy(x => x.Question.QuestionId)
            .Select(group => QuestionStats(group.ToList()))
            .ToList();
        return new QuizStatistics(attempts.Count, Round(Mean(percents)), Round(Median(percents)), Round(StandardDeviation(percents)),
            Alpha(attempts), distribution, questions);
    }

    private static QuestionStatistics QuestionStats(List<(AttemptScores Attempt, QuestionScore Question)> rows)
    {
        var first = rows[0].Question;
        var fractions = rows.Select(r => (double)r.Question.Fraction).ToList();
        var rest = rows.Select(r =>
        {
            var restMax = r.Attempt.MaxScore - r.Question.Mark;
            return restMax <= 0 ? 0.0 : (double)((r.Attempt.Score - r.Question.Mark * r.Question.Fraction) / restMax);
        }).ToList();
        var responses = rows.GroupBy(r => r.Question.ResponseSummary)
            .Select(g => new ResponseFrequency(g.Key, g.Count(), Round(100.0 * g.Count() / rows.Count), g.Max(r => r.Question.Fraction)))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Response, StringComparer.Ordinal).ToList();
        var correlation = Correlation(fractions, rest);
        return new QuestionStatistics(first.QuestionId, first.QuestionName, first.TypeName, rows.Count, Round(100 * Mean(fractions)),
            Round(100 * StandardDeviation(fractions)), correlation is null ? null : Round(100 * correlation.Value), responses);
    }

    /// <summary>α = k/(k−1) · (1 − Σ var(question) / var(total)), over attempts that saw the same questions (fixed quizzes).</summary>
    private static decimal? Alpha(IReadOnlyList<AttemptScores> attempts)
    {
        if (attempts.Count < 2)
        {
            return null;
        }

        var questionIds = attempts[0].Questions.Select(q => q.QuestionId).ToHashSet();
        if (questionIds.Count < 2 || attempts.Any(a => !a.Questions.Select(q => q.QuestionId).ToHashSet().SetEquals(questionIds)))
        {
            return null;
        }

        var k = questionIds.Count;
        var itemVariance = questionIds.Sum(id => Variance(attempts.Select(a => (double)a.Questions.Where(q => q.QuestionId == id).Sum(q => q.Mark * q.Fraction)).ToList()));
        var totalVariance = Variance(attempts.Select(a => (double)a.Score).ToList());
        return totalVariance <= 0 ? null : Round(100.0 * k / (k - 1) * (1 - itemVariance / totalVariance));
    }

    private static double? Correlation(List<double> x, List<double> y)
    {
        if (x.Count < 2)
        {
            return null;
        }

        var (mx, my) = (Mean(x), Mean(y));
        var covariance = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var spread = Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
        return spread == 0 ? null : covariance / spread;
    }

    private static double Mean(List<double> values) => values.Count == 0 ? 0 : values.Average();

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Sample standard deviation (n − 1), as Moodle reports it.</summary>
    private static double StandardDeviation(List<double> values) => Math.Sqrt(Variance(values));

    private static double Variance(List<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }

    private static decimal Round(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
}
