using Lounb.Learning.Domain;
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
            return PlatformErrors.PersonNotFound;
        }

        foreach (var held in targetRoles)
        {
            if (!CanGrant(actor, held.Role, held.ScopeOblastCode).IsSuccess)
            {
                return PlatformErrors.RoleBeyondYourReach(held.Role);
            }
        }

        return Result.Success();
    }

    public static Result CanGrant(PeopleActor actor, string role, string? scopeOblast)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Roles.IsKnown(role))
        {
            return PlatformErrors.UnknownRole;
        }

        if (role is Roles.Administrator or Roles.Methodologist && !actor.IsNationalAdministrator)
        {
            return PlatformErrors.RoleNationalOnly(role);
        }

        if (!Roles.Staff.Contains(role))
        {
            return Result.Success();
        }

        if (scopeOblast is null && !actor.ManageScope.IsNational)
        {
            return PlatformErrors.RolesOnlyInYourOblast;
        }

        if (scopeOblast is not null && !actor.ManageScope.Allows(scopeOblast))
        {
            return PlatformErrors.OblastBeyondYourReach;
        }

        return Result.Success();
    }
}
