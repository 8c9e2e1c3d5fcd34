using Lounb.Learning.Backups;

namespace Lounb.Learning.UnitTests.Backups;

/// <summary>The backup folder: sortable names, no half-written copy under a backup's name, retention that touches only the job's files.</summary>
public sealed class BackupFolderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "lounb-unit", "backups-" + Guid.NewGuid().ToString("N"));

    public BackupFolderTests() => Directory.CreateDirectory(_path);

    public void Dispose() => Directory.Delete(_path, recursive: true);

    [Fact]
    public void Stem_KyivDateAndTime_SortableByName()
    {
        Assert.Equal("lounb-2026-12-05-0230", BackupFolder.Stem(new DateTime(2026, 12, 5, 2, 30, 0)));
        Assert.Equal("lounb-2026-12-05-0230.files.tar.gz", BackupFolder.FilesArchive("lounb-2026-12-05-0230"));
        Assert.True(string.CompareOrdinal(BackupFolder.Stem(new DateTime(2026, 9, 30, 23, 59, 0)), BackupFolder.Stem(new DateTime(2026, 10, 1, 0, 0, 0))) < 0);
    }

    [Fact]
    public async Task WriteAsync_WhileWriting_OnlyATemporaryName_ThenRenamed()
    {
        var folder = new BackupFolder(_path);
        var final = Path.Combine(_path, "lounb-2026-12-05-0230.db");
        string? writtenTo = null;
        var bytes = await folder.WriteAsync("lounb-2026-12-05-0230.db", async (file, ct) =>
        {
            writtenTo = file;
            await File.WriteAllTextAsync(file, "half", ct);
            Assert.False(File.Exists(final)); // a reader of the folder never sees a half copy under the backup's name
            await File.AppendAllTextAsync(file, " and the rest", ct);
        }, default);

        Assert.Equal("half and the rest", await File.ReadAllTextAsync(final));
        Assert.Equal(17, bytes);
        Assert.NotEqual(final, writtenTo);
        Assert.False(File.Exists(writtenTo));
    }

    [Fact]
    public async Task WriteAsync_WriterFails_NoCopyAndNoTemporaryFileLeft()
    {
        var folder = new BackupFolder(_path);
        await Assert.ThrowsAsync<BackupFailedException>(() => folder.WriteAsync("lounb-2026-12-05-0230.dump", async (file, ct) =>
        {
            await File.WriteAllTextAsync(file, "partial dump", ct);
            throw new BackupFailedException("pg_dump завершився з кодом 1");
        }, default));

        Assert.Empty(Directory.EnumerateFiles(_path));
    }

    [Fact]
    public void Prune_KeepsTheNewestCopiesWithTheirFiles_TouchesNothingElse()
    {
        string[] copies =
        [
            "lounb-2026-12-01-0230.db", "lounb-2026-12-01-0230.files.tar.gz",
            "lounb-2026-12-02-0230.dump", "lounb-2026-12-02-0230.files.tar.gz",
            "lounb-2026-12-03-0230.db",
            "lounb-2026-12-04-1115.dump", "lounb-2026-12-04-1115.files.tar.gz",
            "lounb-2026-12-05-0230.db", "lounb-2026-12-05-0230.files.tar.gz",
        ];
        string[] others = ["notes.txt", "lounb.db", "lounb-manual.db", "lounb-2026-11-01-0230.db.bak", "lounb-2026-11-01.dump", "my-lounb-2026-11-01-0230.db"];
        foreach (var name in copies.Concat(others))
        {
            File.WriteAllText(Path.Combine(_path, name), name);
        }

        var deleted = new BackupFolder(_path).Prune(keep: 3, DateTime.UtcNow);

        Assert.Equal(["lounb-2026-12-01-0230.db", "lounb-2026-12-01-0230.files.tar.gz", "lounb-2026-12-02-0230.dump", "lounb-2026-12-02-0230.files.tar.gz"],
            deleted.Order(StringComparer.Ordinal));
        Assert.Equal(copies[4..].Concat(others).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(_path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Prune_DeadRunsTemporaryFiles_OnlyTheJobsAndOnlyOld()
    {
        var stale = Path.Combine(_path, "lounb-2026-12-01-0230.dump." + Guid.NewGuid().ToString("N") + ".part");
        var fresh = Path.Combine(_path, "lounb-2026-12-05-0230.dump." + Guid.NewGuid().ToString("N") + ".part");
        var foreign = Path.Combine(_path, "upload.part");
        foreach (var file in new[] { stale, fresh, foreign })
        {
            File.WriteAllText(file, "x");
        }

        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(foreign, DateTime.UtcNow.AddDays(-2));

        Assert.Equal([Path.GetFileName(stale)], new BackupFolder(_path).Prune(keep: 3, DateTime.UtcNow));
        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(foreign));
    }
}
