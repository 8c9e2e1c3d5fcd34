namespace Lounb.Modules.Courses.Contracts;

/// <summary>A run with how many learners completed it.</summary>
public sealed record RunCompletions(Guid RunId, string CourseTitle, string RunTitle, int Completed);

/// <summary>A learner who completed a run (what a certificate of the course needs).</summary>
public sealed record CompletedEnrolment(Guid EnrollmentId, Guid UserId, Guid CourseId, string CourseTitle, int Hours, DateTime CompletedAt);

/// <summary>Read-only view of who completed which run, for other modules (certificates issued in bulk).</summary>
public interface ICourseRoster
{
    /// <summary>Runs with at least one completion, newest first.</summary>
    Task<IReadOnlyList<RunCompletions>> RunsWithCompletionsAsync(CancellationToken ct);

    Task<IReadOnlyList<CompletedEnrolment>> CompletedAsync(Guid runId, CancellationToken ct);

    /// <summary>True when the person is an active (or completed) learner of the run: its cohort.</summary>
    Task<bool> IsInCohortAsync(Guid runId, Guid userId, CancellationToken ct);

    /// <summary>Runs that are not archived, for pickers (a live class belongs to a run), newest first.</summary>
    Task<IReadOnlyList<RunSummary>> OpenRunsAsync(CancellationToken ct);

    /// <summary>One run that is not archived, or null (a class's run named on its page, checked when scheduling).</summary>
    Task<RunSummary?> FindOpenRunAsync(Guid runId, CancellationToken ct);
}

/// <summary>A run as other modules name it: its own title and dates under its course's title.</summary>
public sealed record RunSummary(Guid RunId, Guid CourseId, string CourseTitle, string RunTitle, string? OwnerOblastCode, DateOnly StartsOn, DateOnly EndsOn)
{
    /// <summary>The run's own label without the course title, e.g. "Весна 2026 · 01.03.2026–30.04.2026".</summary>
    public string Label => $"{RunTitle} · {StartsOn:dd.MM.yyyy}–{EndsOn:dd.MM.yyyy}";
}
