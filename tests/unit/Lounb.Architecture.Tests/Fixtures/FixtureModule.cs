using Lounb.Modules.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Architecture.Tests.Fixtures;

/// <summary>The do-nothing part of a fake module; the fixtures only need a type that implements <see cref="ILounbModule"/>.</summary>
public abstract class FixtureModule(string id) : ILounbModule
{
    public string Id { get; } = id;

    public IReadOnlyList<string> DependsOn => [];

    public IEnumerable<PermissionDefinition> Permissions => [];

    public IEnumerable<MenuEntry> Menu => [];

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
