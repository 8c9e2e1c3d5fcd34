using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Hubs.Application.Reports;
using Lounb.Modules.Hubs.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Hubs;

/// <summary>
/// Libraries' digital-education hubs and the mentoring of their coordinators: the registry (with the mobile hub's
/// itinerary shown to citizens on <c>/hubs</c>), mentors assigned for periods, self-assessments, mentoring plans and
/// sessions, and the coordinators' monthly activity reports that mentors review.
/// </summary>
public sealed class HubsModule : ILounbModule
{
    public string Id => "Hubs";

    /// <summary>None: the coordinators' course run and hub events are read through Courses' and Webinars' contracts when present.</summary>
    public IReadOnlyList<string> DependsOn => [];

    public IEnumerable<PermissionDefinition> Permissions => HubsPermissions.All;

    public IEnumerable<MenuEntry> Menu =>
    [
        // Monthly activity reports and digests.
        new("Звіти хабу", "/hubs/reports", MenuSection.Staff, Order: 60, Permission: HubsPermissions.Coordinate),
        new("Перевірка звітів хабів", "/hubs/review", MenuSection.Staff, Order: 61, Permission: HubsPermissions.Mentor),
        new("Діяльність хабів", "/admin/hubs/activity", MenuSection.Staff, Order: 62, Permission: HubsPermissions.Manage),
        new("Дайджести для хабів", "/admin/hubs/digests", MenuSection.Staff, Order: 63, Permission: HubsPermissions.Manage),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubsOptions>().BindConfiguration(HubsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Monthly activity reports, their review, digests and the activity dashboards.
        services.AddIntegrationEvent<HubReportApproved>("hubs.report-approved");
        services.AddScoped<ReportAccess>();
        services.AddScoped<ReportPages>();
        services.AddScoped<ReportFilingService>();
        services.AddScoped<ReportReviewService>();
        services.AddScoped<ReportReviewQueue>();
        services.AddScoped<DigestService>();
        services.AddScoped<HubActivityDashboard>();
        services.AddScoped<ReportSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.ApplyConfigurationsFromAssembly(typeof(HubsModule).Assembly);
    }

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        // Reports and a digest for the demo hubs; after the hub registry's seed.
        await services.GetRequiredService<ReportSeeder>().SeedAsync(ct);
    }
}
