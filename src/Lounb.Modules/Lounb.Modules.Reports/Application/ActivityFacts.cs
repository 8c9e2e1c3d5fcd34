using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Attestation.Contracts;
using Lounb.Modules.Certificates.Contracts;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Hubs.Contracts;
using Lounb.Modules.Reports.Domain;
using Lounb.Modules.Webinars.Contracts;

namespace Lounb.Modules.Reports.Application;

/// <summary>
/// A fact as a source tells it, before the person's place is looked up: keyed by the source event's identity.
/// <paramref name="OblastCode"/> and <paramref name="LibraryId"/> override the person's place (a campaign's oblast, a
/// hub's library); <paramref name="Day"/> overrides the local day of <paramref name="At"/> (a hub report's month).
/// </summary>
internal sealed record ActivityFact(
    string Key, string Measure, DateTime At, Guid PersonId, Guid CourseId = default, double Value = 1, string? OblastCode = null, Guid? LibraryId = null, DateOnly? Day = null);

/// <summary>
/// The one mapping from the modules' events (live) and their read contracts (rebuild) to facts, so both give the
/// same figures.
/// </summary>
internal static class ActivityFacts
{
    public static ActivityFact Of(CourseEnrolled e) => new($"enrolled:{e.EnrollmentId}", ReportMeasures.Enrolled, e.EnrolledAt, e.UserId, e.CourseId);

    public static ActivityFact Of(LessonCompleted e) =>
        new($"lesson:{e.EnrollmentId}:{e.LessonId}", ReportMeasures.LessonCompleted, e.CompletedAt, e.UserId, e.CourseId);

    public static ActivityFact Of(CourseCompleted e) => new($"completed:{e.EnrollmentId}", ReportMeasures.CourseCompleted, e.CompletedAt, e.UserId, e.CourseId);

    /// <summary>A regrade replaces the attempt's fact (its percent, its day).</summary>
    public static ActivityFact Of(GradedAttempt a) => new($"attempt:{a.AttemptId}", ReportMeasures.AttemptGraded, a.GradedAt, a.UserId, Value: (double)a.Percent);

    public static ActivityFact Of(AttemptGraded e) => Of(new GradedAttempt(e.AttemptId, e.QuizId, e.UserId, e.Percent, e.GradedAt));

    public static ActivityFact Of(WebinarRegistered e) => new($"webinar-registered:{e.RegistrationId}", ReportMeasures.WebinarRegistered, e.RegisteredAt, e.UserId);

    public static ActivityFact Of(AttendedSession a) => new($"webinar-attended:{a.EventId}:{a.UserId}", ReportMeasures.WebinarAttended, a.AttendedAt, a.UserId);

    public static ActivityFact Of(WebinarAttended e) => Of(new AttendedSession(e.EventId, e.UserId, e.AttendedAt));

    public static ActivityFact Of(CertificateIssued e) => new($"certificate:{e.CertificateId}", ReportMeasures.CertificateIssued, e.IssuedAt, e.HolderId);

    /// <summary>One fact per candidate: a decision after an appeal replaces the first. Counted in the campaign's oblast.</summary>
    public static ActivityFact Of(AttestationDecided e) => new($"attestation:{e.CandidateId}", e.Verdict switch
    {
        AttestationVerdict.Fit => ReportMeasures.AttestationFit,
        AttestationVerdict.FitWithConditions => ReportMeasures.AttestationConditions,
        _ => ReportMeasures.AttestationNotFit,
    }, e.DecidedAt, e.UserId ?? e.CandidateId, OblastCode: e.OblastCode);

    /// <summary>Three figures of a hub's monthly report, in its library and month; a correction replaces them.</summary>
    public static IReadOnlyList<ActivityFact> Of(HubReportApproved e)
    {
        var month = new DateOnly(e.Year, e.Month, 1);
        ActivityFact Figure(string measure, int value) =>
            new($"{measure}:{e.ReportId}", measure, e.ApprovedAt, e.CoordinatorId, Value: value, OblastCode: e.OblastCode, LibraryId: e.LibraryId, Day: month);
        return [Figure(ReportMeasures.HubEvents, e.EventsHeld), Figure(ReportMeasures.HubParticipants, e.Participants), Figure(ReportMeasures.HubConsultations, e.Consultations)];
    }
}
