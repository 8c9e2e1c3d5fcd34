using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Webinars;

internal static class WebinarsPermissions
{
    public const string Manage = "Webinars.Manage";
    public const string Moderate = "Webinars.Moderate";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Manage, "Планувати вебінари, заняття й серії, керувати реєстрацією (у межах своєї області)", [Roles.Administrator, Roles.Methodologist, Roles.Trainer, Roles.HubCoordinator]),
        new(Moderate, "Модерувати чат і запитання, відмічати й виправляти відвідування (у межах своєї області)", [Roles.Administrator, Roles.Methodologist, Roles.Trainer, Roles.Mentor, Roles.HubCoordinator]),
    ];
}
