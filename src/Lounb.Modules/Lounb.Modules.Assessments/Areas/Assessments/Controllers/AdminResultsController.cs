using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Application.Statistics;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>
/// Results, statistics (page and workbook), regrading and the staff view of an attempt. A regional grader sees the
/// attempts of people of their oblasts, on their oblasts' quizzes and on national ones.
/// </summary>
[Area("Assessments")]
[Authorize(Policy = AssessmentsPermissions.Grade)]
internal sealed class AdminResultsController(QuizStatisticsService statistics, StatisticsWorkbook workbook, GradingService grading) : Controller
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AccessScope Scope => StaffAccess.GradeScope(User);

    [HttpGet("/admin/quizzes/{id:guid}/results")]
    public async Task<IActionResult> Results(Guid id, CancellationToken ct)
    {
        var quiz = await statistics.FindQuizAsync(Scope, id, ct);
        return quiz is null ? NotFound() : View(new ResultsPage(quiz, await statistics.ResultsAsync(id, Scope, ct), !Scope.IsNational));
    }

    [HttpGet("/admin/quizzes/{id:guid}/statistics")]
    public async Task<IActionResult> Statistics(Guid id, CancellationToken ct)
    {
        var quiz = await statistics.FindQuizAsync(Scope, id, ct);
        return quiz is null
            ? NotFound()
            : View(new StatisticsPage(quiz, await statistics.StatisticsAsync(id, Scope, ct), Scope.Allows(quiz.OwnerOblastCode), !Scope.IsNational));
    }

    [HttpGet("/admin/quizzes/{id:guid}/statistics.xlsx")]
    public async Task<IActionResult> Workbook(Guid id, CancellationToken ct)
    {
        var scope = Scope;
        var quiz = await statistics.FindQuizAsync(scope, id, ct);
        if (quiz is null)
        {
            return NotFound();
        }

        var content = workbook.Build(quiz.Title, await statistics.StatisticsAsync(id, scope, ct), await statistics.ResultsAsync(id, scope, ct));
        var slug = Slug.From(quiz.Title);
        return File(content, XlsxType, $"{(slug.Length == 0 ? "test" : slug)}-statistics.xlsx");
    }

    /// <summary>Regrades every finished attempt of the quiz (only its owners' graders; for others it is a 404).</summary>
    [HttpPost("/admin/quizzes/{id:guid}/regrade")]
    public async Task<IActionResult> Regrade(Guid id, bool useLatestVersions, CancellationToken ct)
    {
        if (!(await grading.RegradeAsync(Scope, id, useLatestVersions, ct)).Succeeded(out var summary, out var refused))
        {
            return this.Refuse(refused);
        }

        return this.BackTo($"/admin/quizzes/{id}/statistics", Result.Success(),
            $"Оцінки перераховано{(useLatestVersions ? " за новими версіями питань" : "")}: спроб — {summary.Attempts}, змінилося — {summary.Changed}.");
    }

    [HttpGet("/admin/attempts/{attemptId:guid}")]
    public async Task<IActionResult> Attempt(Guid attemptId, CancellationToken ct)
    {
        var page = await statistics.AttemptAsync(Scope, StaffAccess.UserId(User), attemptId, ct);
        return page is null ? NotFound() : View(page);
    }
}
