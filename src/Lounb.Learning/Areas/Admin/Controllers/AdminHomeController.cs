using Lounb.Learning.Areas.Admin.Models;
using Lounb.Learning.Platform;
using Lounb.Learning.Seeding;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Areas.Admin.Controllers;

/// <summary>The staff area's front page: the staff links of every enabled module the person may use, and what each of their roles allows.</summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.StaffArea)]
internal sealed class AdminHomeController(MenuService menu, ModuleCatalog modules, LounbDbContext db) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var userId = User.UserId();
        var assigned = await db.UserRoles.AsNoTracking().Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new
            {
                ur.RoleId, r.Name,
                Scope = ur.ScopeOblastCode == null ? null : db.Oblasts.Where(o => o.Code == ur.ScopeOblastCode).Select(o => o.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var roleIds = assigned.Select(a => a.RoleId).ToList();
        var held = (await db.RoleClaims.AsNoTracking().Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == PlatformSeeder.PermissionClaimType)
                .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(ct))
            .ToLookup(c => c.RoleId, c => c.ClaimValue!);
        var roles = StaffAreaGuide.For(
            assigned.Select(a => new RoleAssignment(a.Name!, a.Scope ?? "уся Україна", held[a.RoleId].ToHashSet(StringComparer.Ordinal))),
            modules.Menu, modules.Permissions);
        return View(new StaffHome(menu.Visible(User, MenuSection.Staff), roles));
    }
}
