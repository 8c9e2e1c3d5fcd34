using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using Lounb.Learning.Backups;
using Lounb.Learning.Domain;
using Lounb.Modules.Core.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// The daily backup job (issue 17 §3) on a real database: two app nodes on one database make one run a day, whose copy is
/// real (the SQLite file opens with the rows; pg_restore reads the PostgreSQL dump) with the uploaded files beside it; a
/// failing run is shown to administrators in Ukrainian and makes /health Degraded.
/// </summary>
public abstract class BackupJobTests(TestDatabase database) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lounb-tests", "backup-job-" + Guid.NewGuid().ToString("N"));

    private string Folder => Path.Combine(_root, "backups");

    private string Files => Path.Combine(_root, "files");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }

    private Dictionary<string, string?> Settings(string folder) => new()
    {
        ["Lounb:Backup:Enabled"] = "true",
        ["Lounb:Backup:Folder"] = folder,
        ["Lounb:Backup:TimeOfDay"] = "00:00", // today's run is always due
        ["Lounb:Backup:Retention"] = "5",
        ["Lounb:Storage:Directory"] = Files,
    };

    [Fact]
    public async Task TwoNodesOnOneDatabase_OneRunADay_RealCopyWithTheFiles()
    {
        Directory.CreateDirectory(Path.Combine(Files, "courses"));
        await File.WriteAllTextAsync(Path.Combine(Files, "courses", "cover.txt"), "обкладинка");
        using var a = new LounbAppFactory(database, Settings(Folder));
        _ = a.Services; // migrated and seeded before the second node starts on the same database
        var shared = Settings(Folder);
        shared["Lounb:Database:DataDirectory"] = a.DataDirectory;
        if (a.PostgresConnectionString is { } postgres)
        {
            shared["ConnectionStrings:Postgres"] = postgres;
        }

        using var b = new LounbAppFactory(database, shared);
        _ = b.Services;

        // Both nodes' workers start a pass at once; passes from both nodes, side by side, until the day's run has ended.
        var today = a.Services.GetRequiredService<LocalTime>().DateOf(DateTime.UtcNow);
        await PassesUntilAsync(a, b, runs => runs.AnyAsync(r => r.ScheduledFor == today && r.FinishedAt != null));
        await Task.WhenAll(PassAsync(a), PassAsync(b), PassAsync(a), PassAsync(b));

        var runs = await a.WithDbAsync(db => db.Set<BackupRun>().AsNoTracking().ToListAsync());
        var run = Assert.Single(runs);
        Assert.True(run.Succeeded, run.LastError);
        Assert.Equal(today, run.ScheduledFor);
        var extension = database == TestDatabase.Sqlite ? ".db" : ".dump";
        Assert.Matches(@"^lounb-\d{4}-\d{2}-\d{2}-\d{4}\" + extension + "$", run.FileName);
        var stem = run.FileName![..^extension.Length];
        Assert.Equal([run.FileName, stem + ".files.tar.gz"], Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(new FileInfo(Path.Combine(Folder, run.FileName)).Length + new FileInfo(Path.Combine(Folder, stem + ".files.tar.gz")).Length, run.Bytes);

        if (database == TestDatabase.Sqlite)
        {
            var people = await a.WithDbAsync(db => db.Users.LongCountAsync());
            Assert.True(people > 0);
            Assert.Equal(people, await CountAsync(Path.Combine(Folder, run.FileName), "identity_user"));
        }
        else
        {
            var (code, listing) = await RunAsync(PgDump.Locate(null).Program.Replace("pg_dump", "pg_restore", StringComparison.Ordinal), "--list", Path.Combine(Folder, run.FileName));
            Assert.True(code == 0, listing);
            Assert.Contains("TABLE DATA public identity_user", listing, StringComparison.Ordinal);
            Assert.Contains("TABLE DATA public platform_backup_run", listing, StringComparison.Ordinal);
        }

        Assert.Equal("обкладинка", await ArchivedTextAsync(Path.Combine(Folder, stem + ".files.tar.gz"), "courses/cover.txt"));

        using var admin = new BrowserSession(b);
        await admin.SignInAsync("admin@lounb.demo");
        var page = await admin.GetHtmlAsync("/admin/backups");
        Assert.Contains(run.FileName, page, StringComparison.Ordinal);
        Assert.Contains("Створити копію зараз", page, StringComparison.Ordinal);
        using var health = await admin.GetAsync("/health");
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CopyCannotBeWritten_AdministratorSeesWhyInUkrainian_HealthDegraded()
    {
        Directory.CreateDirectory(_root);
        var notAFolder = Path.Combine(_root, "occupied");
        await File.WriteAllTextAsync(notAFolder, "a file where the backup folder should be");
        using var app = new LounbAppFactory(database, Settings(notAFolder));
        using var admin = new BrowserSession(app);
        await admin.SignInAsync("admin@lounb.demo");
        await PassesUntilAsync(app, app, runs => runs.AnyAsync(r => r.LastError != null));

        var page = await admin.GetHtmlAsync("/admin/backups");
        Assert.Contains("Останню копію створити не вдалося", page, StringComparison.Ordinal);
        Assert.Contains("Не вдалося записати копію в теку", page, StringComparison.Ordinal);
        using var health = await admin.GetAsync("/health");
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RunNow_LearnerForbidden_AdministratorQueuesARun()
    {
        using var app = new LounbAppFactory(database, Settings(Folder));
        using (var learner = new BrowserSession(app))
        {
            await learner.SignInAsync("slukhach@lounb.demo");
            using var refused = await learner.PostAsync("/admin/backups/run", []);
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
            using var forbidden = await learner.GetAsync("/admin/backups");
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using var admin = new BrowserSession(app);
        await admin.SignInAsync("admin@lounb.demo");
        using var queued = await admin.SubmitAsync("/admin/backups", "/admin/backups/run", []);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, queued.StatusCode);
        Assert.Equal("/admin/backups", queued.Headers.Location?.OriginalString);
        Assert.Contains("Копію поставлено в чергу", await admin.GetHtmlAsync("/admin/backups"), StringComparison.Ordinal);
    }

    /// <summary>Runs passes of both nodes side by side until <paramref name="done"/> holds (a node holding the run finishes it meanwhile).</summary>
    private static async Task PassesUntilAsync(LounbAppFactory a, LounbAppFactory b, Func<IQueryable<BackupRun>, Task<bool>> done)
    {
        for (var round = 0; round < 3000; round++)
        {
            if (await a.WithDbAsync(db => done(db.Set<BackupRun>().AsNoTracking())))
            {
                return;
            }

            await Task.WhenAll(PassAsync(a), PassAsync(b));
            await Task.Delay(20);
        }

        Assert.Fail("The backup run did not end.");
    }

    private static async Task<int> PassAsync(LounbAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BackupJob>().RunDueAsync(default);
    }

    private static async Task<long> CountAsync(string file, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string?> ArchivedTextAsync(string archive, string name)
    {
        await using var file = File.OpenRead(archive);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            if (entry.Name.TrimStart('.', '/') == name && entry.DataStream is { } data)
            {
                using var reader = new StreamReader(data);
                return await reader.ReadToEndAsync();
            }
        }

        return null;
    }

    private static async Task<(int Code, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}

public sealed class SqliteBackupJobTests() : BackupJobTests(TestDatabase.Sqlite);

public sealed class PostgresBackupJobTests() : BackupJobTests(TestDatabase.Postgres);
