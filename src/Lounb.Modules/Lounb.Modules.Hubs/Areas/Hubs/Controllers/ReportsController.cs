using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Hubs.Application.Reports;
using Lounb.Modules.Hubs.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Hubs.Areas.Hubs.Controllers;

/// <summary>The coordinator's monthly activity reports: list, open a month, fill in (plain form or autosave), submit, correct.</summary>
[Area("Hubs")]
[Authorize(Policy = HubsPermissions.Coordinate)]
internal sealed class ReportsController(ReportFilingService reports) : Controller
{
    [HttpGet("/hubs/reports")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await reports.ListAsync(User.UserId(), ct));

    [HttpPost("/hubs/reports/new")]
    public async Task<IActionResult> New(Guid hubId, string? month, CancellationToken ct)
    {
        if (!(await reports.CreateAsync(User.UserId(), hubId, month, ct)).Succeeded(out var id, out var error))
        {
            return this.BackTo("/hubs/reports", error, "");
        }

        TempData[ErrorResponses.StatusKey] = "Звіт створено. Заповнюйте: чернетка зберігається, поки ви пишете.";
        return Redirect(ReportUrl(id));
    }

    [HttpGet("/hubs/reports/{id:guid}")]
    public async Task<IActionResult> Report(Guid id, CancellationToken ct) =>
        (await reports.PageAsync(User.UserId(), id, ct)).Succeeded(out var page, out var error) ? View(page) : this.Refuse(error);

    /// <summary>The plain form: «Зберегти чернетку» (<paramref name="intent"/> = draft) or «Надіслати ментору» (submit).</summary>
    [HttpPost("/hubs/reports/{id:guid}")]
    public async Task<IActionResult> Report(Guid id, ReportForm form, string? intent, CancellationToken ct)
    {
        var submit = intent == "submit";
        if (!(await reports.SaveAsync(User.UserId(), id, form, submit, ct)).Succeeded(out _, out var error))
        {
            Response.StatusCode = ErrorResponses.StatusCodeOf(error.Kind);
            return await this.FormOrAsync(error, async () =>
                (await reports.PageAsync(User.UserId(), id, form, ct)).Succeeded(out var page, out var gone) ? View(page) : this.Refuse(gone));
        }

        TempData[ErrorResponses.StatusKey] = submit ? "Звіт надіслано ментору на перевірку." : "Чернетку збережено.";
        return Redirect(ReportUrl(id));
    }

    /// <summary>The autosave of the draft (fetch from report-autosave.js): 204, or problem+json with the Ukrainian message.</summary>
    [HttpPost("/hubs/reports/{id:guid}/autosave")]
    public async Task<IResult> Autosave(Guid id, ReportForm form, CancellationToken ct) =>
        (await reports.SaveAsync(User.UserId(), id, form, submit: false, ct)).Succeeded(out _, out var error) ? Results.NoContent() : error.ToProblem();

    [HttpPost("/hubs/reports/{id:guid}/correction")]
    public async Task<IActionResult> Correct(Guid id, CancellationToken ct) =>
        this.BackTo(ReportUrl(id), await reports.CorrectAsync(User.UserId(), id, ct),
            "Відкрито виправлення: затверджені дані діють, доки ментор не затвердить виправлену версію.");

    private static string ReportUrl(Guid id) => $"/hubs/reports/{id}";
}
