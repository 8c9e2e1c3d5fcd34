using Lounb.Modules.Core.Web;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Pages.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Pages.Areas.Pages.Controllers;

/// <summary>Published pages and announcements, open to everyone.</summary>
[Area("Pages")]
[AllowAnonymous]
[PublicPageCache]
[OfferedInEnglish]
internal sealed class PagesController(PageService pages) : Controller
{
    [HttpGet("/pages/{slug}")]
    [HttpGet("/news/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var page = await pages.FindPublishedAsync(slug, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("/news")]
    public async Task<IActionResult> News(CancellationToken ct) =>
        View(await pages.LatestAnnouncementsAsync(50, ct));
}
