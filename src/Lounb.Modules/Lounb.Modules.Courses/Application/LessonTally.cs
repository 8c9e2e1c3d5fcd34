namespace Lounb.Modules.Courses.Application;

/// <summary>
/// A learner's progress as the progress bar shows it: how many of the course's required (visible) lessons they passed,
/// out of how many. Optional and removed lessons do not count, on the learner's page and on the trainer's list alike.
/// </summary>
internal sealed record LessonTally(int Done, int Required)
{
    /// <param name="requiredLessonIds">The course's required lessons that are not removed.</param>
    /// <param name="completed">Every lesson the learner marked or passed (may include optional and removed ones).</param>
    public static LessonTally Of(IReadOnlyCollection<Guid> requiredLessonIds, IEnumerable<Guid> completed)
    {
        ArgumentNullException.ThrowIfNull(requiredLessonIds);
        var passed = completed.ToHashSet();
        return new LessonTally(requiredLessonIds.Count(passed.Contains), requiredLessonIds.Count);
    }

    /// <summary>"10 з 12".</summary>
    public override string ToString() => $"{Done} з {Required}";
}
