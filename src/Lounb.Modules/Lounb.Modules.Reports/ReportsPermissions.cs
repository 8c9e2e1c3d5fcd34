using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Reports;

internal static class ReportsPermissions
{
    /// <summary>Sees dashboards, progress reports and exports within the holder's oblast (or nationally).</summary>
    public const string View = "Reports.View";

    /// <summary>Enters the year's plan targets and the monthly figures the platform cannot measure itself.</summary>
    public const string ManagePlan = "Reports.ManagePlan";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(View, "Переглядати звіти й панелі моніторингу, вивантажувати дані (у межах своєї області)", [Roles.Administrator, Roles.Methodologist]),
        new(ManagePlan, "Вводити планові показники року та щомісячні фактичні дані", [Roles.Administrator, Roles.Methodologist]),
    ];
}
