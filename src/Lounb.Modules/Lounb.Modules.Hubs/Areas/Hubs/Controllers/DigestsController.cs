using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Hubs.Application.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Hubs.Areas.Hubs.Controllers;

/// <summary>Coordinators read the monthly digests addressed to them.</summary>
[Area("Hubs")]
[Authorize(Policy = HubsPermissions.Coordinate)]
internal sealed class DigestsController(DigestService digests) : Controller
{
    [HttpGet("/hubs/digests")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await digests.ListAsync(User.UserId(), ct));

    [HttpGet("/hubs/digests/{id:guid}")]
    public async Task<IActionResult> Digest(Guid id, CancellationToken ct) =>
        (await digests.ReadAsync(User.UserId(), id, ct)).Succeeded(out var digest, out var error) ? View(digest) : this.Refuse(error);
}

/// <summary>Methodologists post digests to the coordinators of their oblast (national ones to all).</summary>
[Area("Hubs")]
[Authorize(Policy = HubsPermissions.Manage)]
internal sealed class DigestPostingController(DigestService digests) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, HubsPermissions.Manage);

    [HttpGet("/admin/hubs/digests")]
    public async Task<IActionResult> New(CancellationToken ct) => View(await digests.FormAsync(Scope, new DigestForm(), ct));

    [HttpPost("/admin/hubs/digests")]
    public async Task<IActionResult> New(DigestForm form, CancellationToken ct)
    {
        if (!(await digests.PostAsync(Scope, User.UserId(), form, $"{Request.Scheme}://{Request.Host}", ct)).Succeeded(out var letters, out var error))
        {
            Response.StatusCode = ErrorResponses.StatusCodeOf(error.Kind);
            return await this.FormOrAsync(error, async () => View(await digests.FormAsync(Scope, form, ct)));
        }

        TempData[ErrorResponses.StatusKey] = $"Дайджест надіслано. Листів у черзі: {letters}.";
        return Redirect("/admin/hubs/digests");
    }
}
