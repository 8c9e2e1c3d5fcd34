using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Courses.Contracts;

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
