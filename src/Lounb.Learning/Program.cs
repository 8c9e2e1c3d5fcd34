using Lounb.Learning.Data;
using Lounb.Learning.Hosting;
using Lounb.Learning.Seeding;
using Lounb.Modules.Core.Modules;
using Microsoft.Extensions.Options;

var migrateOnly = args.Length > 0 && args[0] == "migrate";
// backup <file> / restore <file>: SQLite's online backup (Data/SqliteBackup.cs).
var backupVerb = args.Length > 1 && args[0] is "backup" or "restore" ? args[0] : null;
// reports-rebuild: recomputes the reports' read model from the modules' read contracts.
var rebuildReports = args.Length > 0 && args[0] == "reports-rebuild";
var builder = WebApplication.CreateBuilder(migrateOnly || rebuildReports ? args[1..] : backupVerb is not null ? args[2..] : args);
var modules = ModuleCatalog.Create(builder.Configuration, HostModules.Create());
builder.AddLounbPlatform(modules);

var app = builder.Build();
var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
if (migrateOnly)
{
    await DatabaseInitializer.InitializeAsync(app.Services, migrate: true, CancellationToken.None);
    app.Logger.DatabaseMigrated(database.Provider);
    return 0;
}

if (backupVerb is not null)
{
    return await SqliteBackup.RunAsync(app.Services, backupVerb, args[1], Console.Out);
}

if (rebuildReports)
{
    await DatabaseInitializer.InitializeAsync(app.Services, migrate: true, CancellationToken.None);
    var facts = await Lounb.Modules.Reports.ReportsModule.RebuildReadModelAsync(app.Services, CancellationToken.None);
    app.Logger.ReportsRebuilt(facts);
    return 0;
}

await DatabaseInitializer.InitializeAsync(app.Services, database.MigrateOnStartup, app.Lifetime.ApplicationStopping);
app.UseLounbPlatform(modules);
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();
return 0;

/// <summary>Entry point; partial so that integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
