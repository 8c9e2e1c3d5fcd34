using Lounb.Learning.Platform;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Learning.Areas.Admin.Models;

/// <summary>One of the person's roles as it was granted (with its scope) and the permissions the role holds now.</summary>
internal sealed record RoleAssignment(string Role, string ScopeName, IReadOnlyCollection<string> Permissions);

/// <summary>What one of the person's roles lets them do: the staff pages it opens and, in words, every permission it holds.</summary>
internal sealed record StaffRoleGuide(string RoleName, string ScopeName, IReadOnlyList<MenuEntry> Pages, IReadOnlyList<string> Abilities);

/// <summary>The staff area's front page: every page the person may open, then what each of their roles allows.</summary>
internal sealed record StaffHome(IReadOnlyList<MenuEntry> Pages, IReadOnlyList<StaffRoleGuide> Roles);

/// <summary>
/// Builds the per-role guide from what the modules declare (staff menu entries and permission descriptions), never from
/// a list kept per role: a role that holds a module's permission gets that module's pages and its description.
/// </summary>
internal static class StaffAreaGuide
{
    public static IReadOnlyList<StaffRoleGuide> For(IEnumerable<RoleAssignment> assignments, IEnumerable<MenuEntry> menu, IEnumerable<PermissionDefinition> permissions)
    {
        var staffMenu = menu.Where(e => e.Section == MenuSection.Staff).OrderBy(e => e.Order).ThenBy(e => e.Text, StringComparer.Ordinal).ToList();
        var described = permissions.ToList();
        return assignments
            .OrderBy(a => Roles.All.ToList().IndexOf(a.Role))
            .Select(a => new StaffRoleGuide(
                Roles.DisplayName(a.Role), a.ScopeName,
                staffMenu.Where(e => e.Permission is not null && a.Permissions.Contains(e.Permission)).ToList(),
                described.Where(p => p.Name != PlatformPermissions.StaffArea && a.Permissions.Contains(p.Name)).Select(p => p.Description).ToList()))
            .Where(g => g.Pages.Count > 0 || g.Abilities.Count > 0)
            .ToList();
    }
}
