namespace Lounb.Modules.Assessments.Contracts;

/// <summary>An attempt with its (latest) grade: what <see cref="AttemptGraded"/> announced, as kept.</summary>
public sealed record GradedAttempt(Guid AttemptId, Guid QuizId, Guid UserId, decimal Percent, DateTime GradedAt);

/// <summary>Every graded attempt kept by Assessments: what a read model of another module (Reports) is rebuilt from.</summary>
public interface IAttemptHistory
{
    IAsyncEnumerable<GradedAttempt> GradedAttemptsAsync(CancellationToken ct);
}
