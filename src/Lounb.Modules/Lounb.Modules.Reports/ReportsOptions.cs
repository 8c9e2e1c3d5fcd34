using System.ComponentModel.DataAnnotations;

namespace Lounb.Modules.Reports;

/// <summary>Bound from "Lounb:Reports".</summary>
internal sealed class ReportsOptions
{
    public const string Section = "Lounb:Reports";

    /// <summary>How long a finished export file is kept for its owner to download.</summary>
    [Range(1, 24 * 30)]
    public int ExportRetentionHours { get; set; } = 72;

    // ── Export jobs and the monthly summary (issue 16: plan and exports) ──

    /// <summary>How often each node looks for queued exports (one queued on this node starts at once).</summary>
    [Range(1, 3600)]
    public int ExportPollSeconds { get; set; } = 10;

    /// <summary>How often each node checks whether the monthly summary letters are due.</summary>
    [Range(1, 24 * 60)]
    public int SummaryCheckMinutes { get; set; } = 60;
}
