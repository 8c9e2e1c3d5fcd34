using System.ComponentModel.DataAnnotations;

namespace Lounb.Modules.Assessments;

/// <summary>Bound from "Lounb:Assessments".</summary>
internal sealed class AssessmentsOptions
{
    public const string Section = "Lounb:Assessments";

    /// <summary>
    /// An answer that reaches the server up to this many seconds after an attempt's deadline still counts (it was
    /// given on a phone that lost its connection); the server submits an overdue attempt only after this grace.
    /// </summary>
    [Range(0, 1800)]
    public int SaveGraceSeconds { get; set; } = 120;

    /// <summary>How often the server looks for attempts whose time (and grace) ran out.</summary>
    [Range(1, 3600)]
    public int AutoSubmitIntervalSeconds { get; set; } = 15;

    [Range(1, 100)]
    public int MaxImportMegabytes { get; set; } = 20;
}
