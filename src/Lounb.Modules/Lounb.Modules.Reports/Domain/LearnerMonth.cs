namespace Lounb.Modules.Reports.Domain;

/// <summary>
/// One person's learning in one month in one place: the set of days with any learning fact (<see cref="ReportMeasures.Learning"/>),
/// per course and once for all courses together (<see cref="AnyCourse"/>). A person's rows of one course scope (one
/// course, or all courses) make a track; each row knows the track's previous day with learning (<see cref="PreviousDay"/>),
/// so "active learners" counts each person once, in the first month of the period they learned, without a distinct
/// count (<see cref="LearnerTracks"/>).
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

    /// <summary>
    /// The person's last day with learning in this course scope (same <see cref="AnyCourse"/> and <see cref="CourseId"/>,
    /// any place) before this row's month; <see cref="DateOnly.MinValue"/> when there is none.
    /// </summary>
    public DateOnly PreviousDay { get; private set; }

    /// <summary>
    /// Whether the person's learning in this course scope sits in more than one place (oblast, hromada, library or
    /// audience: moved, or learned in another library): a place filter may then keep only some of the track's rows,
    /// so these rows are counted with a distinct count instead of by <see cref="PreviousDay"/>.
    /// </summary>
    public bool SeveralPlaces { get; private set; }

    /// <summary>The last day of the month with learning.</summary>
    public DateOnly LastDay => Month.AddDays(31 - System.Numerics.BitOperations.LeadingZeroCount((uint)Days));

    public LearnerMonthKey Key => new(Month, PersonId, AnyCourse, CourseId, OblastCode, HromadaId, LibraryId, Audience);

    public void SetDays(int days) => Days = days;

    /// <summary>Places the row in its track (<see cref="LearnerTracks.Link"/>).</summary>
    public void Link(DateOnly previousDay, bool severalPlaces) => (PreviousDay, SeveralPlaces) = (previousDay, severalPlaces);

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

/// <summary>
/// The rule that makes "active learners" a plain count: a person who learned in a period (on its days, in a slice's
/// places) is counted once, on the first of their rows in the period, the one whose <see cref="LearnerMonth.PreviousDay"/>
/// is before the period's first day. That holds for any place filter when all of a track's rows sit in one place (the
/// filter keeps all of them or none); tracks in several places are counted apart, with a distinct count.
/// </summary>
internal static class LearnerTracks
{
    /// <summary>Sets <see cref="LearnerMonth.PreviousDay"/> and <see cref="LearnerMonth.SeveralPlaces"/> of whole tracks (all the rows of their people).</summary>
    public static void Link(IEnumerable<LearnerMonth> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var track in rows.GroupBy(r => (r.PersonId, r.AnyCourse, r.CourseId)))
        {
            var severalPlaces = track.Select(r => (r.OblastCode, r.HromadaId, r.LibraryId, r.Audience)).Distinct().Count() > 1;
            var previousDay = DateOnly.MinValue;
            foreach (var month in track.GroupBy(r => r.Month).OrderBy(m => m.Key))
            {
                foreach (var row in month)
                {
                    row.Link(previousDay, severalPlaces);
                }

                previousDay = month.Max(r => r.LastDay);
            }
        }
    }
}

/// <summary>The key of a <see cref="LearnerMonth"/> row.</summary>
internal sealed record LearnerMonthKey(DateOnly Month, Guid PersonId, bool AnyCourse, Guid CourseId, string OblastCode, Guid HromadaId, Guid LibraryId, string Audience);
