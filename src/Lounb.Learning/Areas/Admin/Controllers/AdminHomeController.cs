using Lounb.Learning.Platform;
using Lounb.Modules.Core.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Areas.Admin.Controllers;

/// <summary>The staff area's front page: the staff links of every enabled module the person may use.</summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.StaffArea)]
internal sealed class AdminHomeController(MenuService menu) : Controller
{
    [HttpGet("/admin")]
    public IActionResult Index() => View(menu.Visible(User, MenuSection.Staff));
}
