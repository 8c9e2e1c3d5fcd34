namespace Lounb.Modules.Reports.Domain;

/// <summary>Where a fact belongs: the person's (or the hub's) oblast, hromada and library, and the audience. Empty when unknown.</summary>
internal sealed record FactPlace(string OblastCode, Guid HromadaId, Guid LibraryId, string Audience)
{
    public static FactPlace Unknown { get; } = new("", Guid.Empty, Guid.Empty, ReportAudience.CitizenUnknownAge);
}

/// <summary>
/// One source fact (an enrolment, a graded attempt, a hub report's figure…) keyed by the event that brought it, so
/// an event delivered twice is counted once and a corrected one replaces the first. Kept per person for distinct
/// counts (active learners) and drill-down to the people behind a number.
/// </summary>
internal sealed class ReportFact : IReportCell
{
    public ReportFact(string key, string measure, DateOnly day, Guid personId, Guid courseId, FactPlace place, double value)
    {
        Key = key;
        Measure = measure;
        Day = day;
        PersonId = personId;
        CourseId = courseId;
        OblastCode = place.OblastCode;
        HromadaId = place.HromadaId;
        LibraryId = place.LibraryId;
        Audience = place.Audience;
        Value = value;
    }

    /// <summary>For EF Core materialisation.</summary>
    private ReportFact()
    {
        Key = Measure = OblastCode = Audience = "";
    }

    /// <summary>The source event's identity, e.g. "enrolled:{enrolment id}".</summary>
    public string Key { get; private set; }

    public string Measure { get; private set; }

    public DateOnly Day { get; private set; }

    /// <summary>The person (for a hub report, its coordinator; for a candidate with no account, the candidate).</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The course, or <see cref="Guid.Empty"/>.</summary>
    public Guid CourseId { get; private set; }

    public string OblastCode { get; private set; }

    public Guid HromadaId { get; private set; }

    public Guid LibraryId { get; private set; }

    public string Audience { get; private set; }

    /// <summary>What the fact adds to its roll-up's total (a percent, a number of participants); 1 when it only counts.</summary>
    public double Value { get; private set; }

    public RollupCell Cell => new(Day, Measure, OblastCode, HromadaId, LibraryId, CourseId, Audience);

    /// <summary>Takes the figures of a later delivery of the same source fact (a regrade, a corrected report).</summary>
    public void ReplaceWith(ReportFact later)
    {
        ArgumentNullException.ThrowIfNull(later);
        (Measure, Day, PersonId, CourseId, OblastCode, HromadaId, LibraryId, Audience, Value) =
            (later.Measure, later.Day, later.PersonId, later.CourseId, later.OblastCode, later.HromadaId, later.LibraryId, later.Audience, later.Value);
    }
}

/// <summary>Where a row of the read model belongs: what the dashboard's filters other than the period look at.</summary>
internal interface IReportPlace
{
    Guid CourseId { get; }

    string OblastCode { get; }

    Guid HromadaId { get; }

    Guid LibraryId { get; }

    string Audience { get; }
}

/// <summary>What a dashboard slices by; shared by facts and roll-up rows so one filter serves both.</summary>
internal interface IReportCell : IReportPlace
{
    string Measure { get; }

    DateOnly Day { get; }
}

/// <summary>The key of one roll-up row: day × measure × oblast × hromada × library × course × audience.</summary>
internal sealed record RollupCell(DateOnly Day, string Measure, string OblastCode, Guid HromadaId, Guid LibraryId, Guid CourseId, string Audience);

/// <summary>A change to one roll-up row.</summary>
internal sealed record RollupDelta(RollupCell Cell, int Count, double Total);

/// <summary>A roll-up row: how many facts of a measure fell in one cell, and the sum of their values.</summary>
internal abstract class RollupRow : IReportCell
{
    protected RollupRow(RollupCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        Day = cell.Day;
        Measure = cell.Measure;
        OblastCode = cell.OblastCode;
        HromadaId = cell.HromadaId;
        LibraryId = cell.LibraryId;
        CourseId = cell.CourseId;
        Audience = cell.Audience;
    }

    /// <summary>For EF Core materialisation.</summary>
    protected RollupRow()
    {
        Measure = OblastCode = Audience = "";
    }

    /// <summary>The day (daily roll-up) or the first day of the month (monthly roll-up).</summary>
    public DateOnly Day { get; private set; }

    public string Measure { get; private set; }

    public string OblastCode { get; private set; }

    public Guid HromadaId { get; private set; }

    public Guid LibraryId { get; private set; }

    public Guid CourseId { get; private set; }

    public string Audience { get; private set; }

    public int Count { get; private set; }

    public double Total { get; private set; }

    public RollupCell Cell => new(Day, Measure, OblastCode, HromadaId, LibraryId, CourseId, Audience);

    public void Apply(RollupDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        Count += delta.Count;
        Total += delta.Total;
    }
}

/// <summary>The daily roll-up: the ends of a period that cut a month in part, and the live writes' unit.</summary>
internal sealed class DailyRollup : RollupRow
{
    public DailyRollup(RollupCell cell)
        : base(cell)
    {
        Id = Guid.CreateVersion7();
    }

    /// <summary>For EF Core materialisation.</summary>
    private DailyRollup()
    {
    }

    public Guid Id { get; private set; }
}

/// <summary>
/// The monthly roll-up (<see cref="RollupRow.Day"/> is the month's first day): the months a period covers whole are
/// read here, about thirty times fewer rows than the daily roll-up.
/// </summary>
internal sealed class MonthlyRollup : RollupRow
{
    public MonthlyRollup(RollupCell cell)
        : base(cell with { Day = ReportMonths.Start(cell.Day) })
    {
    }

    /// <summary>For EF Core materialisation.</summary>
    private MonthlyRollup()
    {
    }
}
