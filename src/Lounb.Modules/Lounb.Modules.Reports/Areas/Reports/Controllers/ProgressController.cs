using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Reports.Application;
using Lounb.Modules.Reports.Application.Progress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Reports.Areas.Reports.Controllers;

/// <summary>Learner progress per course run, and the summaries per oblast and per library, within the viewer's oblasts.</summary>
[Area("Reports")]
[Authorize(Policy = ReportsPermissions.View)]
internal sealed class ProgressController(ProgressService progress, ProgressSummaryService summaries) : Controller
{
    public const string PageUrl = "/admin/reports/progress";

    public const string SummaryUrl = PageUrl + "/summary";

    [HttpGet(PageUrl)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await progress.IndexAsync(ct));

    [HttpGet(PageUrl + "/{runId:guid}")]
    public async Task<IActionResult> Run(Guid runId, CancellationToken ct) =>
        (await progress.ReportAsync(AccessScope.Of(User, ReportsPermissions.View), runId, ct)).Succeeded(out var report, out var error)
            ? View(report)
            : this.Refuse(error);

    [HttpGet(SummaryUrl)]
    public async Task<IActionResult> Summary([FromQuery] DashboardQuery query, CancellationToken ct)
    {
        var scope = AccessScope.Of(User, ReportsPermissions.View);
        var shown = await summaries.PageAsync(scope, query, ct);
        return shown.Succeeded(out var page, out var error)
            ? View(page)
            : await this.FormOrAsync(error, async () => View(await summaries.FormAsync(scope, query, ct)));
    }
}
