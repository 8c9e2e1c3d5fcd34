using Lounb.Modules.Hubs.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Hubs.Areas.Hubs.Controllers;

/// <summary>Citizens' page: the hubs of the participating oblasts and the mobile hub's next stops.</summary>
[Area("Hubs")]
[AllowAnonymous]
internal sealed class PublicHubsController(PublicHubsService hubs) : Controller
{
    [HttpGet("/hubs")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await hubs.PageAsync(ct));
}
