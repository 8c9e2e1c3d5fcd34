using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Hubs;

internal static class HubsPermissions
{
    /// <summary>Keeps the hub registry and the mobile hub's itinerary, assigns coordinators and mentors, posts digests (within the holder's oblast or nationally).</summary>
    public const string Manage = "Hubs.Manage";

    /// <summary>Mentors coordinators: plans, sessions, report reviews — only their own mentees.</summary>
    public const string Mentor = "Hubs.Mentor";

    /// <summary>Runs a hub: files its monthly activity report, takes the self-assessment, sees their plan.</summary>
    public const string Coordinate = "Hubs.Coordinate";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Manage, "Вести реєстр хабів, призначати координаторів і менторів, надсилати дайджести (у межах своєї області)", [Roles.Administrator, Roles.Methodologist]),
        new(Mentor, "Менторити координаторів хабів: плани, зустрічі, перевірка звітів (лише своїх підопічних)", [Roles.Mentor]),
        new(Coordinate, "Координувати хаб: щомісячні звіти, самооцінювання, план розвитку", [Roles.HubCoordinator]),
    ];
}
