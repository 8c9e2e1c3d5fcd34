using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>Essays waiting for a grader, oldest first; after each grade the next one opens.</summary>
[Area("Assessments")]
[Authorize(Policy = AssessmentsPermissions.Grade)]
[Route("admin/grading")]
internal sealed class AdminGradingController(GradingService grading) : Controller
{
    private AccessScope Scope => StaffAccess.GradeScope(User);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await grading.QueueAsync(Scope, ct));

    [HttpGet("{attemptId:guid}/{slot:int}")]
    public async Task<IActionResult> Grade(Guid attemptId, int slot, CancellationToken ct)
    {
        var page = await grading.PageAsync(Scope, attemptId, slot, ct);
        if (page is null)
        {
            return NotFound();
        }

        if (page.Item.SubmittedAt is null)
        {
            return this.BackTo("/admin/grading", AssessmentErrors.AttemptInProgress, "");
        }

        page.Marks = page.GivenMark is { } given ? StaffNames.Number(given) : null;
        return View(page);
    }

    [HttpPost("{attemptId:guid}/{slot:int}")]
    public async Task<IActionResult> Grade(Guid attemptId, int slot, string? marks, string? comment, CancellationToken ct)
    {
        var scope = Scope;
        var page = await grading.PageAsync(scope, attemptId, slot, ct);
        if (page is null)
        {
            return NotFound();
        }

        page.Marks = marks;
        page.Comment = comment;
        if (AnswerText.ParseNumber(marks ?? "") is not { } value)
        {
            return this.FormOr(AssessmentErrors.GradeNotANumber(StaffNames.Number(page.MaxMark)), () => View(page));
        }

        var queue = await grading.QueueAsync(scope, ct);
        if ((await grading.GradeAsync(StaffAccess.UserId(User), scope, attemptId, slot, value, comment ?? "", ct)).Failed(out var refused))
        {
            return this.FormOr(refused, () => View(page));
        }

        var position = queue.ToList().FindIndex(i => i.AttemptId == attemptId && i.Slot == slot);
        var next = queue.Skip(position + 1).FirstOrDefault() ?? queue.FirstOrDefault(i => !(i.AttemptId == attemptId && i.Slot == slot));
        return next is null
            ? this.BackTo("/admin/grading", Result.Success(), "Оцінку збережено. Більше есе в черзі немає.")
            : this.BackTo($"/admin/grading/{next.AttemptId}/{next.Slot}", Result.Success(), "Оцінку збережено. Далі — наступне есе з черги.");
    }
}
