using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Reports.Application.Exports;
using Lounb.Modules.Reports.Application.Plan;
using Lounb.Modules.Reports.Application.Progress;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

        // ── Annual plan, learner progress, export jobs, the monthly summary (issue 16: plan and exports) ──
        services.AddScoped<PlanMeasurements>();
        services.AddScoped<PlanService>();
        services.AddScoped<PlanSeeder>();
        services.AddScoped<PlanSummaryLetters>();
        services.AddHostedService<PlanSummaryWorker>();
        services.AddScoped<ProgressService>();
        services.AddScoped<ExportService>();
        services.AddScoped<ExportDispatcher>();
        services.TryAddSingleton<LeasedWorkClaims>();
        services.AddSingleton<ExportSignal>();
        services.AddHostedService<ExportWorker>();
        services.AddScoped<IExportSource, LearnerProgressExport>();
        services.AddScoped<IExportSource, RunProgressExport>();
        // ── end of plan and exports ──
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.ApplyConfigurationsFromAssembly(typeof(ReportsModule).Assembly);
    }

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<PlanSeeder>().SeedAsync(ct);
}
