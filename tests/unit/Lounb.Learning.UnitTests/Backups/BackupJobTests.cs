using Lounb.Learning.Backups;
using Lounb.Learning.Data;
using Lounb.Learning.Domain;
using Lounb.Learning.Storage;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Learning.UnitTests.Backups;

/// <summary>The job's rows with a fake clock: one scheduled run a day, the catch-up after downtime, and a failing copy's retries in Ukrainian.</summary>
public sealed class BackupJobTests : IDisposable
{
    private readonly HostDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 22, 10, 0, TimeSpan.Zero)); // 00:10 Kyiv, 5 December
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lounb-unit", "job-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _database.Dispose();
        if (File.Exists(_folder))
        {
            File.Delete(_folder);
        }
    }

    [Fact]
    public async Task ScheduleDue_AppDownYesterday_YesterdaysRunOnce_ThenTodaysAtItsTime()
    {
        await using var db = _database.NewContext();
        var job = Job(db);

        await job.ScheduleDueAsync(default);
        await job.ScheduleDueAsync(default);
        Assert.Equal([new DateOnly(2026, 12, 4)], await ScheduledDaysAsync(db)); // missed while down, made at start, once

        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 0, 29, 0, TimeSpan.Zero)); // 02:29 Kyiv
        await job.ScheduleDueAsync(default);
        Assert.Equal([new DateOnly(2026, 12, 4)], await ScheduledDaysAsync(db));

        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 0, 30, 0, TimeSpan.Zero)); // 02:30 Kyiv
        await job.ScheduleDueAsync(default);
        await job.ScheduleDueAsync(default);
        Assert.Equal([new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 5)], await ScheduledDaysAsync(db));
    }

    [Fact]
    public async Task ScheduleDue_BeforeTodaysTime_LastCopyFresh_NothingYet()
    {
        await using var db = _database.NewContext();
        await SucceededRunAsync(db, finishedAt: new DateTime(2026, 12, 4, 0, 31, 0, DateTimeKind.Utc));
        await Job(db).ScheduleDueAsync(default);
        Assert.Equal([new DateOnly(2026, 12, 4)], await ScheduledDaysAsync(db)); // only the run that made that copy
    }

    [Fact]
    public async Task RunDue_CopyCannotBeWritten_UkrainianError_RetriedThenGivenUp()
    {
        File.WriteAllText(_folder, "a file where the backup folder should be");
        await using var db = _database.NewContext();
        var job = Job(db);

        Assert.Equal(1, await job.RunDueAsync(default));
        var run = await db.Set<BackupRun>().AsNoTracking().SingleAsync();
        Assert.Null(run.FinishedAt);
        Assert.Equal(1, run.Attempts);
        Assert.StartsWith("Не вдалося записати копію в теку", run.LastError, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(15), run.DueAt);

        Assert.Equal(0, await job.RunDueAsync(default)); // not before its pause
        _clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, await job.RunDueAsync(default));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await job.RunDueAsync(default));

        run = await db.Set<BackupRun>().AsNoTracking().SingleAsync();
        Assert.Equal(3, run.Attempts);
        Assert.False(run.Succeeded);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, run.FinishedAt); // given up: visible as the last result
        _clock.Advance(TimeSpan.FromHours(3)); // 04:25 Kyiv: the given-up run stays as it is; today's own run is made
        await job.RunDueAsync(default);
        Assert.Equal(3, (await db.Set<BackupRun>().AsNoTracking().SingleAsync(r => r.Id == run.Id)).Attempts);
        Assert.Equal([new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 5)], await ScheduledDaysAsync(db));
    }

    [Fact]
    public async Task RequestNow_Off_RefusedAndNothingQueued()
    {
        await using var db = _database.NewContext();
        var result = await Job(db, enabled: false).RequestNowAsync(default);
        Assert.True(result.Failed(out var error));
        Assert.Equal(PlatformErrors.BackupsOff, error);
        Assert.Empty(await db.Set<BackupRun>().ToListAsync());
    }

    [Fact]
    public async Task RequestNow_TwiceWhileWaiting_OneRunDueNow()
    {
        await using var db = _database.NewContext();
        var job = Job(db);
        Assert.True((await job.RequestNowAsync(default)).IsSuccess);
        Assert.True((await job.RequestNowAsync(default)).IsSuccess);
        var run = await db.Set<BackupRun>().AsNoTracking().SingleAsync();
        Assert.Null(run.ScheduledFor);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, run.DueAt);
    }

    private BackupJob Job(Modules.Core.Data.LounbDbContext db, bool enabled = true)
    {
        var options = Options.Create(new BackupOptions { Enabled = enabled, Folder = _folder, TimeOfDay = "02:30", Retention = 3 });
        var writer = new BackupWriter(options, Options.Create(new DatabaseOptions()), Options.Create(new StorageOptions { Provider = FileStorageProvider.S3 }), new Environment());
        return new BackupJob(db, new LeasedWorkClaims(_clock, Options.Create(new WorkLeaseOptions())), writer, new BackupSignal(), options,
            new LocalTime(Options.Create(new LocalTimeOptions())), _clock, NullLogger<BackupJob>.Instance);
    }

    private static async Task<List<DateOnly?>> ScheduledDaysAsync(Modules.Core.Data.LounbDbContext db) =>
        await db.Set<BackupRun>().AsNoTracking().OrderBy(r => r.ScheduledFor).Select(r => r.ScheduledFor).ToListAsync();

    private static async Task SucceededRunAsync(Modules.Core.Data.LounbDbContext db, DateTime finishedAt)
    {
        var run = new BackupRun(DateOnly.FromDateTime(finishedAt), finishedAt);
        db.Add(run);
        await db.SaveChangesAsync();
        await db.Set<BackupRun>().Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Succeeded, true).SetProperty(r => r.FinishedAt, finishedAt));
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Lounb.Learning";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
