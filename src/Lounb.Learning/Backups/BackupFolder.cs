using System.Formats.Tar;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Lounb.Learning.Backups;

/// <summary>
/// The backup folder: names the job's files (sortable by their Kyiv date and time), writes each through a temporary name
/// renamed at the end (a half-written copy never carries a backup's name), and keeps the newest copies, deleting only the
/// job's own older files.
/// </summary>
internal sealed partial class BackupFolder(string path)
{
    /// <summary>A temporary file older than this is a dead run's leftover.</summary>
    private static readonly TimeSpan StalePart = TimeSpan.FromDays(1);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>"lounb-2026-12-05-0230": the name of a copy made at this local (Kyiv) time, without its extension.</summary>
    public static string Stem(DateTime local) => $"lounb-{local:yyyy-MM-dd-HHmm}";

    /// <summary>The uploaded-files archive beside a copy.</summary>
    public static string FilesArchive(string stem) => stem + ".files.tar.gz";

    /// <summary>
    /// Writes <paramref name="name"/> through <paramref name="write"/>, which fills the temporary file it is given; the
    /// file gets its name only once complete. Returns its size.
    /// </summary>
    public async Task<long> WriteAsync(string name, Func<string, CancellationToken, Task> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        Directory.CreateDirectory(Path);
        var final = System.IO.Path.Combine(Path, name);
        var temporary = System.IO.Path.Combine(Path, $"{name}.{Guid.NewGuid():N}.part");
        try
        {
            await write(temporary, ct);
            var bytes = new FileInfo(temporary).Length;
            File.Move(temporary, final, overwrite: true);
            return bytes;
        }
        finally
        {
            File.Delete(temporary); // gone after the rename; a failed write's remains otherwise
        }
    }

    /// <summary>
    /// Keeps the <paramref name="keep"/> newest copies (a database file with its files archive) and deletes the job's older
    /// ones and its temporary files older than a day; any other file in the folder is left alone. Returns the deleted names.
    /// </summary>
    public IReadOnlyList<string> Prune(int keep, DateTime nowUtc)
    {
        if (!Directory.Exists(Path))
        {
            return [];
        }

        var names = Directory.EnumerateFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().ToList();
        var old = names.Select(n => OwnCopy().Match(n)).Where(m => m.Success).Select(m => m.Groups["stem"].Value)
            .Distinct(StringComparer.Ordinal).OrderByDescending(s => s, StringComparer.Ordinal).Skip(keep).ToHashSet(StringComparer.Ordinal);
        var deleted = new List<string>();
        foreach (var name in names)
        {
            var copy = OwnCopy().Match(name);
            var part = OwnPart().IsMatch(name) && nowUtc - File.GetLastWriteTimeUtc(System.IO.Path.Combine(Path, name)) > StalePart;
            if ((copy.Success && old.Contains(copy.Groups["stem"].Value)) || part)
            {
                File.Delete(System.IO.Path.Combine(Path, name));
                deleted.Add(name);
            }
        }

        return deleted;
    }

    /// <summary>Packs <paramref name="folder"/> (the uploaded files) into a gzip'd tar at <paramref name="file"/>, as deploy/postgres-backup.sh does.</summary>
    public static async Task ArchiveAsync(string folder, string file, CancellationToken ct)
    {
        await using var output = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await using var gzip = new GZipStream(output, CompressionLevel.Fastest);
        await TarFile.CreateFromDirectoryAsync(folder, gzip, includeBaseDirectory: false, ct);
    }

    [GeneratedRegex(@"^(?<stem>lounb-\d{4}-\d{2}-\d{2}-\d{4})\.(db|dump|files\.tar\.gz)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnCopy();

    [GeneratedRegex(@"^lounb-\d{4}-\d{2}-\d{2}-\d{4}\.(db|dump|files\.tar\.gz)\.[0-9a-f]{32}\.part$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnPart();
}
