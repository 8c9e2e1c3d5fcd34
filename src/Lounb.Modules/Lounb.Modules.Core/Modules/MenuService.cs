using System.Security.Claims;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Core.Modules;

/// <summary>The menu entries of enabled modules that a user may use, in order.</summary>
public sealed class MenuService(ModuleCatalog modules)
{
    public IReadOnlyList<MenuEntry> Visible(ClaimsPrincipal user, MenuSection section)
    {
        ArgumentNullException.ThrowIfNull(user);
        var signedIn = user.Identity?.IsAuthenticated == true;
        return modules.Menu
            .Where(e => e.Section == section)
            .Where(e => !e.RequiresSignIn || signedIn)
            .Where(e => e.Permission is null || !AccessScope.Of(user, e.Permission).IsNone)
            .OrderBy(e => e.Order)
            .ThenBy(e => e.Text, StringComparer.Ordinal)
            .ToList();
    }
}
