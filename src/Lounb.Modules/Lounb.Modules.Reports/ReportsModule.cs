using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Attestation.Contracts;
using Lounb.Modules.Certificates.Contracts;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Telemetry;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Hubs.Contracts;
using Lounb.Modules.Reports.Application;
using Lounb.Modules.Reports.Application.Exports;
using Lounb.Modules.Reports.Application.Plan;
using Lounb.Modules.Reports.Application.Progress;
using Lounb.Modules.Webinars.Contracts;
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

    public IEnumerable<MenuEntry> Menu =>
    [
        new("Звіти", "/admin/reports", MenuSection.Staff, Order: 70, Permission: ReportsPermissions.View),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Dashboards and their read model (facts and daily roll-ups fed by the other modules' events).
        services.AddScoped<FactPlaces>();
        services.AddScoped<ReadModelWriter>();
        services.AddScoped<ReadModelRebuilder>();
        services.AddScoped<DashboardService>();
        services.AddScoped<ReportsSeeder>();
        services.AddScoped<IIntegrationEventSubscriber<CourseEnrolled>, RecordCourseEnrolled>();
        services.AddScoped<IIntegrationEventSubscriber<LessonCompleted>, RecordLessonCompleted>();
        services.AddScoped<IIntegrationEventSubscriber<CourseCompleted>, RecordCourseCompleted>();
        services.AddScoped<IIntegrationEventSubscriber<AttemptGraded>, RecordAttemptGraded>();
        services.AddScoped<IIntegrationEventSubscriber<WebinarRegistered>, RecordWebinarRegistered>();
        services.AddScoped<IIntegrationEventSubscriber<WebinarAttended>, RecordWebinarAttended>();
        services.AddScoped<IIntegrationEventSubscriber<CertificateIssued>, RecordCertificateIssued>();
        services.AddScoped<IIntegrationEventSubscriber<AttestationDecided>, RecordAttestationDecided>();
        services.AddScoped<IIntegrationEventSubscriber<HubReportApproved>, RecordHubReportApproved>();
        // ── Annual plan, learner progress, export jobs, the monthly summary (issue 16: plan and exports) ──
        services.AddScoped<PlanMeasurements>();
        services.AddScoped<PlanService>();
        services.AddScoped<PlanSeeder>();
        services.AddScoped<PlanSummaryLetters>();
        services.AddHostedService<PlanSummaryWorker>();
        services.AddScoped<ProgressService>();
        services.AddScoped<ExportService>();
        services.AddScoped<ExportDispatcher>();
        services.AddLeasedWork();
        services.AddSingleton<ExportSignal>();
        services.AddHostedService<ExportWorker>();
        services.AddWorkQueueProbe("report_exports", ExportDispatcher.Open, ExportDispatcher.Schedule);
        services.AddScoped<IExportSource, LearnerProgressExport>();
        services.AddScoped<IExportSource, RunProgressExport>();
        services.AddScoped<ProgressSummaryService>();
        services.AddScoped<IExportSource, DrillDownExport>();
        services.AddScoped<IExportSource>(sp => new ProgressSummaryExport(sp.GetRequiredService<ProgressSummaryService>(), SummaryLevel.Oblast));
        services.AddScoped<IExportSource>(sp => new ProgressSummaryExport(sp.GetRequiredService<ProgressSummaryService>(), SummaryLevel.Library));
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

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<PlanSeeder>().SeedAsync(ct);
        await services.GetRequiredService<ReportsSeeder>().SeedAsync(ct);
    }

    /// <summary>
    /// The <c>reports-rebuild</c> verb: recomputes the read model from the modules' read contracts.
    /// </summary>
    /// <returns>How many facts were rebuilt.</returns>
    public static async Task<int> RebuildReadModelAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReadModelRebuilder>().RebuildAsync(ct);
    }
}
