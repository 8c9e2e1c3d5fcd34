using Lounb.Modules.Core.Jobs;

namespace Lounb.Modules.Reports.Domain;

internal enum ExportFormat
{
    Xlsx,
    Csv,
}

internal enum ExportStatus
{
    Queued,
    Running,
    Ready,
    Failed,
}

/// <summary>The limits of export jobs.</summary>
internal static class ExportLimits
{
    /// <summary>From this many rows the workbook is streamed (MiniExcel) instead of formatted in memory (ClosedXML).</summary>
    public const int StreamingRows = 10_000;

    public const int SourceKeyLength = 64;

    public const int ParameterLength = 200;

    public const int TitleLength = 300;

    public const int ScopeLength = 400;

    /// <summary>How often (in rows) a running job writes its progress.</summary>
    public const int ProgressEvery = 5_000;
}

/// <summary>
/// An export someone asked for (reports_export_jobs): taken by one node's worker through the platform's lease, written to
/// file storage, downloadable by its owner only until <see cref="ExpiresAt"/>, then deleted with its file.
/// </summary>
internal sealed class ExportJob : ILeasedWork
{
    public ExportJob(Guid ownerId, string ownerScope, string sourceKey, string? parameter, string title, ExportFormat format, DateTime now)
    {
        Id = Guid.CreateVersion7();
        OwnerId = ownerId;
        OwnerScope = ownerScope;
        SourceKey = sourceKey;
        Parameter = parameter;
        Title = title;
        Format = format;
        CreatedAt = DueAt = now;
    }

    /// <summary>For EF Core.</summary>
    private ExportJob()
    {
        OwnerScope = SourceKey = Title = "";
    }

    public Guid Id { get; private set; }

    public Guid OwnerId { get; private set; }

    /// <summary>The owner's reach when they asked ("*" national, else oblast codes joined by ','): the job sees no more.</summary>
    public string OwnerScope { get; private set; }

    public string SourceKey { get; private set; }

    /// <summary>The source's one parameter (a run's id), if it takes one.</summary>
    public string? Parameter { get; private set; }

    public string Title { get; private set; }

    public ExportFormat Format { get; private set; }

    public ExportStatus Status { get; private set; }

    public int RowsDone { get; private set; }

    /// <summary>Rows expected, once the source has counted them.</summary>
    public int? RowsTotal { get; private set; }

    public string? FileKey { get; private set; }

    public string? FileName { get; private set; }

    public long? FileBytes { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>When the file is deleted (set when it is ready).</summary>
    public DateTime? ExpiresAt { get; private set; }

    public DateTime DueAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? ClaimedAt { get; private set; }

    public string? ClaimedBy { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>0–100 for the progress bar.</summary>
    public int PercentDone => Status == ExportStatus.Ready ? 100
        : RowsTotal is null or 0 ? 0
        : Math.Min(99, (int)(RowsDone * 100L / RowsTotal.Value));
}
