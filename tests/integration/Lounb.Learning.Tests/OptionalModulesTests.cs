using System.Net;
using Lounb.Learning.Hosting;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Every module but Platform can be switched off (with the modules that need it): the host starts, the remaining modules'
/// pages work, and the switched-off module's pages are gone.
/// </summary>
public sealed class OptionalModulesTests
{
    public static TheoryData<string> OptionalModules()
    {
        var data = new TheoryData<string>();
        foreach (var module in HostModules.Create().Where(m => m.Id != PlatformModule.ModuleId))
        {
            data.Add(module.Id);
        }

        return data;
    }

    /// <summary>The module and every module that (transitively) depends on it: they cannot run without it.</summary>
    private static HashSet<string> WithDependents(string id)
    {
        var modules = HostModules.Create();
        var off = new HashSet<string>(StringComparer.Ordinal) { id };
        while (modules.FirstOrDefault(m => !off.Contains(m.Id) && m.DependsOn.Any(off.Contains)) is { } dependent)
        {
            off.Add(dependent.Id);
        }

        return off;
    }

    [Theory]
    [MemberData(nameof(OptionalModules))]
    public async Task SwitchedOff_EachOptionalModuleInTurn_OtherModulesPagesStillWork(string moduleId)
    {
        var off = WithDependents(moduleId);
        var settings = off.ToDictionary(id => $"Lounb:Modules:{id}:Enabled", _ => (string?)"false");
        using var app = new LounbAppFactory(TestDatabase.Sqlite, settings);
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        Assert.Equal(off.Order(StringComparer.Ordinal), catalog.All.Except(catalog.Enabled).Select(m => m.Id).Order(StringComparer.Ordinal));

        using var session = new BrowserSession(app);
        await session.SignInAsync("admin@lounb.demo");
        foreach (var page in new[] { "/", "/dashboard", "/admin" }.Concat(catalog.Menu.Select(e => e.Url)))
        {
            using var response = await session.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} with {string.Join(", ", off)} off answered {(int)response.StatusCode}.");
        }

        var everyModulesMenu = ModuleCatalog.Create(new ConfigurationBuilder().Build(), HostModules.Create()).All;
        foreach (var entry in everyModulesMenu.Where(m => off.Contains(m.Id)).SelectMany(m => m.Menu))
        {
            using var response = await session.GetAsync(entry.Url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{entry.Url} of a switched-off module answered {(int)response.StatusCode}.");
        }
    }
}
