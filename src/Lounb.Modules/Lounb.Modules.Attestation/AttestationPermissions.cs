using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Attestation;

internal static class AttestationPermissions
{
    /// <summary>Creates campaigns, names the commission, imports candidates (within the holder's oblast or nationally).</summary>
    public const string Manage = "Attestation.Manage";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Manage, "Проводити атестацію: кампанії, склад комісії, кандидати (у межах своєї області)", [Roles.Administrator, Roles.Methodologist]),
    ];
}
