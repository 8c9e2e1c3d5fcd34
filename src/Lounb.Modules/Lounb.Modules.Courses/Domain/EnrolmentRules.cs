using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Courses.Domain;

/// <summary>What the rules need to know about the person asking for a place in a run.</summary>
/// <param name="InviteCode">The code the person typed, if any.</param>
/// <param name="NeedsGuardianConsent">A child under 14 whose guardian's consent is not on record.</param>
/// <param name="MissingPrerequisites">How many of the courses this one requires the person has not completed.</param>
/// <param name="Current">The person's enrolment in this run so far, if there is one.</param>
internal sealed record EnrolmentApplicant(string? InviteCode, bool NeedsGuardianConsent, int MissingPrerequisites, EnrollmentStatus? Current);

/// <summary>Who may ask for a place in a run: the enrolment rules in one place, free of the database.</summary>
internal static class EnrolmentRules
{
    /// <summary>Why this person cannot ask for a place now, or null when they can. The first rule broken is reported.</summary>
    public static Error? Refusal(CourseRun run, CourseStatus courseStatus, DateOnly today, EnrolmentApplicant applicant)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(applicant);
        if (!run.IsOpenOn(today) || courseStatus != CourseStatus.Published)
        {
            return CourseErrors.RunClosed;
        }

        if (run.Mode == EnrolmentMode.Assigned)
        {
            return CourseErrors.AssignedOnly;
        }

        if (run.Mode == EnrolmentMode.InviteCode && !string.Equals(run.InviteCode, applicant.InviteCode?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return CourseErrors.WrongInviteCode;
        }

        if (applicant.NeedsGuardianConsent)
        {
            return CourseErrors.ConsentMissing;
        }

        if (applicant.MissingPrerequisites > 0)
        {
            return CourseErrors.PrerequisiteMissing;
        }

        if (applicant.Current is { } current && current is not (EnrollmentStatus.Withdrawn or EnrollmentStatus.Rejected))
        {
            return CourseErrors.AlreadyEnrolled;
        }

        return null;
    }

    /// <summary>
    /// Whether a person placed by someone else (a methodologist's assignment, an attestation commission's condition) can
    /// be placed: the run is open today and its course published. The run's mode and invite code do not apply; a person
    /// already learning, waiting or done is left as they are.
    /// </summary>
    public static Error? AssignmentRefusal(CourseRun run, CourseStatus courseStatus, DateOnly today, EnrollmentStatus? current)
    {
        ArgumentNullException.ThrowIfNull(run);
        return !run.IsOpenOn(today) || courseStatus != CourseStatus.Published ? CourseErrors.RunClosed
            : current is { } status && status is not (EnrollmentStatus.Withdrawn or EnrollmentStatus.Rejected) ? CourseErrors.AlreadyEnrolled
            : null;
    }
}
