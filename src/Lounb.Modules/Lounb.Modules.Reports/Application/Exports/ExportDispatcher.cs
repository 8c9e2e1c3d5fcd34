using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Storage;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Reports.Application.Exports;

/// <summary>
/// Runs queued exports. Each job is taken by one node through the platform's lease (<see cref="LeasedWorkClaims"/>);
/// the rows are written to a temporary file (CSV, a formatted workbook under 10,000 rows, a streamed one above), then
/// stored through <see cref="IFileStorage"/> and kept for <see cref="ReportsOptions.ExportRetentionHours"/>. A pass
/// also deletes the files (and jobs) whose time is up.
/// </summary>
internal sealed class ExportDispatcher(LounbDbContext db, IServiceScopeFactory scopes, IFileStorage storage, LeasedWorkClaims claims,
    IOptions<ReportsOptions> options, TimeProvider time, ILogger<ExportDispatcher> logger)
{
    public const int BatchSize = 1;

    public static RetrySchedule Schedule { get; } = new(3, [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)], TimeSpan.FromMinutes(15));

    /// <summary>The jobs not yet finished (queued or running).</summary>
    public static IQueryable<ExportJob> Open(LounbDbContext db) => db.Set<ExportJob>().Where(j => j.Status == ExportStatus.Queued || j.Status == ExportStatus.Running);

    /// <summary>One pass: deletes what expired, then runs up to <see cref="BatchSize"/> due jobs. Returns how many jobs it ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        await DeleteExpiredAsync(ct);
        return await claims.ProcessDueAsync(Open(db), Schedule, BatchSize, claim => RunAsync(claim, ct), ct);
    }

    /// <summary>Deletes ready jobs past their time and failed ones older than the retention, with their files. Returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var failedBefore = now.AddHours(-options.Value.ExportRetentionHours);
        var expired = await db.Set<ExportJob>().AsNoTracking()
            .Where(j => (j.ExpiresAt != null && j.ExpiresAt <= now) || (j.Status == ExportStatus.Failed && j.CreatedAt <= failedBefore))
            .Select(j => new { j.Id, j.FileKey }).Take(100).ToListAsync(ct);
        foreach (var job in expired)
        {
            if (job.FileKey is not null)
            {
                await storage.DeleteAsync(job.FileKey, ct);
            }

            await db.Set<ExportJob>().Where(j => j.Id == job.Id).ExecuteDeleteAsync(ct);
        }

        return expired.Count;
    }

    private async Task RunAsync(WorkClaim claim, CancellationToken ct)
    {
        var job = await db.Set<ExportJob>().AsNoTracking().FirstAsync(j => j.Id == claim.Id, ct);
        var held = LeasedWorkClaims.Held(db.Set<ExportJob>(), claim);
        var temp = Path.Combine(Path.GetTempPath(), $"lounb-export-{job.Id:N}.tmp");
        // The source reads through a context of its own: the progress updates below must not share its open reader.
        await using var reading = scopes.CreateAsyncScope();
        var sources = reading.ServiceProvider.GetServices<IExportSource>();
        try
        {
            var source = sources.FirstOrDefault(s => s.Key == job.SourceKey) ?? throw new InvalidOperationException($"No export source '{job.SourceKey}'.");
            if (!(await source.OpenAsync(new ExportRequest(ExportScopes.Read(job.OwnerScope), job.Parameter), ct)).Succeeded(out var table, out var error))
            {
                await held.ExecuteUpdateAsync(u => u.SetProperty(j => j.Status, ExportStatus.Failed).SetProperty(j => j.LastError, error.Message)
                    .SetProperty(j => j.FinishedAt, time.GetUtcNow().UtcDateTime), ct);
                return;
            }

            await held.ExecuteUpdateAsync(u => u.SetProperty(j => j.Status, ExportStatus.Running).SetProperty(j => j.RowsTotal, table.RowCount).SetProperty(j => j.RowsDone, 0), ct);
            void Progress(int rows) => held.ExecuteUpdate(u => u.SetProperty(j => j.RowsDone, rows));
            await using (var file = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await ExportFiles.WriteAsync(file, job.Format, table, Progress, ct);
                file.Position = 0;
                var key = $"reports/exports/{job.Id:N}.{ExportFiles.Extension(job.Format)}";
                await storage.SaveAsync(key, file, ct);
                var now = time.GetUtcNow().UtcDateTime;
                var fileName = ExportFiles.FileName(job.Title, job.Format, now);
                var bytes = file.Length;
                await held.ExecuteUpdateAsync(u => u.SetProperty(j => j.Status, ExportStatus.Ready).SetProperty(j => j.RowsDone, table.RowCount)
                    .SetProperty(j => j.FileKey, key).SetProperty(j => j.FileName, fileName).SetProperty(j => j.FileBytes, bytes)
                    .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.ExpiresAt, now.AddHours(options.Value.ExportRetentionHours))
                    .SetProperty(j => j.LastError, (string?)null), ct);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = await claims.ReleaseFailedAsync(db.Set<ExportJob>(), claim, job.Attempts, exception, Schedule, ct);
            if (failure.GaveUp)
            {
                await db.Set<ExportJob>().Where(j => j.Id == job.Id).ExecuteUpdateAsync(u => u.SetProperty(j => j.Status, ExportStatus.Failed), ct);
            }

            WorkLog.Failed(logger, exception, "report export", job.Id, failure);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}

/// <summary>Chooses the writer of a format and names the file.</summary>
internal static class ExportFiles
{
    public static Task WriteAsync(Stream output, ExportFormat format, ExportTable table, Action<int> progress, CancellationToken ct) =>
        format == ExportFormat.Csv ? CsvExport.WriteAsync(output, table, progress, ct)
        : table.RowCount >= ExportLimits.StreamingRows ? StreamingWorkbook.WriteAsync(output, table, progress, ct)
        : FormattedWorkbook.WriteAsync(output, table, progress, ct);

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    /// <summary>The title with the date, e.g. "Поступ слухачів курсів 2026-12-05.xlsx" (characters a file name cannot hold replaced).</summary>
    public static string FileName(string title, ExportFormat format, DateTime now)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', ':', '*', '?', '<', '>', '|', '/', '\\']).ToHashSet();
        var safe = new string(title.Select(ch => invalid.Contains(ch) ? ' ' : ch).ToArray()).Trim();
        safe = safe.Length > 120 ? safe[..120] : safe;
        return $"{safe} {now:yyyy-MM-dd}.{Extension(format)}";
    }
}

/// <summary>The export worker of this node.</summary>
internal sealed class ExportWorker(IServiceScopeFactory scopes, ExportSignal signal, IOptions<ReportsOptions> options, TimeProvider time, ILogger<ExportWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ScopedWorkLoop.RunAsync<ExportDispatcher>(scopes, (dispatcher, ct) => dispatcher.RunDueAsync(ct), ExportDispatcher.BatchSize,
            TimeSpan.FromSeconds(options.Value.ExportPollSeconds), signal, time, logger, "report export", stoppingToken);
}
