using System.ComponentModel.DataAnnotations;

namespace Lounb.Modules.Reports;

/// <summary>Bound from "Lounb:Reports".</summary>
internal sealed class ReportsOptions
{
    public const string Section = "Lounb:Reports";

    /// <summary>How long a finished export file is kept for its owner to download.</summary>
    [Range(1, 24 * 30)]
    public int ExportRetentionHours { get; set; } = 72;
}
