using Microsoft.Data.Sqlite;

namespace Lounb.Learning.Tests;

/// <summary>The `migrate` verb that deployments run once per release.</summary>
public sealed class MigrateVerbTests
{
    [Fact]
    public async Task MigrateVerb_FreshSqliteFolder_CreatesSchemaSeedsRegionsAndExits()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lounb-tests", "migrate-" + Guid.NewGuid().ToString("N"));
        var (exitCode, output) = await HostVerb.RunAsync(folder, "migrate");
        Assert.True(exitCode == 0, output);

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
