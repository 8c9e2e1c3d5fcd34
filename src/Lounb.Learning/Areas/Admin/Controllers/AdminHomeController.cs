using Lounb.Learning.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Areas.Admin.Controllers;

/// <summary>The staff area's front page: the staff links of every enabled module the person may use, and what each of their roles allows.</summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.StaffArea)]
internal sealed class AdminHomeController(StaffHomePage home) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await home.ForAsync(User, ct));
}
