using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Seeding;

/// <summary>Reference data every installation needs: the 27 regions and the default roles with their permissions.</summary>
internal sealed class PlatformSeeder(LounbDbContext db, ModuleCatalog modules, SeedContext seed, DemoDataSeeder demo)
{
    public const string PermissionClaimType = "lounb:permission";

    public async Task SeedAsync(CancellationToken ct)
    {
        await SeedOblastsAsync(ct);
        await SeedRolesAsync(ct);
        await FillSortNamesAsync(ct);
        if (seed.IncludeDemoData)
        {
            await demo.SeedAsync(ct);
        }
    }

    private async Task SeedOblastsAsync(CancellationToken ct)
    {
        var existing = await db.Oblasts.Select(o => o.Code).ToListAsync(ct);
        db.Oblasts.AddRange(Oblasts.Create().Where(o => !existing.Contains(o.Code)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>People saved before sort keys existed get theirs (a save recomputes the key).</summary>
    private async Task FillSortNamesAsync(CancellationToken ct)
    {
        foreach (var user in await db.Users.Where(u => u.SortName == "" && u.FullName != "").Take(10_000).ToListAsync(ct))
        {
            db.Entry(user).State = EntityState.Modified;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Creates missing roles and grants each enabled module's permissions to their default roles (the Administrator gets all).</summary>
    private async Task SeedRolesAsync(CancellationToken ct)
    {
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, ct);
        foreach (var name in Roles.All.Where(n => !roles.ContainsKey(n)))
        {
            var role = new LounbRole(name);
            db.Roles.Add(role);
            roles[name] = role;
        }

        await db.SaveChangesAsync(ct);
        var granted = await db.RoleClaims.Where(c => c.ClaimType == PermissionClaimType)
            .Select(c => new { c.RoleId, c.ClaimValue })
            .ToListAsync(ct);
        foreach (var permission in modules.Permissions)
        {
            foreach (var roleName in permission.DefaultRoles.Append(Roles.Administrator).Distinct())
            {
                var role = roles[roleName];
                if (!granted.Any(g => g.RoleId == role.Id && g.ClaimValue == permission.Name))
                {
                    db.RoleClaims.Add(new() { RoleId = role.Id, ClaimType = PermissionClaimType, ClaimValue = permission.Name });
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
