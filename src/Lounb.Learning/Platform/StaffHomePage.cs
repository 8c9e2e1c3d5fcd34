using System.Security.Claims;
using Lounb.Learning.Areas.Admin.Models;
using Lounb.Learning.Seeding;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Platform;

/// <summary>The staff area's front page for one person: the staff pages they may open and what each of their roles allows.</summary>
internal sealed class StaffHomePage(MenuService menu, ModuleCatalog modules, LounbDbContext db)
{
    public async Task<StaffHome> ForAsync(ClaimsPrincipal person, CancellationToken ct)
    {
        var userId = person.UserId();
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
        return new StaffHome(menu.Visible(person, MenuSection.Staff), roles);
    }
}
