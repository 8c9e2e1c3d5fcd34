using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Lounb.Learning.Tests;

/// <summary>The `migrate` verb that deployments run once per release.</summary>
public sealed class MigrateVerbTests
{
    [Fact]
    public async Task MigrateVerb_FreshSqliteFolder_CreatesSchemaSeedsRegionsAndExits()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lounb-tests", "migrate-" + Guid.NewGuid().ToString("N"));
        var host = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [host, "migrate"])
        {
            WorkingDirectory = Path.GetDirectoryName(host)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Lounb__Database__Provider"] = "Sqlite";
        start.Environment["Lounb__Database__DataDirectory"] = folder;
        start.Environment["Lounb__Email__OutboxDirectory"] = Path.Combine(folder, "outbox");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await output + await errors);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "lounb.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM core_oblast), (SELECT COUNT(*) FROM identity_user), (SELECT COUNT(*) FROM ef_migrations_history)";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(27, reader.GetInt64(0));
        Assert.Equal(0, reader.GetInt64(1));
        Assert.True(reader.GetInt64(2) >= 1);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
