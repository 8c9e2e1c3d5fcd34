using Lounb.Modules.Core.Modules;
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

    public IEnumerable<MenuEntry> Menu => [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubsOptions>().BindConfiguration(HubsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.ApplyConfigurationsFromAssembly(typeof(HubsModule).Assembly);
    }

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
