using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Seeding;

/// <summary>Applies migrations and runs every enabled module's idempotent seed, in module order.</summary>
internal static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, bool migrate, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        if (migrate)
        {
            await provider.GetRequiredService<LounbDbContext>().Database.MigrateAsync(ct);
        }

        foreach (var module in provider.GetRequiredService<ModuleCatalog>().Enabled)
        {
            await module.SeedAsync(provider, ct);
        }
    }
}
