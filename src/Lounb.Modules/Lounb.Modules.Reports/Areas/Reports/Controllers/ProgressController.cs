using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Reports.Application.Progress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Reports.Areas.Reports.Controllers;

/// <summary>Learner progress per course run, within the viewer's oblasts.</summary>
[Area("Reports")]
[Authorize(Policy = ReportsPermissions.View)]
internal sealed class ProgressController(ProgressService progress) : Controller
{
    public const string PageUrl = "/admin/reports/progress";

    [HttpGet(PageUrl)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await progress.IndexAsync(ct));

    [HttpGet(PageUrl + "/{runId:guid}")]
    public async Task<IActionResult> Run(Guid runId, CancellationToken ct) =>
        (await progress.ReportAsync(AccessScope.Of(User, ReportsPermissions.View), runId, ct)).Succeeded(out var report, out var error)
            ? View(report)
            : this.Refuse(error);
}
