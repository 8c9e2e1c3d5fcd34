using Lounb.Modules.Core.Modules;
using Lounb.Modules.Pages.Application;
using Lounb.Modules.Pages.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Pages;

/// <summary>Static pages and announcements: /pages/{slug}, /news, and /admin/pages for staff.</summary>
public sealed class PagesModule : ILounbModule
{
    public string Id => "Pages";

    public IReadOnlyList<string> DependsOn => [];

    public IEnumerable<PermissionDefinition> Permissions => PagesPermissions.All;

    public IEnumerable<MenuEntry> Menu =>
    [
        new("Новини", "/news", MenuSection.Main, Order: 80),
        new("Про платформу", "/pages/about", MenuSection.Main, Order: 90),
        new("Сторінки й оголошення", "/admin/pages", MenuSection.Staff, Order: 50, Permission: PagesPermissions.Manage),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PageService>();
        services.AddScoped<IPageSection, NewsHomeSection>();
        services.AddScoped<PagesSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Pages are served by the module's MVC controllers; no API or hub yet.
    }

    public void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new PageConfiguration());

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<PagesSeeder>().SeedAsync(ct);
}
