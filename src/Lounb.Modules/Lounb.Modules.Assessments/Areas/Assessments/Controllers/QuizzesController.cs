using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>The learner's side: quizzes, attempts (with a form that works without JavaScript) and review.</summary>
[Area("Assessments")]
internal sealed class QuizzesController(
    QuizLearnerService learner, AttemptStarter starter, AttemptReader reader, AnswerSaver saver, AttemptFinalizer finalizer, TimeProvider time) : Controller
{
    private Guid UserId => User.UserId();

    [HttpGet("/quizzes")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await learner.ListAsync(UserId, ct));

    [HttpGet("/quizzes/{id:guid}")]
    public async Task<IActionResult> Quiz(Guid id, Guid? lesson, CancellationToken ct)
    {
        var overview = await learner.OverviewAsync(UserId, id, ct);
        if (overview is null)
        {
            return NotFound();
        }

        ViewData["LessonId"] = lesson;
        return View(overview);
    }

    [HttpPost("/quizzes/{id:guid}/start")]
    public async Task<IActionResult> Start(Guid id, Guid? lesson, CancellationToken ct)
    {
        return (await starter.StartAsync(UserId, id, lesson, ct)).Succeeded(out var attemptId, out var refused)
            ? Redirect($"/attempts/{attemptId}")
            : this.BackTo($"/quizzes/{id}", refused, "");
    }

    [ContentETag]
    [HttpGet("/attempts/{id:guid}")]
    public async Task<IActionResult> Attempt(Guid id, int page, CancellationToken ct)
    {
        if (!(await reader.ScreenAsync(UserId, id, page, ct)).Succeeded(out var screen, out var refused))
        {
            return this.BackTo($"/attempts/{id}", refused, "");
        }

        if (screen.Current.State != AttemptState.InProgress)
        {
            return Redirect($"/attempts/{id}/review");
        }

        return View(new AttemptViewModel(screen.Current, screen.AllPages, time.GetUtcNow().UtcDateTime));
    }

    /// <summary>Without JavaScript: the page's answers are saved, then the learner moves on or finishes.</summary>
    [HttpPost("/attempts/{id:guid}")]
    public async Task<IActionResult> SavePage(Guid id, int page, string? move, CancellationToken ct)
    {
        if (!(await reader.PageAsync(UserId, id, page, ct)).Succeeded(out var current, out var refused))
        {
            return this.BackTo($"/attempts/{id}", refused, "");
        }

        var version = time.GetUtcNow().ToUnixTimeMilliseconds();
        var problems = new List<string>();
        foreach (var question in current.Questions)
        {
            var built = FormResponses.Build(question, Request.Form);
            if (built.Problem is { } problem)
            {
                problems.Add($"Питання {question.Slot}: {problem}");
                continue;
            }

            if (built.Json is null || built.Json == question.ResponseJson)
            {
                continue;
            }

            if ((await saver.SaveAsync(UserId, id, question.Slot, built.Json, Math.Max(version, question.ResponseVersion + 1), ct)).Failed(out var notSaved))
            {
                problems.Add($"Питання {question.Slot}: {notSaved.Message}");
            }
        }

        if (problems.Count > 0)
        {
            return this.BackTo($"/attempts/{id}?page={page}", AssessmentErrors.AnswersRefused(problems), "");
        }

        return move switch
        {
            "finish" => await SubmitAsync(id, ct),
            "previous" => Redirect($"/attempts/{id}?page={Math.Max(0, page - 1)}"),
            "next" => Redirect($"/attempts/{id}?page={page + 1}"),
            _ => Redirect($"/attempts/{id}?page={page}"),
        };
    }

    [HttpPost("/attempts/{id:guid}/submit")]
    public Task<IActionResult> Submit(Guid id, CancellationToken ct) => SubmitAsync(id, ct);

    [HttpGet("/attempts/{id:guid}/review")]
    public async Task<IActionResult> Review(Guid id, CancellationToken ct)
    {
        if (!(await reader.ReviewAsync(UserId, id, asStaff: false, ct)).Succeeded(out var review, out var refused))
        {
            return this.Refuse(refused);
        }

        return review.State == AttemptState.InProgress ? Redirect($"/attempts/{id}") : View(review);
    }

    private async Task<IActionResult> SubmitAsync(Guid id, CancellationToken ct)
    {
        var submitted = await finalizer.SubmitOwnAsync(UserId, id, ct);
        return this.BackTo($"/attempts/{id}/review", submitted, submitted.Succeeded(out var now, out _) && now ? "Спробу завершено." : "Спробу вже завершено.");
    }
}
