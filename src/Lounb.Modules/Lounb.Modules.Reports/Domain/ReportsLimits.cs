namespace Lounb.Modules.Reports.Domain;

/// <summary>Sizes of the read model's columns and pages.</summary>
internal static class ReportsLimits
{
    public const int FactKeyLength = 100;
    public const int MeasureLength = 32;
    public const int OblastCodeLength = 16;
    public const int AudienceLength = 16;

    /// <summary>People per page of a drill-down list.</summary>
    public const int DrillDownPageSize = 50;

    /// <summary>Facts written per save while rebuilding.</summary>
    public const int RebuildBatchSize = 5000;
}
