namespace Lounb.Modules.Courses.Domain;

/// <summary>A person in a run: learning, waiting for a seat or for approval, done, or gone.</summary>
internal sealed class Enrollment
{
    public Enrollment(Guid runId, Guid courseId, Guid userId, EnrollmentStatus status, DateTime now)
    {
        Id = Guid.CreateVersion7();
        RunId = runId;
        CourseId = courseId;
        UserId = userId;
        Status = status;
        CreatedAt = now;
        StatusChangedAt = now;
    }

    /// <summary>For EF Core materialisation.</summary>
    private Enrollment()
    {
    }

    public Guid Id { get; private set; }

    public Guid RunId { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid UserId { get; private set; }

    public EnrollmentStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>Where the learner stopped; the player resumes here.</summary>
    public Guid? LastLessonId { get; set; }

    public bool HoldsSeat => Status is EnrollmentStatus.Active or EnrollmentStatus.Completed;

    public void MoveTo(EnrollmentStatus status, DateTime now)
    {
        Status = status;
        StatusChangedAt = now;
    }

    /// <summary>Completes an active enrolment once every required lesson is done; true when this call completed it.</summary>
    public bool CompleteIfAllRequiredDone(int requiredDone, int requiredTotal, DateTime now)
    {
        if (Status != EnrollmentStatus.Active || requiredDone < requiredTotal)
        {
            return false;
        }

        Complete(now);
        return true;
    }

    public void Complete(DateTime now)
    {
        Status = EnrollmentStatus.Completed;
        CompletedAt ??= now;
        StatusChangedAt = now;
    }
}

/// <summary>A lesson a learner finished, once.</summary>
internal sealed class LessonProgress
{
    public LessonProgress(Guid enrollmentId, Guid lessonId, DateTime completedAt)
    {
        EnrollmentId = enrollmentId;
        LessonId = lessonId;
        CompletedAt = completedAt;
    }

    public Guid EnrollmentId { get; private set; }

    public Guid LessonId { get; private set; }

    public DateTime CompletedAt { get; private set; }
}
