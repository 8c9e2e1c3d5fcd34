using Lounb.Learning.Hosting;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;
using Microsoft.Extensions.Configuration;

namespace Lounb.Architecture.Tests;

/// <summary>The modules the host lists: ids, permission names and menu entries that fit together.</summary>
public sealed class ModuleListTests
{
    private static readonly IReadOnlyList<ILounbModule> Modules = HostModules.Create();

    /// <summary>The host's own module names its permissions by feature (Users.View, Audit.View), not "Platform.*".</summary>
    private static IEnumerable<ILounbModule> RealModules => Modules.Where(m => m.Id != PlatformModule.ModuleId);

    [Fact]
    public void HostModules_Ids_AreUnique()
    {
        var duplicates = Modules.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void HostModules_Catalog_LoadsEveryModuleWhenNothingIsSwitchedOff()
    {
        var catalog = ModuleCatalog.Create(new ConfigurationBuilder().Build(), Modules);

        Assert.Equal(Modules.Select(m => m.Id).Order(StringComparer.Ordinal), catalog.Enabled.Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HostModules_RealModules_ArePresent()
    {
        Assert.NotEmpty(RealModules);
    }

    [Fact]
    public void Permissions_RealModules_StartWithModuleIdAndDot()
    {
        var misnamed = RealModules
            .SelectMany(m => m.Permissions.Where(p => !p.Name.StartsWith(m.Id + ".", StringComparison.Ordinal)).Select(p => $"{m.Id}: {p.Name}"))
            .ToList();

        Assert.True(misnamed.Count == 0, "Permissions without their module's prefix:\n" + string.Join('\n', misnamed));
    }

    [Fact]
    public void Permissions_PlatformModule_DoNotUseAnotherModulesIdAsPrefix()
    {
        var platform = Modules.Single(m => m.Id == PlatformModule.ModuleId);
        var otherIds = RealModules.Select(m => m.Id + ".").ToList();

        var clashing = platform.Permissions.Where(p => otherIds.Any(id => p.Name.StartsWith(id, StringComparison.Ordinal))).Select(p => p.Name);

        Assert.Empty(clashing);
    }

    [Fact]
    public void Permissions_AllModules_HaveUniqueNames()
    {
        var duplicates = Modules.SelectMany(m => m.Permissions)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Permissions_AllModules_GoByDefaultOnlyToKnownRoles()
    {
        var unknown = Modules.SelectMany(m => m.Permissions.SelectMany(p => p.DefaultRoles.Where(r => !Roles.IsKnown(r)).Select(r => $"{p.Name}: {r}")));

        Assert.Empty(unknown);
    }

    [Fact]
    public void Menu_AllModules_NameOnlyDeclaredPermissions()
    {
        var declared = Modules.SelectMany(m => m.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var undeclared = Modules.SelectMany(m => m.Menu).Where(e => e.Permission is not null && !declared.Contains(e.Permission)).Select(e => e.Text);

        Assert.Empty(undeclared);
    }
}
