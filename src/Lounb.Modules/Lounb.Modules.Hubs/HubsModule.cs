using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Hubs.Application;
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
        new("Хаби", "/hubs", MenuSection.Main, Order: 70),
        new("Реєстр хабів", "/hubs/registry", MenuSection.Staff, Order: 60, Permission: HubsPermissions.Manage),
        new("Координатори й ментори", "/hubs/people", MenuSection.Staff, Order: 61, Permission: HubsPermissions.Manage),
        new("Менторство", "/hubs/mentoring", MenuSection.Staff, Order: 62, Permission: HubsPermissions.Mentor),
        new("Мій хаб і розвиток", "/hubs/my", MenuSection.Staff, Order: 63, Permission: HubsPermissions.Coordinate),
        // Monthly activity reports and digests.
        new("Звіти хабу", "/hubs/reports", MenuSection.Staff, Order: 64, Permission: HubsPermissions.Coordinate),
        new("Перевірка звітів хабів", "/hubs/review", MenuSection.Staff, Order: 65, Permission: HubsPermissions.Mentor),
        new("Діяльність хабів", "/admin/hubs/activity", MenuSection.Staff, Order: 66, Permission: HubsPermissions.Manage),
        new("Дайджести для хабів", "/admin/hubs/digests", MenuSection.Staff, Order: 67, Permission: HubsPermissions.Manage),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubsOptions>().BindConfiguration(HubsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Registry, public page, people and mentoring (issue 15 §1–§3, the mentor dashboard of §5).
        services.AddScoped<KyivToday>();
        services.AddScoped<PeriodAssigner>();
        services.AddScoped<HubRegistryService>();
        services.AddScoped<PublicHubsService>();
        services.AddScoped<MenteeAccess>();
        services.AddScoped<MentorshipService>();
        services.AddScoped<HubsDemoSeeder>();
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
        await services.GetRequiredService<HubsDemoSeeder>().SeedAsync(ct);
        // Reports and a digest for the demo hubs: after the registry's seed, which makes the hubs, coordinators and mentors.
        await services.GetRequiredService<ReportSeeder>().SeedAsync(ct);
    }
}
