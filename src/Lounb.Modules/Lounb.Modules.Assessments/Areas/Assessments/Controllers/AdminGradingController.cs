using System.Text.Json;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>Essays waiting for a grader, oldest first; after each grade the next one opens.</summary>
[Area("Assessments")]
[Authorize(Policy = AssessmentsPermissions.Grade)]
[Route("admin/grading")]
internal sealed class AdminGradingController(GradingService grading, QuestionContentCache contents, QuestionTextRenderer renderer, LounbDbContext db) : Controller
{
    private IQueryable<Attempt> Attempts => StaffAccess.GradableAttempts(db, StaffAccess.GradeScope(User));

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await grading.QueueAsync(Attempts, ct));

    [HttpGet("{attemptId:guid}/{slot:int}")]
    public async Task<IActionResult> Grade(Guid attemptId, int slot, CancellationToken ct)
    {
        var page = await PageAsync(attemptId, slot, ct);
        if (page is null)
        {
            return NotFound();
        }

        if (page.Item.SubmittedAt is null)
        {
            TempData["Error"] = "Спроба ще триває — оцінювати можна після завершення.";
            return Redirect("/admin/grading");
        }

        return View(page);
    }

    [HttpPost("{attemptId:guid}/{slot:int}")]
    public async Task<IActionResult> Grade(Guid attemptId, int slot, string? marks, string? comment, CancellationToken ct)
    {
        var page = await PageAsync(attemptId, slot, ct);
        if (page is null)
        {
            return NotFound();
        }

        page.Marks = marks;
        page.Comment = comment;
        if (AnswerText.ParseNumber(marks ?? "") is not { } value)
        {
            ModelState.AddModelError("", $"Оцінка — число від 0 до {StaffNames.Number(page.MaxMark)}, наприклад 1,5.");
            return View(page);
        }

        var queue = await grading.QueueAsync(Attempts, ct);
        var graded = await grading.GradeAsync(StaffAccess.UserId(User), Attempts, attemptId, slot, value, comment ?? "", ct);
        if (!graded.IsSuccess)
        {
            ModelState.AddModelError("", graded.Error!.Message);
            return View(page);
        }

        var position = queue.ToList().FindIndex(i => i.AttemptId == attemptId && i.Slot == slot);
        var next = queue.Skip(position + 1).FirstOrDefault() ?? queue.FirstOrDefault(i => !(i.AttemptId == attemptId && i.Slot == slot));
        if (next is null)
        {
            TempData["Status"] = "Оцінку збережено. Більше есе в черзі немає.";
            return Redirect("/admin/grading");
        }

        TempData["Status"] = "Оцінку збережено. Далі — наступне есе з черги.";
        return Redirect($"/admin/grading/{next.AttemptId}/{next.Slot}");
    }

    private async Task<GradePage?> PageAsync(Guid attemptId, int slotNumber, CancellationToken ct)
    {
        var attempts = Attempts;
        var row = await db.Set<AttemptSlot>().AsNoTracking().Where(s => s.AttemptId == attemptId && s.Number == slotNumber)
            .Join(attempts, s => s.AttemptId, a => a.Id,
                (s, a) => new { s.QuestionVersionId, s.Mark, s.Response, s.Fraction, s.GraderComment, a.QuizId, a.UserId, a.SubmittedAt })
            .Join(db.Set<Quiz>(), x => x.QuizId, q => q.Id, (x, q) => new { x.QuestionVersionId, x.Mark, x.Response, x.Fraction, x.GraderComment, x.QuizId, x.UserId, x.SubmittedAt, q.Title })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var question = await contents.GetAsync(db, row.QuestionVersionId, ct);
        if (question is null || !question.IsManuallyGraded)
        {
            return null;
        }

        var learner = await db.Users.AsNoTracking().Where(u => u.Id == row.UserId).Select(u => u.FullName).FirstAsync(ct);
        var remaining = await db.Set<AttemptSlot>().CountAsync(s => s.NeedsManualGrading && attempts.Any(a => a.Id == s.AttemptId), ct);
        return new GradePage
        {
            Item = new GradingQueueItem(attemptId, slotNumber, row.QuizId, row.Title, learner, row.SubmittedAt, question.Name),
            QuestionHtml = renderer.Render(question.Text, question.Format, row.QuestionVersionId),
            GraderInfoHtml = renderer.Render(question.GraderInfo, question.Format, row.QuestionVersionId),
            Essay = EssayText(row.Response),
            MaxMark = row.Mark,
            Marks = row.Fraction is { } fraction ? StaffNames.Number(Math.Round(fraction * row.Mark, 4)) : null,
            Comment = row.GraderComment,
            Remaining = remaining,
        };
    }

    private static string EssayText(string? responseJson)
    {
        if (string.IsNullOrEmpty(responseJson))
        {
            return "";
        }

        try
        {
            return JsonSerializer.Deserialize<string>(responseJson) ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
