using Lounb.Modules.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Reports;

/// <summary>
/// The regional picture: dashboards (scoped by the viewer's oblast), the annual plan against what the platform
/// measures, learner progress reports and exports. It keeps a read model of its own, fed by the other modules'
/// integration events, and reads them otherwise only through their contracts.
/// </summary>
public sealed class ReportsModule : ILounbModule
{
    public string Id => "Reports";

    /// <summary>None: each module it reports on is optional; with one switched off its events simply never arrive.</summary>
    public IReadOnlyList<string> DependsOn => [];

    public IEnumerable<PermissionDefinition> Permissions => ReportsPermissions.All;

    public IEnumerable<MenuEntry> Menu => [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.ApplyConfigurationsFromAssembly(typeof(ReportsModule).Assembly);
    }

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
