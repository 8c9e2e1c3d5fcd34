using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Core.Modules;

/// <summary>One capability of the platform. The host lists its modules explicitly.</summary>
public interface ILounbModule
{
    /// <summary>Area, route, table and permission prefix, e.g. "Pages".</summary>
    string Id { get; }

    /// <summary>Ids of the modules this one needs; the loader orders modules and fails fast on a missing one.</summary>
    IReadOnlyList<string> DependsOn { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>API groups and hubs. MVC controllers of the module are discovered from its assembly.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>This module's entity configurations. Called for every listed module, enabled or not.</summary>
    void ConfigureModel(ModelBuilder model);

    IEnumerable<PermissionDefinition> Permissions { get; }

    IEnumerable<MenuEntry> Menu { get; }

    /// <summary>Idempotent seeding of reference data (and demo data when <see cref="SeedContext.IncludeDemoData"/>).</summary>
    Task SeedAsync(IServiceProvider services, CancellationToken ct);
}
