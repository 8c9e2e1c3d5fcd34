using Lounb.Learning.Data;
using Lounb.Learning.Storage;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Backups;

/// <summary>What one run wrote: the database copy's name, the bytes of it and of the files archive, and whether the files are in it.</summary>
internal sealed record BackupCopy(string FileName, long Bytes, bool FilesIncluded);

/// <summary>
/// Writes one backup into the configured folder: the database (SQLite: the online backup of the <c>backup</c> verb;
/// PostgreSQL: <c>pg_dump -Fc</c>) and, with files kept in a folder, that folder archived beside it (a bucket has its
/// own versioning and is not copied).
/// </summary>
internal sealed class BackupWriter(IOptions<BackupOptions> options, IOptions<DatabaseOptions> database, IOptions<StorageOptions> storage, IHostEnvironment environment)
{
    public BackupFolder Folder { get; } = new(Resolve(options.Value.Folder ?? "backups", environment));

    /// <summary>Where uploaded files are, or null when they live in a bucket.</summary>
    public string? FilesFolder => storage.Value.Provider == FileStorageProvider.Folder ? Resolve(storage.Value.Directory, environment) : null;

    public bool IsSqlite => database.Value.Provider == DatabaseProvider.Sqlite;

    /// <param name="liveConnectionString">The app's own database.</param>
    /// <param name="local">Now in Kyiv time: the copy's name.</param>
    public async Task<BackupCopy> WriteAsync(string liveConnectionString, DateTime local, CancellationToken ct)
    {
        var stem = BackupFolder.Stem(local);
        var name = stem + (IsSqlite ? ".db" : ".dump");
        var bytes = IsSqlite
            ? await Folder.WriteAsync(name, (file, token) => SqliteBackup.CopyAsync(liveConnectionString, file, token), ct)
            : await Folder.WriteAsync(name, (file, token) => PgDump.Locate(options.Value.PgDumpPath).DumpAsync(liveConnectionString, file, token), ct);
        var files = FilesFolder;
        if (files is null)
        {
            return new BackupCopy(name, bytes, FilesIncluded: false);
        }

        if (Directory.Exists(files))
        {
            bytes += await Folder.WriteAsync(BackupFolder.FilesArchive(stem), (file, token) => BackupFolder.ArchiveAsync(files, file, token), ct);
        }

        return new BackupCopy(name, bytes, FilesIncluded: true);
    }

    private static string Resolve(string path, IHostEnvironment environment) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path));
}
