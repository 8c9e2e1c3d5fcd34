namespace Lounb.Modules.Assessments.Contracts;

/// <summary>A person's final grade on a quiz (by the quiz's grading method).</summary>
public sealed class QuizGradeFact
{
    public Guid QuizId { get; init; }

    public Guid UserId { get; init; }

    public decimal Percent { get; init; }

    public bool Passed { get; init; }
}

/// <summary>Read-only facts of Assessments for reports.</summary>
public interface IQuizGradeFacts
{
    /// <summary>Every final grade, untracked.</summary>
    IQueryable<QuizGradeFact> Grades { get; }
}
