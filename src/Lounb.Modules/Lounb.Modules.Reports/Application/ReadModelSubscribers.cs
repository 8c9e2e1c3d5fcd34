using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Attestation.Contracts;
using Lounb.Modules.Certificates.Contracts;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Hubs.Contracts;
using Lounb.Modules.Webinars.Contracts;

namespace Lounb.Modules.Reports.Application;

/// <summary>Keeps the read model current from the other modules' events (each is idempotent per source event: see <see cref="ReadModelWriter"/>).</summary>
internal sealed class RecordCourseEnrolled(ReadModelWriter writer) : IIntegrationEventSubscriber<CourseEnrolled>
{
    public Task HandleAsync(CourseEnrolled integrationEvent, CancellationToken ct) => writer.RecordAsync(ActivityFacts.Of(integrationEvent), ct);
}

internal sealed class RecordLessonCompleted(ReadModelWriter writer) : IIntegrationEventSubscriber<LessonCompleted>
{
    public Task HandleAsync(LessonCompleted integrationEvent, CancellationToken ct) => writer.RecordAsync(ActivityFacts.Of(integrationEvent), ct);
}

internal sealed class RecordCourseCompleted(ReadModelWriter writer) : IIntegrationEventSubscriber<CourseCompleted>
{
    public Task HandleAsync(CourseCompleted integrationEvent, CancellationToken ct) => writer.RecordAsync(ActivityFacts.Of(integrationEvent), ct);
}

internal sealed class RecordAttemptGraded(ReadModelWriter writer) : IIntegrationEventSubscriber<AttemptGraded>
{
    public Task HandleAsync(AttemptGraded integrationEvent, CancellationToken ct) => writer.RecordAsync(ActivityFacts.Of(integrationEvent), ct);
}

internal sealed class RecordWebinarRegistered(ReadModelWriter writer) : IIntegrationEventSubscriber<WebinarRegistered>
{
    public Task HandleAsync(WebinarRegistered integrationEvent, CancellationToken ct) => writer.RecordAsync(ActivityFacts.Of(integrationEvent), ct);
}

internal sealed class RecordWebinarAttended(ReadModelWriter writer) : IIntegrationEventSubscriber<WebinarAttended>
{
    public Task HandleAsync(WebinarAttended integrationEvent, CancellationToken ct) => writer.RecordAsync(ActivityFacts.Of(integrationEvent), ct);
}

internal sealed class RecordCertificateIssued(ReadModelWriter writer) : IIntegrationEventSubscriber<CertificateIssued>
{
    public Task HandleAsync(CertificateIssued integrationEvent, CancellationToken ct) => writer.RecordAsync(ActivityFacts.Of(integrationEvent), ct);
}

internal sealed class RecordAttestationDecided(ReadModelWriter writer) : IIntegrationEventSubscriber<AttestationDecided>
{
    public Task HandleAsync(AttestationDecided integrationEvent, CancellationToken ct) => writer.RecordAsync(ActivityFacts.Of(integrationEvent), ct);
}

/// <summary>A corrected report is raised again with the same report id: its figures replace the first ones.</summary>
internal sealed class RecordHubReportApproved(ReadModelWriter writer) : IIntegrationEventSubscriber<HubReportApproved>
{
    public Task HandleAsync(HubReportApproved integrationEvent, CancellationToken ct) => writer.RecordAsync(ActivityFacts.Of(integrationEvent), ct);
}
