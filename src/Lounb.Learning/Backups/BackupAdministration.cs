using Lounb.Learning.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Backups;

/// <summary>A run as the backups page lists it.</summary>
internal sealed record BackupRunRow(DateTime CreatedAt, DateOnly? ScheduledFor, DateTime? FinishedAt, bool Succeeded, string? FileName, long? Bytes,
    long? DurationMilliseconds, string? Node, int Attempts, string? LastError)
{
    public bool Waiting => FinishedAt is null;
}

/// <summary>The page «Резервні копії»: the settings in force, the next run, the last result and the recent runs.</summary>
internal sealed record BackupsPage(bool Enabled, string Folder, string TimeOfDay, int Retention, bool IsSqlite, bool FilesIncluded, DateTime? NextRun,
    BackupRunRow? LastSuccess, IReadOnlyList<BackupRunRow> Recent);

/// <summary>What administrators see of the backup job (/admin/backups).</summary>
internal sealed class BackupAdministration(LounbDbContext db, BackupWriter writer, IOptions<BackupOptions> options, LocalTime localTime, TimeProvider time)
{
    private const int Shown = 20;

    public async Task<BackupsPage> PageAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var runs = db.Set<BackupRun>().AsNoTracking();
        var recent = await Rows(runs.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)).Take(Shown).ToListAsync(ct);
        var lastSuccess = await Rows(runs.Where(r => r.Succeeded).OrderByDescending(r => r.FinishedAt)).FirstOrDefaultAsync(ct);
        DateTime? next = settings.Enabled && settings.RunAt is { } at ? new BackupSchedule(localTime, at).NextAfter(time.GetUtcNow().UtcDateTime) : null;
        return new BackupsPage(settings.Enabled, writer.Folder.Path, settings.TimeOfDay, settings.Retention, writer.IsSqlite, writer.FilesFolder is not null,
            next, lastSuccess, recent);
    }

    private static IQueryable<BackupRunRow> Rows(IQueryable<BackupRun> runs) =>
        runs.Select(r => new BackupRunRow(r.CreatedAt, r.ScheduledFor, r.FinishedAt, r.Succeeded, r.FileName, r.Bytes, r.DurationMilliseconds, r.Node, r.Attempts, r.LastError));
}

/// <summary>
/// /health: Degraded (HTTP 200, body "Degraded") while the latest backup attempt failed or the last good copy is more
/// than two days old; a node is not taken out of a load balancer for a failed backup, but a monitor sees it.
/// </summary>
internal sealed class BackupHealthCheck(IServiceScopeFactory scopes, IOptions<BackupOptions> options, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan Stale = TimeSpan.FromDays(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return HealthCheckResult.Healthy("Резервне копіювання вимкнене.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var runs = scope.ServiceProvider.GetRequiredService<LounbDbContext>().Set<BackupRun>().AsNoTracking();
        var latest = await runs.Where(r => r.Succeeded || r.LastError != null).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new { r.Succeeded, r.LastError, r.FinishedAt }).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return HealthCheckResult.Healthy("Резервних копій ще не було.");
        }

        if (!latest.Succeeded)
        {
            return HealthCheckResult.Degraded($"Остання резервна копія не вдалася: {latest.LastError}");
        }

        return time.GetUtcNow().UtcDateTime - latest.FinishedAt > Stale
            ? HealthCheckResult.Degraded("Остання вдала резервна копія старша за дві доби.")
            : HealthCheckResult.Healthy();
    }
}

/// <summary>This node's backup worker: a pass every minute (at once when an administrator asks for a copy).</summary>
internal sealed class BackupWorker(IServiceScopeFactory scopes, BackupSignal signal, TimeProvider time, ILogger<BackupWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Lounb.Modules.Core.Jobs.ScopedWorkLoop.RunAsync<BackupJob>(scopes, (job, ct) => job.RunDueAsync(ct), 1, Interval, signal, time, logger, "backup", stoppingToken);
}

internal static class BackupRegistration
{
    /// <summary>The daily backup job (idle unless Lounb:Backup:Enabled), its admin page and its /health entry.</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services)
    {
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BackupSignal>();
        services.AddSingleton<BackupWriter>();
        services.AddScoped<BackupJob>();
        services.AddScoped<BackupAdministration>();
        services.AddHostedService<BackupWorker>();
        services.AddHealthChecks().AddCheck<BackupHealthCheck>("backup", tags: ["ready"]);
        return services;
    }
}
