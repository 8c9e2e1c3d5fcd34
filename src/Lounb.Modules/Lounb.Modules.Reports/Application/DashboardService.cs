using System.Globalization;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application;

/// <summary>What the dashboard's filter form sends (all optional: the last twelve months, everything in scope).</summary>
internal sealed class DashboardQuery
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Oblast { get; set; }

    public Guid? Hromada { get; set; }

    public Guid? Library { get; set; }

    public Guid? Course { get; set; }

    public string? Audience { get; set; }

    /// <summary>The drill-down's measure and page.</summary>
    public string? Measure { get; set; }

    public int Page { get; set; } = 1;
}

internal sealed record Choice(string Value, string Label);

/// <summary>The filter's lists, narrowed to the viewer's scope.</summary>
internal sealed record DashboardFilters(DashboardQuery Query, DateOnly From, DateOnly To, IReadOnlyList<Choice> Oblasts, IReadOnlyList<Choice> Hromadas,
    IReadOnlyList<Choice> Libraries, IReadOnlyList<Choice> Courses, IReadOnlyList<Choice> Audiences, bool CanRebuild);

/// <summary>A measure's count and sum in one month and oblast of a slice.</summary>
internal sealed record RollupSum(DateOnly Month, string OblastCode, string Measure, int Count, double Total);

internal sealed record MonthRow(string Label, int Enrolments, int Completions, int WebinarAttendances, int Certificates);

internal sealed record OblastRow(string Oblast, int Enrolments, int Completions, int WebinarAttendances, int AttestationDecisions);

/// <summary>The dashboard: figures are null when the filter was refused (the form shows why).</summary>
internal sealed record DashboardPage(DashboardFilters Filters, DashboardFigures? Figures, IReadOnlyList<MonthRow> Months, IReadOnlyList<OblastRow> Oblasts);

internal sealed record DrillDownRow(string Name, string? Email, string? Oblast, string? Library, DateOnly Day, double Value);

/// <summary>The people behind one number of the dashboard, a page at a time.</summary>
internal sealed record DrillDownPage(DashboardFilters Filters, string Measure, string Title, int Total, int Page, int Pages, IReadOnlyList<DrillDownRow> Rows);

/// <summary>One fact behind a number with its person (member-initialised, so EF Core orders, pages and streams it in SQL).</summary>
internal sealed class DrillDownFact
{
    /// <summary>What the list shows for a fact whose person has no account (an attestation candidate).</summary>
    public const string NoAccount = "Кандидат без облікового запису";

    /// <summary>The source fact's key (orders facts of one day).</summary>
    public string Key { get; init; } = "";

    public DateOnly Day { get; init; }

    public double Value { get; init; }

    public string OblastCode { get; init; } = "";

    public Guid LibraryId { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }
}

/// <summary>The facts behind one number: the measure, its title, the slice and the rows, newest first.</summary>
internal sealed record DrillDownFacts(string Measure, string Title, ReportSlice Slice, IQueryable<DrillDownFact> Rows);

/// <summary>
/// Dashboards over the read model, within the viewer's oblast scope: an oblast outside it is refused (403), data of
/// other oblasts never reaches the totals.
/// </summary>
internal sealed class DashboardService(LounbDbContext db, IPeopleDirectory directory, IEnumerable<ICourseRoster> rosters, LocalTime localTime, TimeProvider time)
{
    private static readonly StringComparer Ukrainian = StringComparer.Create(CultureInfo.GetCultureInfo("uk-UA"), ignoreCase: false);

    public async Task<Result<DashboardPage>> ShowAsync(AccessScope scope, DashboardQuery query, CancellationToken ct)
    {
        if (!Slice(scope, query).Succeeded(out var slice, out var error))
        {
            return error;
        }

        var sums = await SumsAsync(scope, slice, ct);
        var totals = sums.GroupBy(r => r.Measure).ToDictionary(g => g.Key, g => new MeasureTotal(g.Sum(r => r.Count), g.Sum(r => r.Total)), StringComparer.Ordinal);
        var active = await ActiveLearnersAsync(scope, slice, ct);
        var months = sums.GroupBy(d => d.Month).OrderBy(g => g.Key).Select(g =>
        {
            int Of(string measure) => g.Where(d => d.Measure == measure).Sum(d => d.Count);
            return new MonthRow(g.Key.ToString("MM.yyyy", CultureInfo.InvariantCulture), Of(ReportMeasures.Enrolled), Of(ReportMeasures.CourseCompleted),
                Of(ReportMeasures.WebinarAttended), Of(ReportMeasures.CertificateIssued));
        }).ToList();
        var names = await directory.Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var oblasts = sums.GroupBy(o => o.OblastCode).InDisplayOrder(g => g.Key).Select(g =>
        {
            int Of(params string[] measures) => g.Where(d => measures.Contains(d.Measure)).Sum(d => d.Count);
            return new OblastRow(names.GetValueOrDefault(g.Key) ?? "Без області", Of(ReportMeasures.Enrolled), Of(ReportMeasures.CourseCompleted),
                Of(ReportMeasures.WebinarAttended), Of(ReportMeasures.AttestationFit, ReportMeasures.AttestationConditions, ReportMeasures.AttestationNotFit));
        }).ToList();
        return new DashboardPage(await FiltersAsync(scope, query, slice.From, slice.To, ct), DashboardFigures.From(totals, active), months, oblasts);
    }

    /// <summary>
    /// The slice's roll-up sums per month, oblast and measure: one grouping query over the monthly roll-up for the
    /// months the period covers whole, one over the daily roll-up for the days of the months it covers in part.
    /// </summary>
    private async Task<List<RollupSum>> SumsAsync(AccessScope scope, ReportSlice slice, CancellationToken ct)
    {
        var period = new ReportMonths(slice.From, slice.To);
        var (firstWhole, lastWhole, headEnd, tailStart) = (period.FirstWholeMonth, period.LastWholeMonth, period.HeadEnd, period.TailStart);
        var (from, to, firstMonth, secondMonth, lastMonth) = (slice.From, slice.To, period.FirstMonth, period.FirstMonth.AddMonths(1), period.LastMonth);
        var sums = new List<RollupSum>();
        if (period.HasWholeMonths)
        {
            sums.AddRange(await slice.ApplyPlace(scope.Filter(db.Set<MonthlyRollup>().AsNoTracking(), r => r.OblastCode))
                .Where(r => r.Day >= firstWhole && r.Day <= lastWhole)
                .GroupBy(r => new { r.Day, r.OblastCode, r.Measure })
                .Select(g => new RollupSum(g.Key.Day, g.Key.OblastCode, g.Key.Measure, g.Sum(r => r.Count), g.Sum(r => r.Total)))
                .ToListAsync(ct));
        }

        if (period.HasEnds)
        {
            sums.AddRange(await slice.ApplyPlace(scope.Filter(db.Set<DailyRollup>().AsNoTracking(), r => r.OblastCode))
                .Where(r => (r.Day >= from && r.Day <= headEnd) || (r.Day >= tailStart && r.Day <= to))
                .Select(r => new { Month = r.Day < secondMonth ? firstMonth : lastMonth, r.OblastCode, r.Measure, r.Count, r.Total })
                .GroupBy(r => new { r.Month, r.OblastCode, r.Measure })
                .Select(g => new RollupSum(g.Key.Month, g.Key.OblastCode, g.Key.Measure, g.Sum(r => r.Count), g.Sum(r => r.Total)))
                .ToListAsync(ct));
        }

        return sums;
    }

    /// <summary>
    /// Distinct people with any learning fact in the slice, from the learner months (the end months on the period's
    /// days only): a person whose track sits in one place counts once, on their first row of the period, the one whose
    /// previous day with learning is before it (a count over the index, one range per month); people whose track sits
    /// in several places, whom a place filter may cut, by a distinct count of their few rows.
    /// </summary>
    private async Task<int> ActiveLearnersAsync(AccessScope scope, ReportSlice slice, CancellationToken ct)
    {
        var period = new ReportMonths(slice.From, slice.To);
        var (from, months, firstMonth, lastMonth, firstDays, lastDays) = (slice.From, period.Months, period.FirstMonth, period.LastMonth, period.FirstMonthDays, period.LastMonthDays);
        var (anyCourse, course) = (slice.CourseId is null, slice.CourseId ?? Guid.Empty);
        var rows = slice.ApplyPlace(scope.Filter(db.Set<LearnerMonth>().AsNoTracking(), l => l.OblastCode))
            .Where(l => l.AnyCourse == anyCourse && l.CourseId == course
                && (l.Month != firstMonth || (l.Days & firstDays) != 0) && (l.Month != lastMonth || (l.Days & lastDays) != 0));
        var inOnePlace = await rows.Where(l => !l.SeveralPlaces && months.Contains(l.Month) && l.PreviousDay < from).CountAsync(ct);
        var inSeveralPlaces = await rows.Where(l => l.SeveralPlaces && l.Month >= firstMonth && l.Month <= lastMonth).Select(l => l.PersonId).Distinct().CountAsync(ct);
        return inOnePlace + inSeveralPlaces;
    }

    /// <summary>The form alone, for a refused filter.</summary>
    public async Task<DashboardPage> FormAsync(AccessScope scope, DashboardQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (from, to) = Period(query);
        return new DashboardPage(await FiltersAsync(scope, query, from, to, ct), null, [], []);
    }

    public async Task<Result<DrillDownPage>> PeopleAsync(AccessScope scope, DashboardQuery query, CancellationToken ct)
    {
        if (!Behind(scope, query).Succeeded(out var behind, out var error))
        {
            return error;
        }

        var total = await behind.Rows.CountAsync(ct);
        var pages = Math.Max(1, (total + ReportsLimits.DrillDownPageSize - 1) / ReportsLimits.DrillDownPageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var rows = await behind.Rows.Skip((page - 1) * ReportsLimits.DrillDownPageSize).Take(ReportsLimits.DrillDownPageSize).ToListAsync(ct);
        var libraryIds = rows.Select(r => r.LibraryId).Distinct().ToList();
        var libraries = await directory.Libraries.Where(l => libraryIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.ShortName ?? l.Name, ct);
        var oblasts = await directory.Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var list = rows.Select(r => new DrillDownRow(r.Name ?? DrillDownFact.NoAccount, r.Email, oblasts.GetValueOrDefault(r.OblastCode),
            libraries.GetValueOrDefault(r.LibraryId), r.Day, r.Value)).ToList();
        return new DrillDownPage(await FiltersAsync(scope, query, behind.Slice.From, behind.Slice.To, ct), behind.Measure, behind.Title, total, page, pages, list);
    }

    /// <summary>
    /// The facts behind one number of the dashboard (the drill-down page and its export): the measure's facts in the
    /// slice and the viewer's oblasts, newest first, each with its person. Refused: an unknown measure, a bad slice, an
    /// oblast out of reach.
    /// </summary>
    public Result<DrillDownFacts> Behind(AccessScope scope, DashboardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Measure is not { } measure || !ReportMeasures.People.TryGetValue(measure, out var title))
        {
            return ReportsErrors.MeasureUnknown;
        }

        if (!Slice(scope, query).Succeeded(out var slice, out var error))
        {
            return error;
        }

        var rows = slice.Apply(scope.Filter(db.Set<ReportFact>().AsNoTracking(), f => f.OblastCode)).Where(f => f.Measure == measure)
            .GroupJoin(directory.People, f => f.PersonId, p => p.Id, (f, people) => new { f, people })
            .SelectMany(x => x.people.DefaultIfEmpty(), (x, p) => new DrillDownFact
            {
                Key = x.f.Key,
                Day = x.f.Day,
                Value = x.f.Value,
                OblastCode = x.f.OblastCode,
                LibraryId = x.f.LibraryId,
                Name = p == null ? null : p.FullName,
                Email = p == null ? null : p.Email,
            })
            .OrderByDescending(r => r.Day).ThenBy(r => r.Key);
        return new DrillDownFacts(measure, title, slice, rows);
    }

    /// <summary>The slice asked for, or why not: a bad period or audience (on the form), an oblast out of reach (403).</summary>
    public Result<ReportSlice> Slice(AccessScope scope, DashboardQuery query)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        var (from, to) = Period(query);
        if (!ReportSlice.Of(from, to, query.Oblast, query.Hromada, query.Library, query.Course, query.Audience).Succeeded(out var slice, out var error))
        {
            return error;
        }

        return slice.OblastCode is { } oblast && !scope.Allows(oblast) ? ReportsErrors.OblastOutOfScope : slice;
    }

    /// <summary>The asked period; by default the twelve months up to today.</summary>
    private (DateOnly From, DateOnly To) Period(DashboardQuery query)
    {
        var today = localTime.DateOf(time.GetUtcNow().UtcDateTime);
        var to = query.To ?? today;
        return (query.From ?? to.AddMonths(-12).AddDays(1), to);
    }

    private async Task<DashboardFilters> FiltersAsync(AccessScope scope, DashboardQuery query, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var oblasts = (await scope.Filter(directory.Oblasts, o => o.Code).ToListAsync(ct)).InDisplayOrder(o => o.Code).Select(o => new Choice(o.Code, o.Name)).ToList();
        var libraries = await scope.Filter(directory.Libraries, l => l.OblastCode)
            .Where(l => query.Oblast == null || l.OblastCode == query.Oblast)
            .Select(l => new { l.Id, l.Name, l.ShortName, l.HromadaId, l.HromadaName }).ToListAsync(ct);
        var hromadas = libraries.DistinctBy(l => l.HromadaId).OrderBy(l => l.HromadaName, Ukrainian)
            .Select(l => new Choice(l.HromadaId.ToString(), l.HromadaName)).ToList();
        var courses = new List<Choice>();
        foreach (var roster in rosters)
        {
            courses.AddRange((await roster.OpenRunsAsync(ct)).DistinctBy(r => r.CourseId).Select(r => new Choice(r.CourseId.ToString(), r.CourseTitle)));
        }

        return new DashboardFilters(query, from, to, oblasts, hromadas,
            libraries.Where(l => query.Hromada == null || l.HromadaId == query.Hromada).OrderBy(l => l.ShortName ?? l.Name, Ukrainian)
                .Select(l => new Choice(l.Id.ToString(), l.ShortName ?? l.Name)).ToList(),
            courses.DistinctBy(c => c.Value).OrderBy(c => c.Label, Ukrainian).ToList(),
            ReportAudience.All.Select(a => new Choice(a.Key, a.Value)).ToList(),
            scope.IsNational);
    }
}
