using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Courses.Contracts;

namespace Lounb.Modules.Assessments.Application;

/// <summary>A quiz as a course lesson: the lesson shows the quiz and is completed when the learner passes it.</summary>
internal sealed class QuizLessonKind : ILessonKind
{
    public const string KindKey = "quiz";

    public string Key => KindKey;

    public string DisplayName => "Тест";

    public string? ReferenceLabel => "Ідентифікатор тесту (з адреси сторінки тесту)";

    public string? PlayerPartialView => "~/Areas/Assessments/Views/Shared/_QuizLesson.cshtml";

    public bool LearnerMarksComplete => false;
}

/// <summary>A pass of a quiz started from a course lesson completes that lesson.</summary>
internal sealed class CompleteLessonOnQuizPassed(IServiceProvider services) : IIntegrationEventSubscriber<QuizPassed>
{
    public async Task HandleAsync(QuizPassed integrationEvent, CancellationToken ct)
    {
        if (integrationEvent.LessonId is { } lessonId && services.GetService(typeof(ICourseProgress)) is ICourseProgress progress)
        {
            await progress.CompleteLessonAsync(integrationEvent.UserId, lessonId, ct);
        }
    }
}
