namespace Lounb.Modules.Courses.Contracts;

/// <summary>Where a person assigned to a course by another module landed.</summary>
public enum AssignedEnrolment
{
    /// <summary>Has a seat in the course's open run.</summary>
    Learning,

    /// <summary>The run is full: on its waiting list, promoted when a seat frees.</summary>
    WaitingList,

    /// <summary>Already learning, waiting or done in a run of the course: nothing changed.</summary>
    AlreadyEnrolled,

    /// <summary>The course has no published run open today: nothing changed.</summary>
    NoOpenRun,
}

/// <summary>Enrols a person into a course on someone else's decision (e.g. an attestation commission's condition).</summary>
public interface ICourseEnrolments
{
    /// <summary>
    /// Places the person in the course's earliest run that is open today, as an assignment: the run's mode and invite
    /// code do not apply, its capacity does (a full run puts them on the waiting list). Idempotent.
    /// </summary>
    Task<AssignedEnrolment> EnrolAsync(Guid courseId, Guid userId, CancellationToken ct);
}
