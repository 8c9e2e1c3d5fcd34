using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Learning.Platform;

/// <summary>Permissions of the host's own features: the staff area, people, the organisation tree and the audit log.</summary>
public static class PlatformPermissions
{
    public const string StaffArea = "Staff.Area";
    public const string UsersView = "Users.View";
    public const string UsersManage = "Users.Manage";
    public const string OrganisationManage = "Organisation.Manage";
    public const string AuditView = "Audit.View";
    public const string QueuesManage = "Queues.Manage";
    public const string MetricsRead = "Metrics.Read";
    public const string BackupsManage = "Backups.Manage";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(StaffArea, "Відкривати кабінет працівника", [Roles.Administrator, Roles.Methodologist, Roles.Trainer, Roles.Mentor, Roles.HubCoordinator]),
        new(UsersView, "Шукати людей і переглядати їхні дані (у межах своєї області)", [Roles.Administrator, Roles.Methodologist]),
        new(UsersManage, "Надавати ролі, блокувати й розблоковувати людей (у межах своєї області)", [Roles.Administrator, Roles.Methodologist]),
        new(OrganisationManage, "Вести громади, бібліотеки й відділи (у межах своєї області)", [Roles.Administrator, Roles.Methodologist]),
        new(AuditView, "Читати журнал аудиту", [Roles.Administrator]),
        new(QueuesManage, "Бачити черги листів і подій, повторювати невдалі", [Roles.Administrator]),
        new(MetricsRead, "Читати метрики роботи сервера (/metrics)", [Roles.Administrator]),
        new(BackupsManage, "Бачити резервні копії бази даних і створювати їх", [Roles.Administrator]),
    ];
}
