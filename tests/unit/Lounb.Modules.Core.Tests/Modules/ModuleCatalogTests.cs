using Lounb.Modules.Core.Modules;
using Microsoft.Extensions.Configuration;

namespace Lounb.Modules.Core.Tests.Modules;

public sealed class ModuleCatalogTests
{
    private static readonly IConfiguration NoSettings = new ConfigurationBuilder().Build();

    [Fact]
    public void Create_DependencyListedAfterDependent_OrdersDependencyFirst()
    {
        var catalog = ModuleCatalog.Create(NoSettings, [new FakeModule("Courses", ["Pages"]), new FakeModule("Pages")]);

        Assert.Equal(["Pages", "Courses"], catalog.All.Select(m => m.Id));
        Assert.Equal(["Pages", "Courses"], catalog.Enabled.Select(m => m.Id));
    }

    [Fact]
    public void Create_ChainAndDiamond_PutsEveryModuleAfterItsDependencies()
    {
        var catalog = ModuleCatalog.Create(NoSettings,
        [
            new FakeModule("Certificates", ["Courses", "Pages"]),
            new FakeModule("Courses", ["Pages"]),
            new FakeModule("Webinars"),
            new FakeModule("Pages"),
        ]);

        var order = catalog.All.Select(m => m.Id).ToList();
        Assert.Equal(4, order.Count);
        Assert.All(catalog.All, m => Assert.All(m.DependsOn, d => Assert.True(order.IndexOf(d) < order.IndexOf(m.Id), $"{d} must come before {m.Id}")));
    }

    [Fact]
    public void Create_IndependentModules_KeepListedOrder()
    {
        var catalog = ModuleCatalog.Create(NoSettings, [new FakeModule("Pages"), new FakeModule("Courses"), new FakeModule("Webinars")]);

        Assert.Equal(["Pages", "Courses", "Webinars"], catalog.All.Select(m => m.Id));
    }

    [Fact]
    public void Create_MissingDependency_ThrowsNamingModuleAndDependency()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleCatalog.Create(NoSettings, [new FakeModule("Courses", ["Pages"])]));

        Assert.Equal("Module 'Courses' depends on 'Pages', which the host does not list.", error.Message);
    }

    [Fact]
    public void Create_Cycle_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleCatalog.Create(NoSettings,
        [
            new FakeModule("A", ["B"]),
            new FakeModule("B", ["C"]),
            new FakeModule("C", ["A"]),
        ]));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ModuleDependsOnItself_ThrowsCycle()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleCatalog.Create(NoSettings, [new FakeModule("A", ["A"])]));

        Assert.Equal("Module dependencies form a cycle at 'A'.", error.Message);
    }

    [Fact]
    public void Create_DuplicateId_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleCatalog.Create(NoSettings, [new FakeModule("Pages"), new FakeModule("Courses"), new FakeModule("Pages")]));

        Assert.Equal("Module id 'Pages' is listed twice.", error.Message);
    }

    [Fact]
    public void Create_ModuleSwitchedOff_StaysListedButNotEnabled()
    {
        var catalog = ModuleCatalog.Create(Settings(("Lounb:Modules:Webinars:Enabled", "false")),
            [new FakeModule("Pages"), new FakeModule("Webinars")]);

        Assert.Equal(["Pages", "Webinars"], catalog.All.Select(m => m.Id));
        Assert.Equal(["Pages"], catalog.Enabled.Select(m => m.Id));
        Assert.True(catalog.IsEnabled("Pages"));
        Assert.False(catalog.IsEnabled("Webinars"));
    }

    [Fact]
    public void Create_EnabledSetTrueExplicitly_KeepsModuleEnabled()
    {
        var catalog = ModuleCatalog.Create(Settings(("Lounb:Modules:Pages:Enabled", "true")), [new FakeModule("Pages")]);

        Assert.True(catalog.IsEnabled("Pages"));
    }

    [Fact]
    public void Create_DependencySwitchedOff_ThrowsNamingBothModules()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleCatalog.Create(Settings(("Lounb:Modules:Pages:Enabled", "false")),
                [new FakeModule("Courses", ["Pages"]), new FakeModule("Pages")]));

        Assert.Equal("Module 'Courses' needs module 'Pages', which is switched off.", error.Message);
    }

    [Fact]
    public void Create_DependentSwitchedOff_KeepsDependencyEnabled()
    {
        var catalog = ModuleCatalog.Create(Settings(("Lounb:Modules:Courses:Enabled", "false")),
            [new FakeModule("Courses", ["Pages"]), new FakeModule("Pages")]);

        Assert.Equal(["Pages"], catalog.Enabled.Select(m => m.Id));
    }

    [Fact]
    public void PermissionsAndMenu_ModuleSwitchedOff_ComeOnlyFromEnabledModules()
    {
        var pages = new FakeModule("Pages",
            menu: [new MenuEntry("Новини", "/news", MenuSection.Main)],
            permissions: [new PermissionDefinition("Pages.Manage", "Сторінки", [])]);
        var webinars = new FakeModule("Webinars",
            menu: [new MenuEntry("Вебінари", "/webinars", MenuSection.Main)],
            permissions: [new PermissionDefinition("Webinars.Manage", "Вебінари", [])]);

        var catalog = ModuleCatalog.Create(Settings(("Lounb:Modules:Webinars:Enabled", "false")), [pages, webinars]);

        Assert.Equal(["Pages.Manage"], catalog.Permissions.Select(p => p.Name));
        Assert.Equal(["/news"], catalog.Menu.Select(e => e.Url));
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
