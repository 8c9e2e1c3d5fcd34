namespace Lounb.Modules.Courses.Contracts;

/// <summary>An enrolment as reports see it: who, which run, where it stands and how many lessons are done.</summary>
public sealed class EnrolmentFact
{
    public Guid EnrollmentId { get; init; }

    public Guid UserId { get; init; }

    public Guid RunId { get; init; }

    public Guid CourseId { get; init; }

    public string CourseTitle { get; init; } = "";

    public string RunTitle { get; init; } = "";

    /// <summary>One of <see cref="EnrolmentFactStatus"/>'s names.</summary>
    public string Status { get; init; } = "";

    /// <summary>True while the person learns or has finished (their seat counts; they were served).</summary>
    public bool Served { get; init; }

    public DateTime EnrolledAt { get; init; }

    public DateTime? CompletedAt { get; init; }

    public int LessonsDone { get; init; }
}

/// <summary>The enrolment statuses as <see cref="EnrolmentFact.Status"/> spells them.</summary>
public static class EnrolmentFactStatus
{
    public const string Active = nameof(Active);
    public const string Waitlisted = nameof(Waitlisted);
    public const string PendingApproval = nameof(PendingApproval);
    public const string Completed = nameof(Completed);
    public const string Withdrawn = nameof(Withdrawn);
    public const string Rejected = nameof(Rejected);

    /// <summary>The Ukrainian word a report shows for <paramref name="status"/>.</summary>
    public static string Ukrainian(string status) => status switch
    {
        Active => "навчається",
        Waitlisted => "у черзі",
        PendingApproval => "очікує схвалення",
        Completed => "завершив(-ла)",
        Withdrawn => "вибув(-ла)",
        Rejected => "відхилено",
        _ => status,
    };
}

/// <summary>A lesson of a run's course, in the course's order.</summary>
public sealed record RunLesson(Guid LessonId, string Title, string Kind, string? ExtensionRef, bool IsRequired);

/// <summary>A learner of a run with the lessons they finished.</summary>
public sealed record RunLearner(Guid UserId, string Status, DateTime? CompletedAt, IReadOnlySet<Guid> LessonsDone);

/// <summary>A run's people × lessons: what a progress report is built from.</summary>
public sealed record RunProgressSheet(RunSummary Run, IReadOnlyList<RunLesson> Lessons, IReadOnlyList<RunLearner> Learners);

/// <summary>
/// Read-only facts of Courses for another module (Reports): queryable enrolments for counts and lists (the annual
/// plan's measured figures, progress reports, exports), and every enrolment, finished lesson and completion streamed as
/// the events that announced them (what a read model is rebuilt from; each stream is read to its end before the next
/// is opened).
/// </summary>
public interface ICourseFacts
{
    /// <summary>Every enrolment (any status), untracked; compose with filters and joins.</summary>
    IQueryable<EnrolmentFact> Enrolments { get; }

    /// <summary>A run's lessons and learners (active, completed and withdrawn), or null when there is no such run.</summary>
    Task<RunProgressSheet?> ProgressSheetAsync(Guid runId, CancellationToken ct);

    /// <summary>Every run (archived too), newest first, for a report's picker.</summary>
    Task<IReadOnlyList<RunSummary>> RunsAsync(CancellationToken ct);

    IAsyncEnumerable<CourseEnrolled> EnrolmentsAsync(CancellationToken ct);

    IAsyncEnumerable<LessonCompleted> LessonCompletionsAsync(CancellationToken ct);

    IAsyncEnumerable<CourseCompleted> CompletionsAsync(CancellationToken ct);
}
