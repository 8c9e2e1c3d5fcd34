using Lounb.Modules.Core.Events;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Contracts;

namespace Lounb.Modules.Webinars.Application;

/// <summary>A live session as a course lesson: the lesson shows the session and is completed when the learner attends it.</summary>
internal sealed class LiveSessionLessonKind : ILessonKind
{
    public const string KindKey = "live";

    public string Key => KindKey;

    public string DisplayName => "Онлайн-заняття";

    public string? ReferenceLabel => "Ідентифікатор події (з адреси сторінки вебінару)";

    public string? PlayerPartialView => "~/Areas/Webinars/Views/Shared/_LiveSessionLesson.cshtml";

    public bool LearnerMarksComplete => false;
}

/// <summary>Attending a session completes the course lessons that point at it (and so may complete the course).</summary>
internal sealed class CompleteLessonsOnWebinarAttended(ICourseProgress progress) : IIntegrationEventSubscriber<WebinarAttended>
{
    public Task HandleAsync(WebinarAttended integrationEvent, CancellationToken ct) =>
        progress.CompleteLessonsReferringToAsync(integrationEvent.UserId, LiveSessionLessonKind.KindKey, integrationEvent.EventId.ToString(), ct);
}
