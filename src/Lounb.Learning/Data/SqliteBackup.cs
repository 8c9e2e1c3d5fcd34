using Lounb.Modules.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Data;

/// <summary>
/// The <c>backup &lt;file&gt;</c> and <c>restore &lt;file&gt;</c> verbs for a SQLite installation, through SQLite's online
/// backup API: a backup is a consistent copy taken page by page while the app keeps running; a restore copies a backup
/// back over the database (stop the app first). PostgreSQL is backed up with deploy/postgres-backup.sh (pg_dump).
/// </summary>
internal static class SqliteBackup
{
    public static async Task<int> RunAsync(IServiceProvider services, string verb, string file, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
        if (!db.Database.IsSqlite())
        {
            await output.WriteLineAsync("backup/restore є лише для SQLite; PostgreSQL: deploy/postgres-backup.sh і deploy/postgres-restore.sh (docs/deployment.md).");
            return 2;
        }

        var live = db.Database.GetConnectionString()!;
        var path = Path.GetFullPath(file);
        if (verb == "backup")
        {
            await CopyAsync(live, path, CancellationToken.None);
            await output.WriteLineAsync($"Резервну копію збережено: {path}");
            return 0;
        }

        if (!File.Exists(path) || !await IsLounbDatabaseAsync(path))
        {
            await output.WriteLineAsync($"{path}: це не резервна копія бази Lounb (немає файлу або таблиці ef_migrations_history). Нічого не змінено.");
            return 1;
        }

        await using (var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString))
        await using (var target = new SqliteConnection(live))
        {
            await backup.OpenAsync();
            await target.OpenAsync();
            backup.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
        await output.WriteLineAsync($"Базу відновлено з {path}.");
        return 0;
    }

    /// <summary>
    /// Copies the live database (<paramref name="liveConnectionString"/>) into <paramref name="path"/> with SQLite's online
    /// backup API: a consistent copy, taken while the app keeps writing. The `backup` verb and the daily backup job use it.
    /// </summary>
    public static async Task CopyAsync(string liveConnectionString, string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var source = new SqliteConnection(liveConnectionString);
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        await source.OpenAsync(ct);
        await target.OpenAsync(ct);
        source.BackupDatabase(target);
    }

    private static async Task<bool> IsLounbDatabaseAsync(string path)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM ef_migrations_history";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
