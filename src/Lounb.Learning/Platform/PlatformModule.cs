using Lounb.Learning.Seeding;
using Lounb.Modules.Core.Modules;

namespace Lounb.Learning.Platform;

/// <summary>
/// The host's own capability: accounts, the personal dashboard, the staff area, people, the organisation tree and the audit log.
/// Listed first and never switched off; its controllers live in the host.
/// </summary>
internal sealed class PlatformModule : ILounbModule
{
    public const string ModuleId = "Platform";

    public string Id => ModuleId;

    public IReadOnlyList<string> DependsOn => [];

    public IEnumerable<PermissionDefinition> Permissions => PlatformPermissions.All;

    public IEnumerable<MenuEntry> Menu =>
    [
        new("Люди", "/admin/users", MenuSection.Staff, Order: 10, Permission: PlatformPermissions.UsersView),
        new("Області, громади, бібліотеки", "/admin/organisation", MenuSection.Staff, Order: 20, Permission: PlatformPermissions.OrganisationManage),
        new("Черги листів і подій", "/admin/queues", MenuSection.Staff, Order: 85, Permission: PlatformPermissions.QueuesManage),
        new("Резервні копії", "/admin/backups", MenuSection.Staff, Order: 87, Permission: PlatformPermissions.BackupsManage),
        new("Журнал аудиту", "/admin/audit", MenuSection.Staff, Order: 90, Permission: PlatformPermissions.AuditView),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The host registers its own services in Hosting/PlatformServiceCollectionExtensions.
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The host's controllers are mapped with MapControllers; the registration pickers need a small JSON API.
        Organisation.OrganisationApi.Map(endpoints);
    }

    public void ConfigureModel(Microsoft.EntityFrameworkCore.ModelBuilder model)
    {
        // The platform's model (organisation tree, identity, audit) is the core model of LounbDbContext; the backup job's runs are the host's.
        model.ApplyConfiguration(new Data.BackupRunConfiguration());
    }

    public Task SeedAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<PlatformSeeder>().SeedAsync(ct);
}
