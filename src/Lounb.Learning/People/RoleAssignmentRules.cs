using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;

namespace Lounb.Learning.People;

/// <summary>A role held by a person, with its scope (null: national).</summary>
internal sealed record HeldRole(string Role, string? ScopeOblastCode);

/// <summary>What a staff member acting on people may do. <paramref name="ManageScope"/> is their reach for Users.Manage.</summary>
internal sealed record PeopleActor(Guid Id, AccessScope ManageScope, bool IsAdministrator)
{
    public bool IsNationalAdministrator => IsAdministrator && ManageScope.IsNational;
}

/// <summary>
/// Who may grant which role in which scope, and whom one may manage at all:
/// only a national administrator grants Administrator or Methodologist; a regional manager grants within their oblast;
/// nobody manages a person whose roles reach further than their own.
/// </summary>
internal static class RoleAssignmentRules
{
    public static Result CanManage(PeopleActor actor, string? targetOblast, IEnumerable<HeldRole> targetRoles)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.ManageScope.Allows(targetOblast))
        {
            return Error.NotFound("Людину не знайдено.");
        }

        foreach (var held in targetRoles)
        {
            if (!CanGrant(actor, held.Role, held.ScopeOblastCode).IsSuccess)
            {
                return Error.Forbidden($"Ця людина має роль «{Roles.DisplayName(held.Role)}» ширшу за ваші повноваження.");
            }
        }

        return Result.Success();
    }

    public static Result CanGrant(PeopleActor actor, string role, string? scopeOblast)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Roles.IsKnown(role))
        {
            return Error.Validation("Невідома роль.");
        }

        if (role is Roles.Administrator or Roles.Methodologist && !actor.IsNationalAdministrator)
        {
            return Error.Forbidden($"Роль «{Roles.DisplayName(role)}» може надати лише адміністратор загальнодержавного рівня.");
        }

        if (!Roles.Staff.Contains(role))
        {
            return Result.Success();
        }

        if (scopeOblast is null && !actor.ManageScope.IsNational)
        {
            return Error.Forbidden("Ви можете надавати ролі лише в межах своєї області.");
        }

        if (scopeOblast is not null && !actor.ManageScope.Allows(scopeOblast))
        {
            return Error.Forbidden("Ця область поза вашими повноваженнями.");
        }

        return Result.Success();
    }
}
