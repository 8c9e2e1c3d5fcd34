using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Areas.Webinars.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Webinars.Areas.Webinars.Controllers;

/// <summary>
/// The live panel of an event on a page of its own (/webinars/{id}/live): for events held on an external service
/// (Zoom, Meet), whose chat and questions still happen on the platform, and for moderators who follow them in a second tab.
/// </summary>
[Area("Webinars")]
[Authorize]
internal sealed class LiveChatController(EventAccess access) : Controller
{
    [HttpGet("/webinars/{id:guid}/live")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct)
    {
        var view = await access.FindAsync(id, User, ct);
        if (view is null)
        {
            return NotFound();
        }

        if (!view.MayEnter)
        {
            return Forbid();
        }

        return View("~/Areas/Webinars/Views/LiveChat/Index.cshtml", new LivePanelModel(view.Event.Id, view.Event.Title, User.UserId(), User.DisplayName(), view.CanModerate));
    }
}
