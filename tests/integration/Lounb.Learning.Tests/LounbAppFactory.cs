using Lounb.Modules.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lounb.Learning.Tests;

public enum TestDatabase
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The whole app on a fresh database: a new PostgreSQL database on the throwaway server named by LOUNB_TEST_POSTGRES
/// (./test.sh starts one), or a SQLite file in a temporary folder. Demo data is on; mail goes to a temporary outbox.
/// </summary>
public class LounbAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Lounb-demo-2027";

    private readonly Dictionary<string, string?> _settings;
    private readonly string? _postgresAdmin;
    private readonly string? _databaseName;

    public LounbAppFactory(TestDatabase database, IDictionary<string, string?>? overrides = null)
    {
        Database = database;
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Lounb:Database:Provider"] = database.ToString(),
            ["Lounb:Database:DataDirectory"] = DataDirectory,
            ["Lounb:Email:OutboxDirectory"] = OutboxDirectory,
            ["Lounb:DemoData:Enabled"] = "true",
            ["Lounb:DemoData:Password"] = DemoPassword,
            ["Lounb:Security:RequireStaff2fa"] = "false",
            ["Lounb:Security:AuthPermitPerMinute"] = "10000",
        };
        if (database == TestDatabase.Postgres)
        {
            _postgresAdmin = Environment.GetEnvironmentVariable("LOUNB_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set LOUNB_TEST_POSTGRES to a PostgreSQL connection string (./test.sh starts a throwaway server and sets it).");
            _databaseName = "lounb_test_" + Guid.NewGuid().ToString("N")[..12];
            _settings["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _databaseName }.ConnectionString;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "lounb-tests", Guid.NewGuid().ToString("N"));

    public string OutboxDirectory => Path.Combine(DataDirectory, "outbox");

    public async Task<T> WithDbAsync<T>(Func<LounbDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<LounbDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_postgresAdmin);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open leaves a temp folder behind; that is harmless.
        }
    }
}
