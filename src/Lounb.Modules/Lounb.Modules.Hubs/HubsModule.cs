using Lounb.Modules.Core.Modules;
using Lounb.Modules.Hubs.Application;
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
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.ApplyConfigurationsFromAssembly(typeof(HubsModule).Assembly);
    }

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<HubsDemoSeeder>().SeedAsync(ct);
}
