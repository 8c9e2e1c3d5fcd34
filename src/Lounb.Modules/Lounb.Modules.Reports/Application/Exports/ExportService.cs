using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Storage;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application.Exports;

/// <summary>Wakes this node's export worker when a job was queued here.</summary>
internal sealed class ExportSignal : WorkSignal;

/// <summary>A job as its owner sees it (the status page, the JSON the progress bar polls, the list).</summary>
internal sealed record ExportJobView(Guid Id, string Title, ExportFormat Format, ExportStatus Status, int PercentDone, int RowsDone, int? RowsTotal,
    DateTime CreatedAt, DateTime? ExpiresAt, long? FileBytes)
{
    public bool IsFinished => Status is ExportStatus.Ready or ExportStatus.Failed;

    public string StatusText => Status switch
    {
        ExportStatus.Queued => "У черзі",
        ExportStatus.Running => "Готується",
        ExportStatus.Ready => "Готово",
        _ => "Не вдалося",
    };
}

/// <summary>The exports page: what can be exported and the person's own jobs.</summary>
internal sealed record ExportsPage(IReadOnlyList<(string Key, string Title)> Sources, IReadOnlyList<ExportJobView> Jobs, int RetentionHours);

/// <summary>A file being downloaded: the stream (the caller disposes it), its type and name.</summary>
internal sealed record ExportDownload(Stream Content, string ContentType, string FileName);

/// <summary>Queues exports as jobs, shows their progress and hands the file to its owner (anyone else is told it does not exist).</summary>
internal sealed class ExportService(LounbDbContext db, IEnumerable<IExportSource> sources, IFileStorage storage, ExportSignal signal, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<ReportsOptions> options)
{
    public async Task<ExportsPage> PageAsync(Guid userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var jobs = await db.Set<ExportJob>().AsNoTracking().Where(j => j.OwnerId == userId && (j.ExpiresAt == null || j.ExpiresAt > now))
            .OrderByDescending(j => j.CreatedAt).Take(50).ToListAsync(ct);
        return new ExportsPage(sources.Select(s => (s.Key, s.Title)).ToList(), jobs.Select(View).ToList(), options.Value.ExportRetentionHours);
    }

    /// <summary>Queues an export of <paramref name="sourceKey"/> for the person; the source refuses a parameter out of their reach.</summary>
    public async Task<Result<Guid>> StartAsync(AccessScope scope, Guid userId, string? sourceKey, string? parameter, string? format, CancellationToken ct)
    {
        var source = sources.FirstOrDefault(s => s.Key == sourceKey);
        if (source is null)
        {
            return ReportsErrors.ExportSourceUnknown;
        }

        if (!Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen) || int.TryParse(format, out _))
        {
            return ReportsErrors.ExportFormatUnknown;
        }

        if (scope.IsNone)
        {
            return ReportsErrors.OblastOutOfScope;
        }

        var trimmed = string.IsNullOrWhiteSpace(parameter) ? null : parameter.Trim();
        if (trimmed?.Length > ExportLimits.ParameterLength)
        {
            return ReportsErrors.RunNotFound;
        }

        if (!(await source.DescribeAsync(new ExportRequest(scope, trimmed), ct)).Succeeded(out var title, out var error))
        {
            return error;
        }

        var job = new ExportJob(userId, ExportScopes.Write(scope), source.Key, trimmed, title.Length > ExportLimits.TitleLength ? title[..ExportLimits.TitleLength] : title,
            chosen, time.GetUtcNow().UtcDateTime);
        db.Add(job);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return job.Id;
    }

    public async Task<Result<ExportJobView>> StatusAsync(Guid userId, Guid jobId, CancellationToken ct) =>
        await OwnAsync(userId, jobId, ct) is { } job ? View(job) : ReportsErrors.ExportNotFound;

    /// <summary>The file of a ready job of the person's own; another person's job, an expired or unknown one: not found.</summary>
    public async Task<Result<ExportDownload>> DownloadAsync(Guid userId, Guid jobId, CancellationToken ct)
    {
        if (await OwnAsync(userId, jobId, ct) is not { } job)
        {
            return ReportsErrors.ExportNotFound;
        }

        if (job.Status != ExportStatus.Ready || job.FileKey is null)
        {
            return ReportsErrors.ExportNotReady;
        }

        var content = await storage.OpenReadAsync(job.FileKey, ct);
        return content is null
            ? ReportsErrors.ExportNotFound
            : new ExportDownload(content, job.Format == ExportFormat.Csv ? ExportFile.CsvContentType : ExportFile.XlsxContentType, job.FileName ?? "export");
    }

    private async Task<ExportJob?> OwnAsync(Guid userId, Guid jobId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Set<ExportJob>().AsNoTracking()
            .FirstOrDefaultAsync(j => j.Id == jobId && j.OwnerId == userId && (j.ExpiresAt == null || j.ExpiresAt > now), ct);
    }

    private static ExportJobView View(ExportJob j) =>
        new(j.Id, j.Title, j.Format, j.Status, j.PercentDone, j.RowsDone, j.RowsTotal, j.CreatedAt, j.ExpiresAt, j.FileBytes);
}
