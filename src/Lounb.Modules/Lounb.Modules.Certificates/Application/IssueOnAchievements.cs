using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Courses.Contracts;

namespace Lounb.Modules.Certificates.Application;

/// <summary>A completed course run earns a certificate with the course's hours.</summary>
internal sealed class IssueOnCourseCompleted(CertificateIssuer issuer) : IIntegrationEventSubscriber<CourseCompleted>
{
    public Task HandleAsync(CourseCompleted integrationEvent, CancellationToken ct) =>
        issuer.IssueAsync(new Achievement(integrationEvent.UserId, AchievementKind.CourseCompletion, integrationEvent.EnrollmentId,
            integrationEvent.CourseTitle, integrationEvent.Hours, integrationEvent.CourseId), ct);
}

/// <summary>
/// A quiz passed on its own (an attestation test, say) earns a certificate; a quiz taken as a course lesson does not,
/// since the course's own certificate covers it.
/// </summary>
internal sealed class IssueOnQuizPassed(CertificateIssuer issuer) : IIntegrationEventSubscriber<QuizPassed>
{
    public Task HandleAsync(QuizPassed integrationEvent, CancellationToken ct) =>
        integrationEvent.LessonId is not null
            ? Task.CompletedTask
            : issuer.IssueAsync(new Achievement(integrationEvent.UserId, AchievementKind.QuizPass, integrationEvent.QuizId, integrationEvent.QuizTitle, 0, integrationEvent.QuizId), ct);
}
