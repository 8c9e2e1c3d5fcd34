namespace Lounb.Modules.Assessments.Domain;

internal enum AttemptState
{
    InProgress,

    /// <summary>Submitted; an essay waits for a grader.</summary>
    NeedsGrading,

    Graded,

    /// <summary>A questionnaire's attempt, handed in: never graded (no right answers).</summary>
    Submitted,
}

/// <summary>
/// One person's attempt at a quiz. The deadline is fixed at start (time limit, quiz close and the person's override) and
/// the server's clock alone judges it. Only one attempt per person and quiz is in progress (a filtered unique index).
/// </summary>
internal sealed class Attempt
{
    public Attempt(Guid quizId, Guid userId, int number, DateTime startedAt, DateTime? deadlineAt, Guid? lessonId)
    {
        Id = Guid.CreateVersion7();
        QuizId = quizId;
        UserId = userId;
        Number = number;
        StartedAt = startedAt;
        DeadlineAt = deadlineAt;
        LessonId = lessonId;
    }

    public Guid Id { get; private set; }

    public Guid QuizId { get; private set; }

    public Guid UserId { get; private set; }

    public int Number { get; private set; }

    public AttemptState State { get; set; }

    public DateTime StartedAt { get; private set; }

    public DateTime? DeadlineAt { get; private set; }

    public DateTime? SubmittedAt { get; set; }

    /// <summary>Submitted by the server when time ran out.</summary>
    public bool AutoSubmitted { get; set; }

    /// <summary>The course lesson the attempt was started from; its completion follows a pass.</summary>
    public Guid? LessonId { get; private set; }

    /// <summary>Sum of marks earned; null until every question is graded.</summary>
    public decimal? Score { get; set; }

    public decimal MaxScore { get; set; }

    /// <summary>Score in percent of <see cref="MaxScore"/>; null until graded.</summary>
    public decimal? Percent { get; set; }

    /// <summary>Highest page the learner reached (sequential navigation never goes back below it).</summary>
    public int CurrentPage { get; set; }

    public List<AttemptSlot> Slots { get; } = [];
}

/// <summary>
/// A question as one attempt shows it: the version, the order of its choices, and the learner's answer with the
/// client's version number (a save carrying an older or equal number never overwrites a newer one).
/// </summary>
internal sealed class AttemptSlot
{
    public AttemptSlot(Guid attemptId, int number, int page, Guid questionVersionId, decimal mark, string layout)
    {
        AttemptId = attemptId;
        Number = number;
        Page = page;
        QuestionVersionId = questionVersionId;
        Mark = mark;
        Layout = layout;
    }

    public Guid AttemptId { get; private set; }

    /// <summary>1-based position in the attempt.</summary>
    public int Number { get; private set; }

    public int Page { get; private set; }

    public Guid QuestionVersionId { get; set; }

    public decimal Mark { get; private set; }

    /// <summary>Shuffled ids of choices, answers or items, comma-separated ("" when nothing is shuffled).</summary>
    public string Layout { get; private set; }

    /// <summary>The answer as JSON; null while unanswered.</summary>
    public string? Response { get; set; }

    /// <summary>The client's counter of the saved answer.</summary>
    public long ResponseVersion { get; set; }

    public DateTime? SavedAt { get; set; }

    /// <summary>Fraction of <see cref="Mark"/> earned (−1..1 before clamping is the grader's business); null until graded.</summary>
    public decimal? Fraction { get; set; }

    public string? GraderComment { get; set; }

    public Guid? GradedBy { get; set; }

    public DateTime? GradedAt { get; set; }

    public bool NeedsManualGrading { get; set; }
}

/// <summary>A person's final grade on a quiz by its grading method, kept so that a pass is announced once.</summary>
internal sealed class QuizGrade
{
    public QuizGrade(Guid quizId, Guid userId)
    {
        QuizId = quizId;
        UserId = userId;
    }

    public Guid QuizId { get; private set; }

    public Guid UserId { get; private set; }

    public decimal Percent { get; set; }

    public bool Passed { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When the grade first reached the pass mark; null while not passed.</summary>
    public DateTime? PassedAt { get; set; }
}
