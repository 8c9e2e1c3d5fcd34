using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>The learner's side: quizzes, attempts (with a form that works without JavaScript) and review.</summary>
[Area("Assessments")]
internal sealed class QuizzesController(
    QuizLearnerService learner, AttemptStarter starter, AttemptReader reader, AnswerSaver saver, AttemptFinalizer finalizer, LounbDbContext db, TimeProvider time) : Controller
{
    private Guid UserId => User.UserId();

    [HttpGet("/quizzes")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var userId = UserId;
        var mine = await db.Set<Attempt>().AsNoTracking().Where(a => a.UserId == userId).Select(a => a.QuizId).Distinct().ToListAsync(ct);
        var quizzes = await db.Set<Quiz>().AsNoTracking()
            .Where(q => mine.Contains(q.Id) || (q.Status == QuizStatus.Published && (q.OpensAt == null || q.OpensAt <= now) && (q.ClosesAt == null || q.ClosesAt > now)))
            .OrderBy(q => q.Title).Select(q => new { q.Id, q.Title, q.ClosesAt, q.TimeLimitMinutes }).ToListAsync(ct);
        var grades = await db.Set<QuizGrade>().AsNoTracking().Where(g => g.UserId == userId).ToDictionaryAsync(g => g.QuizId, ct);
        return View(quizzes.Select(q => new QuizListItem(q.Id, q.Title, q.ClosesAt, q.TimeLimitMinutes, grades.GetValueOrDefault(q.Id)?.Percent,
            grades.GetValueOrDefault(q.Id)?.Passed == true, mine.Contains(q.Id))).ToList());
    }

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
        var started = await starter.StartAsync(UserId, id, lesson, ct);
        if (!started.IsSuccess)
        {
            if (started.Error!.Code == "not_found")
            {
                return NotFound();
            }

            TempData["Error"] = started.Error.Message;
            return Redirect($"/quizzes/{id}");
        }

        return Redirect($"/attempts/{started.Value}");
    }

    [ContentETag]
    [HttpGet("/attempts/{id:guid}")]
    public async Task<IActionResult> Attempt(Guid id, int page, CancellationToken ct)
    {
        var result = await reader.PageAsync(UserId, id, page, ct);
        if (!result.IsSuccess)
        {
            if (result.Error!.Code == "not_found")
            {
                return NotFound();
            }

            TempData["Error"] = result.Error.Message;
            return Redirect($"/attempts/{id}");
        }

        if (result.Value.State != AttemptState.InProgress)
        {
            return Redirect($"/attempts/{id}/review");
        }

        return View(new AttemptViewModel(result.Value, await reader.AllPagesAsync(UserId, id, ct), time.GetUtcNow().UtcDateTime));
    }

    /// <summary>Without JavaScript: the page's answers are saved, then the learner moves on or finishes.</summary>
    [HttpPost("/attempts/{id:guid}")]
    public async Task<IActionResult> SavePage(Guid id, int page, string? move, CancellationToken ct)
    {
        var current = await reader.PageAsync(UserId, id, page, ct);
        if (!current.IsSuccess)
        {
            return current.Error!.Code == "not_found" ? NotFound() : Redirect($"/attempts/{id}");
        }

        var version = time.GetUtcNow().ToUnixTimeMilliseconds();
        var problems = new List<string>();
        foreach (var question in current.Value.Questions)
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

            var saved = await saver.SaveAsync(UserId, id, question.Slot, built.Json, Math.Max(version, question.ResponseVersion + 1), ct);
            if (!saved.IsSuccess)
            {
                problems.Add($"Питання {question.Slot}: {saved.Error!.Message}");
            }
        }

        if (problems.Count > 0)
        {
            TempData["Error"] = string.Join(" ", problems);
            return Redirect($"/attempts/{id}?page={page}");
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
        var review = await reader.ReviewAsync(UserId, id, asStaff: false, ct);
        if (!review.IsSuccess)
        {
            return NotFound();
        }

        if (review.Value.State == AttemptState.InProgress)
        {
            return Redirect($"/attempts/{id}");
        }

        return View(review.Value);
    }

    private async Task<IActionResult> SubmitAsync(Guid id, CancellationToken ct)
    {
        var userId = UserId;
        if (!await db.Set<Attempt>().AnyAsync(a => a.Id == id && a.UserId == userId, ct))
        {
            return NotFound();
        }

        TempData["Status"] = await finalizer.SubmitAsync(id, automatic: false, ct) ? "Спробу завершено." : "Спробу вже завершено.";
        return Redirect($"/attempts/{id}/review");
    }
}
