using System.Diagnostics;
using Lounb.Learning.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Backups;

/// <summary>Wakes this node's backup worker when an administrator asks for a copy now.</summary>
internal sealed class BackupSignal : WorkSignal;

/// <summary>
/// The daily backup job. Each pass (every node, every minute) makes sure the run that is due exists — one row per Kyiv
/// date, inserted by whichever node is first (a unique key refuses the second) — and then takes a due run through the
/// platform's lease: one node runs it, renewing its claim while it works; a node killed mid-backup stops renewing and
/// another node takes the run over once the lease (<c>Lounb:Jobs:LeaseSeconds</c>) has run out. A failed attempt is
/// tried again after 15 minutes and an hour, then given up (logged as an error, shown on /admin/backups and in /health).
/// </summary>
internal sealed partial class BackupJob(LounbDbContext db, LeasedWorkClaims claims, BackupWriter writer, BackupSignal signal, IOptions<BackupOptions> options,
    LocalTime localTime, TimeProvider time, ILogger<BackupJob> logger)
{
    public static RetrySchedule Schedule { get; } = new(3, [TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)]);

    private static readonly string Node = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Runs not yet ended (waiting, running or waiting to be tried again).</summary>
    public static IQueryable<BackupRun> Open(LounbDbContext db) => db.Set<BackupRun>().Where(r => r.FinishedAt == null);

    private BackupSchedule DailySchedule => new(localTime, options.Value.RunAt ?? new TimeOnly(2, 30));

    /// <summary>One pass: schedules the due run if no node has, then runs a due run if this node gets it. Returns how many it ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return 0;
        }

        await ScheduleDueAsync(ct);
        return await claims.ProcessDueAsync(Open(db), Schedule, 1, claim => RunAsync(claim, ct), ct);
    }

    /// <summary>Inserts the run of the due day unless it exists (also when another node inserts it at the same moment).</summary>
    public async Task ScheduleDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lastSuccess = await db.Set<BackupRun>().Where(r => r.Succeeded).MaxAsync(r => r.FinishedAt, ct);
        if (DailySchedule.DueDay(now, lastSuccess) is not { } day || await db.Set<BackupRun>().AnyAsync(r => r.ScheduledFor == day, ct))
        {
            return;
        }

        db.Add(new BackupRun(day, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node scheduled the day first.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// «Створити копію зараз»: a run due at once through the same path (a waiting run, e.g. one to be tried again, is
    /// made due now instead of adding another).
    /// </summary>
    public async Task<Result> RequestNowAsync(CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return PlatformErrors.BackupsOff;
        }

        var waiting = await Open(db).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        if (waiting is null || !await claims.RetryNowAsync(Open(db), waiting.Value, ct))
        {
            db.Add(new BackupRun(null, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
        }

        signal.Notify();
        return Result.Success();
    }

    private async Task RunAsync(WorkClaim claim, CancellationToken ct)
    {
        var run = await db.Set<BackupRun>().AsNoTracking().FirstAsync(r => r.Id == claim.Id, ct);
        var started = Stopwatch.GetTimestamp();
        BackupCopy copy;
        using (var working = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            var renewing = RenewWhileRunningAsync(claim, working.Token);
            try
            {
                copy = await writer.WriteAsync(db.Database.GetConnectionString()!, localTime.ToLocal(time.GetUtcNow().UtcDateTime), ct);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await working.CancelAsync();
                await renewing;
                await FailAsync(run, claim, exception, ct);
                return;
            }

            await working.CancelAsync();
            await renewing;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var duration = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await LeasedWorkClaims.Held(db.Set<BackupRun>(), claim).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Succeeded, true).SetProperty(r => r.FileName, copy.FileName)
            .SetProperty(r => r.Bytes, copy.Bytes).SetProperty(r => r.DurationMilliseconds, duration).SetProperty(r => r.Node, Node)
            .SetProperty(r => r.LastError, (string?)null), ct);
        var pruned = writer.Folder.Prune(options.Value.Retention, now);
        Written(logger, copy.FileName, writer.Folder.Path, copy.Bytes, duration, pruned.Count);
    }

    /// <summary>Moves the claim on every third of the lease while the copy is written, so a long dump is not taken over.</summary>
    private async Task RenewWhileRunningAsync(WorkClaim claim, CancellationToken ct)
    {
        var every = claims.LeaseOf(Schedule) / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, time, ct);
                await claims.RenewAsync(db.Set<BackupRun>(), claim, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The copy is done (or the node stops).
        }
    }

    private async Task FailAsync(BackupRun run, WorkClaim claim, Exception exception, CancellationToken ct)
    {
        var message = Describe(exception);
        var failure = await claims.ReleaseFailedAsync(db.Set<BackupRun>(), claim, run.Attempts, exception, Schedule, ct);
        DateTime? now = time.GetUtcNow().UtcDateTime;
        await db.Set<BackupRun>().Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.LastError, message).SetProperty(r => r.Node, Node)
            .SetProperty(r => r.FinishedAt, failure.GaveUp ? now : null), ct);
        Failed(logger, exception, run.Id, failure.Attempts, failure.GaveUp ? "given up" : $"next try at {failure.RetryAt:o} (UTC)");
    }

    /// <summary>Why a run failed, in Ukrainian, at most <see cref="BackupLimits.ErrorLength"/> characters.</summary>
    public string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception switch
        {
            BackupFailedException e => e.Message,
            IOException or UnauthorizedAccessException => $"Не вдалося записати копію в теку {writer.Folder.Path}: {exception.Message}",
            Microsoft.Data.Sqlite.SqliteException e => $"SQLite не зміг скопіювати базу: {e.Message}",
            _ => $"Непередбачена помилка ({exception.GetType().Name}): {exception.Message}",
        };
        return text.Length > BackupLimits.ErrorLength ? text[..BackupLimits.ErrorLength] : text;
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Backup {FileName} written to {Folder}: {Bytes} bytes in {Milliseconds} ms; {Pruned} old files deleted.")]
    private static partial void Written(ILogger logger, string fileName, string folder, long bytes, long milliseconds, int pruned);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Error, Message = "Backup run {Id} failed on attempt {Attempts}; {Next}.")]
    private static partial void Failed(ILogger logger, Exception exception, Guid id, int attempts, string next);
}
