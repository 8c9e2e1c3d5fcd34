using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Reports.Application.Plan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Reports.Areas.Reports.Controllers;

/// <summary>The annual plan: targets, monthly figures, plan against actual, the plan-execution report.</summary>
[Area("Reports")]
[Authorize(Policy = ReportsPermissions.View)]
internal sealed class PlanController(PlanService plans) : Controller
{
    public const string PageUrl = "/admin/reports/plan";

    private AccessScope ViewScope => AccessScope.Of(User, ReportsPermissions.View);

    private AccessScope ManageScope => AccessScope.Of(User, ReportsPermissions.ManagePlan);

    [HttpGet(PageUrl)]
    public async Task<IActionResult> Index(int? year, string? oblast, CancellationToken ct) =>
        (await plans.PageAsync(ViewScope, ManageScope, year, oblast, ct)).Succeeded(out var page, out var error) ? View(page) : this.Refuse(error);

    [HttpGet(PageUrl + "/report.xlsx")]
    public async Task<IActionResult> Report(int year, string? oblast, CancellationToken ct) =>
        (await plans.WorkbookAsync(ViewScope, year, oblast, ct)).Succeeded(out var file, out var error)
            ? File(file.Content, file.ContentType, file.FileName)
            : this.Refuse(error);

    [HttpPost(PageUrl + "/targets")]
    [Authorize(Policy = ReportsPermissions.ManagePlan)]
    public async Task<IActionResult> Targets(int year, string? oblast, [FromForm] Dictionary<string, string?> values, CancellationToken ct) =>
        this.BackTo(Back(year, oblast), await plans.SaveTargetsAsync(ManageScope, User.UserId(), year, oblast, values, ct), "Планові показники збережено.");

    [HttpPost(PageUrl + "/figures")]
    [Authorize(Policy = ReportsPermissions.ManagePlan)]
    public async Task<IActionResult> Figures(int year, int month, string? oblast, [FromForm] Dictionary<string, string?> values, CancellationToken ct) =>
        this.BackTo(Back(year, oblast), await plans.SaveFiguresAsync(ManageScope, User.UserId(), year, month, oblast, values, ct), "Дані за місяць збережено.");

    private static string Back(int year, string? oblast) => $"{PageUrl}?year={year}&oblast={Uri.EscapeDataString(oblast ?? "")}";
}
