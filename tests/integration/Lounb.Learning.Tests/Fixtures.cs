using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Learning.Tests;

/// <summary>One app on SQLite shared by a test class.</summary>
public sealed class SqliteApp() : LounbAppFactory(TestDatabase.Sqlite);

/// <summary>One app on a fresh PostgreSQL database shared by a test class.</summary>
public sealed class PostgresApp() : LounbAppFactory(TestDatabase.Postgres);

/// <summary>An app whose clock the test moves (a FakeTimeProvider), for deadlines, grace periods and automatic submission.</summary>
public abstract class ClockedApp(TestDatabase database) : LounbAppFactory(database, new Dictionary<string, string?> { ["Lounb:Assessments:AutoSubmitIntervalSeconds"] = "5" })
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteClockedApp() : ClockedApp(TestDatabase.Sqlite);

public sealed class PostgresClockedApp() : ClockedApp(TestDatabase.Postgres);
