using System.Security.Claims;
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
    private static readonly Error NotFound = Error.NotFound("Людину не знайдено.");

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
        var (target, error) = await LoadManageableAsync(actor, userId, ct);
        if (target is null)
        {
            return error!;
        }

        scopeOblast = Roles.Staff.Contains(role) && !string.IsNullOrEmpty(scopeOblast) ? scopeOblast : null;
        if (scopeOblast is not null && !await db.Oblasts.AnyAsync(o => o.Code == scopeOblast, ct))
        {
            return Error.Validation("Невідома область.");
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
            return Error.Conflict($"Людина вже має роль «{Roles.DisplayName(role)}» з такою сферою дії.");
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
        var (target, error) = await LoadManageableAsync(actor, userId, ct);
        if (target is null)
        {
            return error!;
        }

        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(ct);
        var existing = roleId is null ? null : await db.UserRoles.FirstOrDefaultAsync(ur => ur.UserId == userId && ur.RoleId == roleId, ct);
        if (existing is null)
        {
            return Error.NotFound($"Людина не має ролі «{Roles.DisplayName(role)}».");
        }

        if (role == Roles.Administrator && existing.ScopeOblastCode is null
            && await db.UserRoles.CountAsync(ur => ur.RoleId == roleId && ur.ScopeOblastCode == null, ct) == 1)
        {
            return Error.Conflict("Це останній адміністратор загальнодержавного рівня: спершу надайте цю роль комусь іншому.");
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
            return Error.Validation("Не можна заблокувати себе.");
        }

        var (target, error) = await LoadManageableAsync(actor, userId, ct);
        if (target is null)
        {
            return error!;
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

    private async Task<(LounbUser? Target, Error? Error)> LoadManageableAsync(PeopleActor actor, Guid userId, CancellationToken ct)
    {
        if (actor.ManageScope.IsNone)
        {
            return (null, Error.Forbidden("Недостатньо прав."));
        }

        var target = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (target is null)
        {
            return (null, NotFound);
        }

        var manageable = RoleAssignmentRules.CanManage(actor, target.OblastCode, await directory.RolesOfAsync(userId, ct));
        return manageable.IsSuccess ? (target, null) : (null, manageable.Error);
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
