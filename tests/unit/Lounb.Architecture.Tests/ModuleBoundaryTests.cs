using System.Reflection;
using Lounb.Architecture.Tests.Boundaries;
using Lounb.Learning.Hosting;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Pages;

namespace Lounb.Architecture.Tests;

/// <summary>ARCHITECTURE.md: each module exposes only its module class and <c>Contracts/</c>; no module reaches into another.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly HostAssembly = typeof(HostModules).Assembly;

    /// <summary>The assemblies of the modules the host lists, less the host itself and the shared kernel.</summary>
    private static List<Assembly> ModuleAssemblies() =>
        HostModules.Create()
            .Select(m => m.GetType().Assembly)
            .Where(a => a != HostAssembly && a != typeof(ILounbModule).Assembly)
            .Distinct()
            .ToList();

    [Fact]
    public void ModuleAssemblies_HostModules_IncludeEveryListedModuleButHostAndKernel()
    {
        var assemblies = ModuleAssemblies();

        Assert.Contains(typeof(PagesModule).Assembly, assemblies);
        Assert.DoesNotContain(HostAssembly, assemblies);
        Assert.DoesNotContain(typeof(ILounbModule).Assembly, assemblies);
    }

    [Fact]
    public void PublicSurface_ModuleAssemblies_ExposeOnlyModuleClassAndContracts()
    {
        var violations = ModuleAssemblies()
            .Select(ModuleBoundary.ForAssembly)
            .SelectMany(m => ModuleBoundaryChecker.PublicSurfaceViolations(m).Select(t => $"{m.Name}: {t.FullName}"))
            .ToList();

        Assert.True(violations.Count == 0, "Public types outside the module class and *.Contracts:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void References_ModuleAssemblies_NameOnlyContractsOfOtherModules()
    {
        var modules = ModuleAssemblies().Select(ModuleBoundary.ForAssembly).ToList();

        var violations = ModuleBoundaryChecker.CrossModuleViolations(modules);

        Assert.True(violations.Count == 0, "Modules reaching into other modules:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void References_Host_NameOnlyModuleClassesAndContractsOfModules()
    {
        var modules = ModuleAssemblies().Select(ModuleBoundary.ForAssembly).ToList();

        var violations = ModuleBoundaryChecker.ReferenceViolations(
            ModuleBoundary.ForAssembly(HostAssembly),
            modules,
            t => ModuleContract.IsContract(t) || ModuleContract.IsModuleClass(t));

        Assert.True(violations.Count == 0, "The host reaching into modules:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void TypeReferences_HostAssembly_SeesTheModuleClassesItLists()
    {
        var named = ModuleBoundary.ForAssembly(HostAssembly).Types.SelectMany(TypeReferences.Of);

        Assert.Contains(named, r => r.Type == typeof(PagesModule) && r.Site.Contains("HostModules.Create: newobj", StringComparison.Ordinal));
    }

    [Fact]
    public void TypeReferences_PagesModule_SeesInternalTypesUsedOnlyInMethodBodies()
    {
        var named = TypeReferences.Of(typeof(PagesModule));

        Assert.Contains(named, r => r.Type.FullName == "Lounb.Modules.Pages.Data.PageConfiguration"
            && r.Site.Contains("ConfigureModel: newobj", StringComparison.Ordinal));
    }
}
