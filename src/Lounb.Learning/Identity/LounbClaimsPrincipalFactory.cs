using System.Security.Claims;
using Lounb.Learning.Seeding;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Identity;

/// <summary>
/// Puts into the sign-in cookie the user's roles and one grant claim per permission and scope
/// ("Users.Manage@UA-09"), so every request can check permissions and oblast scope without the database.
/// A role change refreshes the security stamp, and the cookie is re-issued within a minute.
/// </summary>
internal sealed class LounbClaimsPrincipalFactory(
    UserManager<LounbUser> userManager,
    IOptions<IdentityOptions> identityOptions,
    IOptions<SecurityOptions> securityOptions,
    LounbDbContext db)
    : UserClaimsPrincipalFactory<LounbUser>(userManager, identityOptions)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LounbUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LounbClaimTypes.FullName, user.FullName));
        var assignments = await db.UserRoles.AsNoTracking()
            .Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.RoleId, r.Name, ur.ScopeOblastCode })
            .ToListAsync();
        var roleIds = assignments.Select(a => a.RoleId).ToList();
        var permissions = await db.RoleClaims.AsNoTracking()
            .Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == PlatformSeeder.PermissionClaimType)
            .Select(c => new { c.RoleId, c.ClaimValue })
            .ToListAsync();
        var grants = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, assignment.Name!));
            var scope = assignment.ScopeOblastCode ?? AccessScope.NationalMarker;
            foreach (var permission in permissions.Where(p => p.RoleId == assignment.RoleId))
            {
                grants.Add(new Grant(permission.ClaimValue!, scope).ToString());
            }
        }

        identity.AddClaims(grants.Order(StringComparer.Ordinal).Select(g => new Claim(LounbClaimTypes.Grant, g)));
        if (securityOptions.Value.RequireStaff2fa && !user.TwoFactorEnabled && assignments.Any(a => Roles.RequiringTwoFactor.Contains(a.Name!)))
        {
            identity.AddClaim(new Claim(LounbClaimTypes.TwoFactorSetupRequired, "true"));
        }

        return identity;
    }
}
