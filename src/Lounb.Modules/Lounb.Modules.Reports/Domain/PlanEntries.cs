namespace Lounb.Modules.Reports.Domain;

/// <summary>A year's target for one indicator of one oblast's plan (reports_plan_targets; one per year, oblast and indicator).</summary>
internal sealed class PlanTarget
{
    public PlanTarget(int year, string oblastCode, PlanIndicator indicator, long target, Guid changedBy, DateTime now)
    {
        Year = year;
        OblastCode = oblastCode;
        Indicator = indicator;
        Set(target, changedBy, now);
    }

    /// <summary>For EF Core.</summary>
    private PlanTarget()
    {
        OblastCode = "";
    }

    public int Year { get; private set; }

    public string OblastCode { get; private set; }

    public PlanIndicator Indicator { get; private set; }

    public long Target { get; private set; }

    public Guid ChangedBy { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public void Set(long target, Guid changedBy, DateTime now)
    {
        Target = target;
        ChangedBy = changedBy;
        ChangedAt = now;
    }
}

/// <summary>A month's figure entered by hand for one indicator (reports_plan_figures; one per year, month, oblast and indicator).</summary>
internal sealed class PlanMonthFigure
{
    public PlanMonthFigure(int year, int month, string oblastCode, PlanIndicator indicator, long value, Guid changedBy, DateTime now)
    {
        Year = year;
        Month = month;
        OblastCode = oblastCode;
        Indicator = indicator;
        Set(value, changedBy, now);
    }

    /// <summary>For EF Core.</summary>
    private PlanMonthFigure()
    {
        OblastCode = "";
    }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public string OblastCode { get; private set; }

    public PlanIndicator Indicator { get; private set; }

    public long Value { get; private set; }

    public Guid ChangedBy { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public void Set(long value, Guid changedBy, DateTime now)
    {
        Value = value;
        ChangedBy = changedBy;
        ChangedAt = now;
    }
}

/// <summary>A monthly summary letter sent to one person for one month (reports_plan_summaries): the unique row that makes it once.</summary>
internal sealed class PlanSummaryLetter
{
    public PlanSummaryLetter(Guid personId, int year, int month, DateTime now)
    {
        PersonId = personId;
        Year = year;
        Month = month;
        QueuedAt = now;
    }

    /// <summary>For EF Core.</summary>
    private PlanSummaryLetter()
    {
    }

    public Guid PersonId { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public DateTime QueuedAt { get; private set; }
}
