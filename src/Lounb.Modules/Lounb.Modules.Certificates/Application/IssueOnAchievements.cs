using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Contracts;

namespace Lounb.Modules.Certificates.Application;

/// <summary>A completed course run earns a certificate with the course's hours.</summary>
/// <remarks>Not when the course's template (or the default course template) says certificates are not issued automatically.</remarks>
internal sealed class IssueOnCourseCompleted(CertificateIssuer issuer, CertificateTemplateService templates) : IIntegrationEventSubscriber<CourseCompleted>
{
    public async Task HandleAsync(CourseCompleted integrationEvent, CancellationToken ct)
    {
        if (await templates.ChooseAsync(AchievementKind.CourseCompletion, integrationEvent.CourseId, ct) is { IssueAutomatically: false })
        {
            return;
        }

        await issuer.IssueAsync(new Achievement(integrationEvent.UserId, AchievementKind.CourseCompletion, integrationEvent.EnrollmentId,
            integrationEvent.CourseTitle, integrationEvent.Hours, integrationEvent.CourseId), ct);
    }
}

/// <summary>
/// A quiz passed on its own (an attestation test, say) earns a certificate; a quiz taken as a course lesson does not,
/// since the course's own certificate covers it.
/// </summary>
/// <remarks>Not when the quiz's template (or the default quiz template) says certificates are not issued automatically.</remarks>
internal sealed class IssueOnQuizPassed(CertificateIssuer issuer, CertificateTemplateService templates) : IIntegrationEventSubscriber<QuizPassed>
{
    public async Task HandleAsync(QuizPassed integrationEvent, CancellationToken ct)
    {
        if (integrationEvent.LessonId is not null
            || await templates.ChooseAsync(AchievementKind.QuizPass, integrationEvent.QuizId, ct) is { IssueAutomatically: false })
        {
            return;
        }

        await issuer.IssueAsync(new Achievement(integrationEvent.UserId, AchievementKind.QuizPass, integrationEvent.QuizId, integrationEvent.QuizTitle, 0, integrationEvent.QuizId), ct);
    }
}

/// <summary>
/// Attending a webinar (or a club meeting, a hybrid event) earns a certificate of participation with its length in
/// academic hours (45 minutes); an online class of a course run does not, since the course's certificate covers it.
/// </summary>
/// <remarks>Not when the series' (or the event's, or the default webinar) template says certificates are not issued automatically.</remarks>
internal sealed class IssueOnWebinarAttended(CertificateIssuer issuer, CertificateTemplateService templates) : IIntegrationEventSubscriber<WebinarAttended>
{
    private const int AcademicHourMinutes = 45;

    public async Task HandleAsync(WebinarAttended integrationEvent, CancellationToken ct)
    {
        var group = integrationEvent.SeriesId ?? integrationEvent.EventId;
        if (integrationEvent.PartOfCourse
            || await templates.ChooseAsync(AchievementKind.WebinarAttendance, group, ct) is { IssueAutomatically: false })
        {
            return;
        }

        var hours = (int)Math.Round(integrationEvent.DurationMinutes / (double)AcademicHourMinutes, MidpointRounding.AwayFromZero);
        await issuer.IssueAsync(new Achievement(integrationEvent.UserId, AchievementKind.WebinarAttendance, integrationEvent.EventId, integrationEvent.Title, hours, group), ct);
    }
}
