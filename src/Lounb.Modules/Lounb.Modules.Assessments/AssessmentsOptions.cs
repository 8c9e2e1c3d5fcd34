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

    /// <summary>Attempts whose deadline is at or after this moment still take answers at <paramref name="now"/>.</summary>
    public DateTime SaveCutoff(DateTime now) => now - TimeSpan.FromSeconds(SaveGraceSeconds);

    /// <summary>How often the server looks for attempts whose time (and grace) ran out.</summary>
    [Range(1, 3600)]
    public int AutoSubmitIntervalSeconds { get; set; } = 15;

    [Range(1, 100)]
    public int MaxImportMegabytes { get; set; } = 20;

    /// <summary>
    /// Group commit of answer saves on PostgreSQL: saves arriving together are written by one statement in one commit
    /// (each request still answered only after its commit). Off: each save commits on its own. SQLite always does that.
    /// </summary>
    public bool GroupCommitSaves { get; set; } = true;

    /// <summary>The most answers one group commit writes.</summary>
    [Range(1, 1000)]
    public int SaveBatchSize { get; set; } = 200;

    /// <summary>The most saves waiting for a group commit on this node; more wait for room.</summary>
    [Range(1, 100_000)]
    public int SaveQueueLength { get; set; } = 5000;
}
