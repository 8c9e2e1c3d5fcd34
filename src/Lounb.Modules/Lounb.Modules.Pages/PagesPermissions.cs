using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Pages;

internal static class PagesPermissions
{
    public const string Manage = "Pages.Manage";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Manage, "Писати й публікувати сторінки та оголошення", [Roles.Administrator, Roles.Methodologist]),
    ];
}
