using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Reports.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Reports.Areas.Reports.Controllers;

/// <summary>The monitoring dashboard, its drill-down to people, and the rebuild of the read model.</summary>
[Area("Reports")]
[Authorize(Policy = ReportsPermissions.View)]
internal sealed class DashboardController(DashboardService dashboards, ReadModelRebuilder rebuilder) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, ReportsPermissions.View);

    [HttpGet("/admin/reports")]
    public async Task<IActionResult> Index([FromQuery] DashboardQuery query, CancellationToken ct)
    {
        var shown = await dashboards.ShowAsync(Scope, query, ct);
        return shown.Succeeded(out var page, out var error)
            ? View(page)
            : await this.FormOrAsync(error, async () => View(await dashboards.FormAsync(Scope, query, ct)));
    }

    [HttpGet("/admin/reports/people")]
    public async Task<IActionResult> People([FromQuery] DashboardQuery query, CancellationToken ct)
    {
        var shown = await dashboards.PeopleAsync(Scope, query, ct);
        return shown.Succeeded(out var page, out var error) ? View(page) : this.Refuse(error);
    }

    [HttpPost("/admin/reports/rebuild")]
    public async Task<IActionResult> Rebuild(CancellationToken ct)
    {
        var rebuilt = await rebuilder.RebuildAsync(Scope, ct);
        return this.BackTo("/admin/reports", rebuilt.Succeeded(out var facts, out var error) ? Core.Results.Result.Success() : error,
            $"Звіти перераховано з даних модулів: {facts} фактів.");
    }
}
