using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Courses.Contracts;

/// <summary>A person was placed in a course run (learning or on its waiting list); raised once per enrolment.</summary>
public sealed record CourseEnrolled(Guid EnrollmentId, Guid UserId, Guid CourseId, Guid RunId, DateTime EnrolledAt) : IIntegrationEvent;

/// <summary>A learner finished a lesson of a course run (raised once per enrolment and lesson).</summary>
public sealed record LessonCompleted(Guid EnrollmentId, Guid UserId, Guid CourseId, Guid LessonId, DateTime CompletedAt) : IIntegrationEvent;
