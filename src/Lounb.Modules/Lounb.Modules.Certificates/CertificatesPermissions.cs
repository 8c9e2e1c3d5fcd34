using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Certificates;

internal static class CertificatesPermissions
{
    public const string Manage = "Certificates.Manage";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Manage, "Бачити видані сертифікати й відкликати їх (у межах своєї області)", [Roles.Administrator, Roles.Methodologist]),
    ];
}
