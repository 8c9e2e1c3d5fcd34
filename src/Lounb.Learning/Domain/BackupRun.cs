using Lounb.Modules.Core.Jobs;

namespace Lounb.Learning.Domain;

/// <summary>The limits of the backup job's rows.</summary>
internal static class BackupLimits
{
    public const int FileNameLength = 100;

    public const int NodeLength = 200;

    public const int ErrorLength = 1000;
}

/// <summary>
/// One run of the daily backup job (platform_backup_run): the day's scheduled run (one row per Kyiv date, unique, so two
/// nodes never both schedule it) or one an administrator asked for. Taken by one node through the platform's lease
/// (<see cref="LeasedWorkClaims"/>); a node killed mid-backup stops renewing its claim and another takes the run over
/// once the lease has run out. The row keeps the result the admin page and /health show.
/// </summary>
internal sealed class BackupRun : ILeasedWork
{
    public BackupRun(DateOnly? scheduledFor, DateTime now)
    {
        Id = Guid.CreateVersion7();
        ScheduledFor = scheduledFor;
        CreatedAt = DueAt = now;
    }

    /// <summary>For EF Core.</summary>
    private BackupRun()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The Kyiv date of a scheduled run; null for a run an administrator asked for («Створити копію зараз»).</summary>
    public DateOnly? ScheduledFor { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the run ended: with a file, or given up after its last failed attempt; null while it waits or runs.</summary>
    public DateTime? FinishedAt { get; private set; }

    public bool Succeeded { get; private set; }

    /// <summary>The database copy's file name in the backup folder (lounb-2026-12-05-0230.db or .dump).</summary>
    public string? FileName { get; private set; }

    /// <summary>The size of the copy (the database file plus the files archive beside it).</summary>
    public long? Bytes { get; private set; }

    public long? DurationMilliseconds { get; private set; }

    /// <summary>The node that wrote the copy (machine/process): the folder is that machine's unless shared.</summary>
    public string? Node { get; private set; }

    public DateTime DueAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? ClaimedAt { get; private set; }

    public string? ClaimedBy { get; private set; }

    /// <summary>Why the last attempt failed, in Ukrainian (what the administrator reads).</summary>
    public string? LastError { get; private set; }
}
