using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Application.Grading;

/// <summary>The quiz grade from a person's graded attempts, by the quiz's method.</summary>
internal static class FinalGrade
{
    /// <param name="percentsByAttemptNumber">Percent of each graded attempt, in attempt order.</param>
    /// <returns>Null when no attempt is graded yet.</returns>
    public static decimal? Compute(GradingMethod method, IReadOnlyList<decimal> percentsByAttemptNumber)
    {
        if (percentsByAttemptNumber.Count == 0)
        {
            return null;
        }

        var grade = method switch
        {
            GradingMethod.Highest => percentsByAttemptNumber.Max(),
            GradingMethod.Last => percentsByAttemptNumber[^1],
            GradingMethod.First => percentsByAttemptNumber[0],
            GradingMethod.Average => percentsByAttemptNumber.Average(),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
        };
        return Math.Round(grade, 2, MidpointRounding.AwayFromZero);
    }
}
