using Lounb.Modules.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Core.Tests.Modules;

/// <summary>A module that only declares: id, dependencies, permissions and menu.</summary>
internal sealed class FakeModule(string id, string[]? dependsOn = null, MenuEntry[]? menu = null, PermissionDefinition[]? permissions = null)
    : ILounbModule
{
    public string Id => id;

    public IReadOnlyList<string> DependsOn => dependsOn ?? [];

    public IEnumerable<PermissionDefinition> Permissions => permissions ?? [];

    public IEnumerable<MenuEntry> Menu => menu ?? [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder model)
    {
    }

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
