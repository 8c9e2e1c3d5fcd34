namespace Lounb.Modules.Assessments.Contracts;

/// <summary>A person's final grade on a quiz (by the quiz's grading method).</summary>
public sealed class QuizGradeFact
{
    public Guid QuizId { get; init; }

    public Guid UserId { get; init; }

    public decimal Percent { get; init; }

    public bool Passed { get; init; }
}

/// <summary>An attempt with its (latest) grade: what <see cref="AttemptGraded"/> announced, as kept.</summary>
public sealed record GradedAttempt(Guid AttemptId, Guid QuizId, Guid UserId, decimal Percent, DateTime GradedAt);

/// <summary>
/// Read-only facts of Assessments for another module (Reports): queryable final grades for progress reports, and every
/// graded attempt streamed as <see cref="AttemptGraded"/> announced it (what a read model is rebuilt from).
/// </summary>
public interface IAssessmentFacts
{
    /// <summary>Every final grade, untracked.</summary>
    IQueryable<QuizGradeFact> Grades { get; }

    IAsyncEnumerable<GradedAttempt> GradedAttemptsAsync(CancellationToken ct);
}
