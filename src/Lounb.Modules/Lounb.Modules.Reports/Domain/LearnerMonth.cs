namespace Lounb.Modules.Reports.Domain;

/// <summary>
/// One person's learning in one month in one place: the set of days with any learning fact (<see cref="ReportMeasures.Learning"/>),
/// per course and once for all courses together (<see cref="AnyCourse"/>). "Active learners" counts the distinct people
/// of these rows instead of scanning the facts: a person has a handful of rows a year, against dozens of facts.
/// </summary>
internal sealed class LearnerMonth : IReportPlace
{
    public LearnerMonth(LearnerMonthKey key, int days)
    {
        ArgumentNullException.ThrowIfNull(key);
        (Month, PersonId, AnyCourse, CourseId, OblastCode, HromadaId, LibraryId, Audience) =
            (key.Month, key.PersonId, key.AnyCourse, key.CourseId, key.OblastCode, key.HromadaId, key.LibraryId, key.Audience);
        Days = days;
    }

    /// <summary>For EF Core materialisation.</summary>
    private LearnerMonth()
    {
        OblastCode = Audience = "";
    }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>True for the row of all the person's courses together (its <see cref="CourseId"/> is empty).</summary>
    public bool AnyCourse { get; private set; }

    public Guid CourseId { get; private set; }

    public string OblastCode { get; private set; }

    public Guid HromadaId { get; private set; }

    public Guid LibraryId { get; private set; }

    public string Audience { get; private set; }

    /// <summary>The month's days with learning: bit 0 is the 1st (<see cref="ReportMonths.DayBit"/>).</summary>
    public int Days { get; private set; }

    public LearnerMonthKey Key => new(Month, PersonId, AnyCourse, CourseId, OblastCode, HromadaId, LibraryId, Audience);

    public void SetDays(int days) => Days = days;

    /// <summary>The rows the learning facts among <paramref name="facts"/> make, by key.</summary>
    public static IReadOnlyDictionary<LearnerMonthKey, int> Of(IEnumerable<ReportFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rows = new Dictionary<LearnerMonthKey, int>();
        foreach (var fact in facts.Where(f => ReportMeasures.Learning.Contains(f.Measure)))
        {
            var perCourse = new LearnerMonthKey(ReportMonths.Start(fact.Day), fact.PersonId, false, fact.CourseId, fact.OblastCode, fact.HromadaId, fact.LibraryId, fact.Audience);
            foreach (var key in new[] { perCourse, perCourse with { AnyCourse = true, CourseId = Guid.Empty } })
            {
                rows[key] = rows.GetValueOrDefault(key) | ReportMonths.DayBit(fact.Day);
            }
        }

        return rows;
    }
}

/// <summary>The key of a <see cref="LearnerMonth"/> row.</summary>
internal sealed record LearnerMonthKey(DateOnly Month, Guid PersonId, bool AnyCourse, Guid CourseId, string OblastCode, Guid HromadaId, Guid LibraryId, string Audience);
