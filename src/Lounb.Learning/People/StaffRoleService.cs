using System.Security.Claims;
using Lounb.Learning.Domain;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.People;

/// <summary>Grants and revokes roles with their scope, locks and unlocks people; every change is audited and signs the person's other sessions out.</summary>
internal sealed class StaffRoleService(
    LounbDbContext db,
    UserDirectory directory,
    IAuditLog audit)
{
    public static PeopleActor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new PeopleActor(
            user.UserId(),
            AccessScope.Of(user, PlatformPermissions.UsersManage),
            user.IsInRole(Roles.Administrator));
    }

    public async Task<Result> GrantAsync(ClaimsPrincipal actorPrincipal, Guid userId, string role, string? scopeOblast, CancellationToken ct)
    {
        var actor = ActorOf(actorPrincipal);
        if (!(await LoadManageableAsync(actor, userId, ct)).Succeeded(out var target, out var refused))
        {
            return refused;
        }

        scopeOblast = Roles.Staff.Contains(role) && !string.IsNullOrEmpty(scopeOblast) ? scopeOblast : null;
        if (scopeOblast is not null && !await db.Oblasts.AnyAsync(o => o.Code == scopeOblast, ct))
        {
            return PlatformErrors.UnknownOblast;
        }

        var allowed = RoleAssignmentRules.CanGrant(actor, role, scopeOblast);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(ct);
        var existing = await db.UserRoles.FirstOrDefaultAsync(ur => ur.UserId == userId && ur.RoleId == roleId, ct);
        if (existing is null)
        {
            db.UserRoles.Add(new LounbUserRole { UserId = userId, RoleId = roleId, ScopeOblastCode = scopeOblast });
        }
        else if (existing.ScopeOblastCode == scopeOblast)
        {
            return PlatformErrors.RoleAlreadyHeld(role);
        }
        else
        {
            existing.ScopeOblastCode = scopeOblast;
        }

        audit.Record(AuditActions.RoleGranted, Describe(target), $"{role} @ {scopeOblast ?? "національний рівень"}");
        await SaveAndSignOutAsync(target, ct);
        return Result.Success();
    }

    public async Task<Result> RevokeAsync(ClaimsPrincipal actorPrincipal, Guid userId, string role, CancellationToken ct)
    {
        var actor = ActorOf(actorPrincipal);
        if (!(await LoadManageableAsync(actor, userId, ct)).Succeeded(out var target, out var refused))
        {
            return refused;
        }

        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(ct);
        var existing = roleId is null ? null : await db.UserRoles.FirstOrDefaultAsync(ur => ur.UserId == userId && ur.RoleId == roleId, ct);
        if (existing is null)
        {
            return PlatformErrors.RoleNotHeld(role);
        }

        if (role == Roles.Administrator && existing.ScopeOblastCode is null
            && await db.UserRoles.CountAsync(ur => ur.RoleId == roleId && ur.ScopeOblastCode == null, ct) == 1)
        {
            return PlatformErrors.LastNationalAdministrator;
        }

        db.UserRoles.Remove(existing);
        audit.Record(AuditActions.RoleRevoked, Describe(target), $"{role} @ {existing.ScopeOblastCode ?? "національний рівень"}");
        await SaveAndSignOutAsync(target, ct);
        return Result.Success();
    }

    public async Task<Result> SetLockedAsync(ClaimsPrincipal actorPrincipal, Guid userId, bool locked, string? reason, CancellationToken ct)
    {
        var actor = ActorOf(actorPrincipal);
        if (locked && userId == actor.Id)
        {
            return PlatformErrors.CannotLockYourself;
        }

        if (!(await LoadManageableAsync(actor, userId, ct)).Succeeded(out var target, out var refused))
        {
            return refused;
        }

        target.LockoutEnabled = true;
        target.LockoutEnd = locked ? DateTimeOffset.MaxValue : null;
        if (!locked)
        {
            target.AccessFailedCount = 0;
        }

        audit.Record(locked ? AuditActions.UserLocked : AuditActions.UserUnlocked, Describe(target), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        await SaveAndSignOutAsync(target, ct);
        return Result.Success();
    }

    private async Task<Result<LounbUser>> LoadManageableAsync(PeopleActor actor, Guid userId, CancellationToken ct)
    {
        if (actor.ManageScope.IsNone)
        {
            return PlatformErrors.NotAllowed;
        }

        var target = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (target is null)
        {
            return PlatformErrors.PersonNotFound;
        }

        if (RoleAssignmentRules.CanManage(actor, target.OblastCode, await directory.RolesOfAsync(userId, ct)).Failed(out var refused))
        {
            return refused;
        }

        return target;
    }

    private async Task SaveAndSignOutAsync(LounbUser target, CancellationToken ct)
    {
        // A new security stamp invalidates the person's cookies, so new roles and locks apply at once.
        target.SecurityStamp = Guid.NewGuid().ToString();
        target.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(ct);
    }

    private static string Describe(LounbUser user) => $"{user.FullName} <{user.Email}>";
}
