using Lounb.Modules.Core.Events;

namespace Lounb.Modules.Assessments.Contracts;

/// <summary>Every question of an attempt has a grade (automatic, or the last essay graded by hand, or a regrade).</summary>
public sealed record AttemptGraded(Guid AttemptId, Guid QuizId, Guid UserId, int AttemptNumber, decimal Percent, decimal QuizGradePercent, bool QuizPassed, DateTime GradedAt) : IIntegrationEvent;

/// <summary>A person's quiz grade reached the pass mark for the first time (raised once per person and quiz).</summary>
public sealed record QuizPassed(Guid QuizId, Guid UserId, string QuizTitle, decimal Percent, DateTime PassedAt, Guid? LessonId) : IIntegrationEvent;
