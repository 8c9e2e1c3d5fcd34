using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Courses.Contracts;

/// <summary>A learner met the completion rules of a course run (raised once per enrolment).</summary>
public sealed record CourseCompleted(Guid EnrollmentId, Guid UserId, Guid CourseId, Guid RunId, string CourseTitle, int Hours, DateTime CompletedAt) : IIntegrationEvent;
