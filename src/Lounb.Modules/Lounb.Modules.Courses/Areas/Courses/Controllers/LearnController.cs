using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Application;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Courses.Areas.Courses.Controllers;

/// <summary>"Моє навчання" and the lesson player.</summary>
[Area("Courses")]
internal sealed class LearnController(LearningService learning) : Controller
{
    private Guid UserId => User.UserId();

    [HttpGet("/learning")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await learning.MyCoursesAsync(UserId, ct));

    [HttpGet("/learn/{runId:guid}")]
    public async Task<IActionResult> Resume(Guid runId, CancellationToken ct)
    {
        var lesson = await learning.ResumeLessonAsync(UserId, runId, ct);
        return lesson is null ? NotFound() : Redirect($"/learn/{runId}/lessons/{lesson}");
    }

    [ContentETag]
    [HttpGet("/learn/{runId:guid}/lessons/{lessonId:guid}")]
    public async Task<IActionResult> Lesson(Guid runId, Guid lessonId, CancellationToken ct)
    {
        var view = await learning.OpenLessonAsync(UserId, runId, lessonId, ct);
        return view is null ? NotFound() : View(view);
    }

    /// <summary>The same as the JSON endpoint, for browsers without JavaScript.</summary>
    [HttpPost("/learn/{runId:guid}/lessons/{lessonId:guid}/complete")]
    public async Task<IActionResult> Complete(Guid runId, Guid lessonId, Guid? next, CancellationToken ct)
    {
        var result = await learning.MarkCompleteAsync(UserId, runId, lessonId, ct);
        var here = $"/learn/{runId}/lessons/{lessonId}";
        return result.Succeeded(out var completion, out _)
            ? this.BackTo(next is { } nextLesson ? $"/learn/{runId}/lessons/{nextLesson}" : here, result,
                completion.CourseCompleted ? "Курс завершено! Вітаємо." : "Урок позначено як пройдений.")
            : this.BackTo(here, result, "");
    }
}
