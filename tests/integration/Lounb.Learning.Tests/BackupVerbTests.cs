using Microsoft.Data.Sqlite;

namespace Lounb.Learning.Tests;

/// <summary>
/// The SQLite `backup` and `restore` verbs (issue 17 §3): a backup taken while the app runs holds the same rows, and a
/// restore into an empty installation brings them back; a file that is not a backup restores nothing.
/// </summary>
public sealed class BackupVerbTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] Tables = ["identity_user", "core_oblast", "core_library", "courses_course", "ef_migrations_history"];

    [Fact]
    public async Task Backup_WhileTheAppRuns_ThenRestoreElsewhere_SameRows()
    {
        using (var session = new BrowserSession(app))
        {
            await session.SignInAsync("metodyst@lounb.demo"); // the app is up, seeded and serving
        }

        var folder = Path.Combine(Path.GetTempPath(), "lounb-tests", "backup-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "copy.db");
        try
        {
            var (backedUp, backupOutput) = await HostVerb.RunAsync(app.DataDirectory, "backup", file);
            Assert.True(backedUp == 0, backupOutput);
            var live = await CountsAsync(Path.Combine(app.DataDirectory, "lounb.db"));
            Assert.True(live["identity_user"] > 0 && live["courses_course"] > 0, "The demo data should be there to compare.");
            Assert.Equal(live, await CountsAsync(file));

            var restoredFolder = Path.Combine(folder, "restored");
            var (restored, restoreOutput) = await HostVerb.RunAsync(restoredFolder, "restore", file);
            Assert.True(restored == 0, restoreOutput);
            Assert.Equal(live, await CountsAsync(Path.Combine(restoredFolder, "lounb.db")));
            Assert.Equal(await SampleAsync(Path.Combine(app.DataDirectory, "lounb.db")), await SampleAsync(Path.Combine(restoredFolder, "lounb.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_NotABackup_RefusedAndNothingChanged()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lounb-tests", "restore-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var junk = Path.Combine(folder, "junk.db");
        await File.WriteAllTextAsync(junk, "not a database");
        try
        {
            var (code, output) = await HostVerb.RunAsync(Path.Combine(folder, "data"), "restore", junk);
            Assert.Equal(1, code);
            Assert.Contains("це не резервна копія бази Lounb", output, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>A sample of rows: every person's e-mail and name, in id order.</summary>
    private static async Task<List<string>> SampleAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id || '|' || email || '|' || full_name FROM identity_user ORDER BY id";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
