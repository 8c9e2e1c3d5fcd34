using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Hubs.Application.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Hubs.Areas.Hubs.Controllers;

/// <summary>The oblast dashboard and the national table (with its Excel export) of hub activity from approved reports.</summary>
[Area("Hubs")]
[Authorize(Policy = HubsPermissions.Manage)]
internal sealed class DashboardController(HubActivityDashboard dashboard) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, HubsPermissions.Manage);

    [HttpGet("/admin/hubs/activity")]
    public async Task<IActionResult> Oblast(string? oblast, string? from, string? to, CancellationToken ct) =>
        Page(await dashboard.OblastAsync(Scope, oblast, from, to, ct));

    [HttpGet("/admin/hubs/activity/national")]
    public async Task<IActionResult> National(string? from, string? to, CancellationToken ct) =>
        Page(await dashboard.NationalAsync(Scope, from, to, ct));

    [HttpGet("/admin/hubs/activity/national.xlsx")]
    public async Task<IActionResult> Export(string? from, string? to, CancellationToken ct) =>
        (await dashboard.ExportAsync(Scope, from, to, ct)).Succeeded(out var bytes, out var error)
            ? File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "hubs-activity.xlsx")
            : this.Refuse(error);

    /// <summary>The page, or for a bad period the message (400), or the status page.</summary>
    private IActionResult Page<T>(Core.Results.Result<T> result) =>
        result.Succeeded(out var page, out var error) ? View(page)
            : error.BelongsOnTheForm() ? BadRequest(error.Message) : this.Refuse(error);
}
