using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Application.Statistics;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>
/// Results, statistics (page and workbook), regrading and the staff view of an attempt. A regional grader sees the
/// attempts of people of their oblasts, on their oblasts' quizzes and on national ones.
/// </summary>
[Area("Assessments")]
[Authorize(Policy = AssessmentsPermissions.Grade)]
internal sealed class AdminResultsController(
    QuizStatisticsService statistics, StatisticsWorkbook workbook, GradingService grading, AttemptReader attempts, LounbDbContext db) : Controller
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AccessScope Scope => StaffAccess.GradeScope(User);

    [HttpGet("/admin/quizzes/{id:guid}/results")]
    public async Task<IActionResult> Results(Guid id, CancellationToken ct)
    {
        var quiz = await FindAsync(id, ct);
        return quiz is null ? NotFound() : View(new ResultsPage(quiz, await statistics.ResultsAsync(id, Scope, ct), !Scope.IsNational));
    }

    [HttpGet("/admin/quizzes/{id:guid}/statistics")]
    public async Task<IActionResult> Statistics(Guid id, CancellationToken ct)
    {
        var quiz = await FindAsync(id, ct);
        return quiz is null
            ? NotFound()
            : View(new StatisticsPage(quiz, await statistics.StatisticsAsync(id, Scope, ct), Scope.Allows(quiz.OwnerOblastCode), !Scope.IsNational));
    }

    [HttpGet("/admin/quizzes/{id:guid}/statistics.xlsx")]
    public async Task<IActionResult> Workbook(Guid id, CancellationToken ct)
    {
        var quiz = await FindAsync(id, ct);
        if (quiz is null)
        {
            return NotFound();
        }

        var scope = Scope;
        var content = workbook.Build(quiz.Title, await statistics.StatisticsAsync(id, scope, ct), await statistics.ResultsAsync(id, scope, ct));
        var slug = Slug.From(quiz.Title);
        return File(content, XlsxType, $"{(slug.Length == 0 ? "test" : slug)}-statistics.xlsx");
    }

    /// <summary>Regrades every finished attempt of the quiz (only its owners' graders; for others it is a 404).</summary>
    [HttpPost("/admin/quizzes/{id:guid}/regrade")]
    public async Task<IActionResult> Regrade(Guid id, bool useLatestVersions, CancellationToken ct)
    {
        var regraded = await grading.RegradeAsync(Scope, id, useLatestVersions, ct);
        if (!regraded.IsSuccess)
        {
            return NotFound();
        }

        var summary = regraded.Value;
        TempData["Status"] = $"Оцінки перераховано{(useLatestVersions ? " за новими версіями питань" : "")}: спроб — {summary.Attempts}, змінилося — {summary.Changed}.";
        return Redirect($"/admin/quizzes/{id}/statistics");
    }

    [HttpGet("/admin/attempts/{attemptId:guid}")]
    public async Task<IActionResult> Attempt(Guid attemptId, CancellationToken ct)
    {
        var scope = Scope;
        var visible = await StaffAccess.GradableAttempts(db, scope).AnyAsync(a => a.Id == attemptId, ct);
        if (!visible)
        {
            return NotFound();
        }

        var review = await attempts.ReviewAsync(StaffAccess.UserId(User), attemptId, asStaff: true, ct);
        if (!review.IsSuccess)
        {
            return NotFound();
        }

        var learner = await db.Users.AsNoTracking().Where(u => u.Id == review.Value.UserId).Select(u => new { u.FullName, u.Email }).FirstAsync(ct);
        var awaiting = await db.Set<AttemptSlot>().AsNoTracking().Where(s => s.AttemptId == attemptId)
            .ToDictionaryAsync(s => s.Number, s => s.NeedsManualGrading, ct);
        return View(new AttemptReviewPage(review.Value, learner.FullName, learner.Email, awaiting));
    }

    private Task<Quiz?> FindAsync(Guid id, CancellationToken ct) =>
        StaffAccess.GradableQuizzes(db, Scope).AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct);
}
