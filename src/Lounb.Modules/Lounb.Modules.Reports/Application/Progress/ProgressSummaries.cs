using System.Globalization;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application.Progress;

/// <summary>
/// One line of a progress summary: an oblast (then <see cref="Hromada"/> and <see cref="Library"/> are null) or a
/// library. Learners are the distinct people with any learning fact in the period; the completion rate is completions
/// per enrolment; the average grade is over the graded quiz attempts.
/// </summary>
internal sealed record PlaceProgress(string Oblast, string? Hromada, string? Library, int Learners, int Enrolled, int Completed,
    decimal? CompletionPercent, decimal? AverageGrade, int Certificates);

/// <summary>The summaries of a slice: per oblast and per library, within the viewer's oblasts.</summary>
internal sealed record ProgressSummaries(ReportSlice Slice, IReadOnlyList<PlaceProgress> ByOblast, IReadOnlyList<PlaceProgress> ByLibrary);

/// <summary>The summaries page: the filter form and, unless it was refused, the two tables.</summary>
internal sealed record ProgressSummariesPage(DashboardFilters Filters, ProgressSummaries? Summaries);

/// <summary>
/// Per-oblast and per-library progress summaries over the read model (the same facts and roll-ups as the dashboards,
/// so the figures agree): learners, enrolments, completions, completion rate, average quiz grade, certificates.
/// </summary>
internal sealed class ProgressSummaryService(LounbDbContext db, DashboardService dashboards, IPeopleDirectory directory)
{
    public const string NoOblast = "Без області";

    public const string NoLibrary = "Без бібліотеки";

    private static readonly StringComparer Ukrainian = StringComparer.Create(CultureInfo.GetCultureInfo("uk-UA"), ignoreCase: false);

    private static readonly string[] Counted = [ReportMeasures.Enrolled, ReportMeasures.CourseCompleted, ReportMeasures.AttemptGraded, ReportMeasures.CertificateIssued];

    public async Task<Result<ProgressSummariesPage>> PageAsync(AccessScope scope, DashboardQuery query, CancellationToken ct)
    {
        if (!(await SummariesAsync(scope, query, ct)).Succeeded(out var summaries, out var error))
        {
            return error;
        }

        return new ProgressSummariesPage((await dashboards.FormAsync(scope, query, ct)).Filters, summaries);
    }

    /// <summary>The form alone, for a refused filter.</summary>
    public async Task<ProgressSummariesPage> FormAsync(AccessScope scope, DashboardQuery query, CancellationToken ct) =>
        new((await dashboards.FormAsync(scope, query, ct)).Filters, null);

    public async Task<Result<ProgressSummaries>> SummariesAsync(AccessScope scope, DashboardQuery query, CancellationToken ct)
    {
        if (!dashboards.Slice(scope, query).Succeeded(out var slice, out var error))
        {
            return error;
        }

        var counted = Counted.ToList();
        var learning = ReportMeasures.Learning.ToList();
        var totals = await slice.Apply(scope.Filter(db.Set<DailyRollup>().AsNoTracking(), r => r.OblastCode)).Where(r => counted.Contains(r.Measure))
            .GroupBy(r => new { r.OblastCode, r.LibraryId, r.Measure })
            .Select(g => new MeasureSum(g.Key.OblastCode, g.Key.LibraryId, g.Key.Measure, g.Sum(r => r.Count), g.Sum(r => r.Total)))
            .ToListAsync(ct);
        var facts = slice.Apply(scope.Filter(db.Set<ReportFact>().AsNoTracking(), f => f.OblastCode)).Where(f => learning.Contains(f.Measure));
        var libraryLearners = await facts.Select(f => new { f.OblastCode, f.LibraryId, f.PersonId }).Distinct()
            .GroupBy(x => new { x.OblastCode, x.LibraryId }).Select(g => new { g.Key.OblastCode, g.Key.LibraryId, Count = g.Count() })
            .ToDictionaryAsync(x => (x.OblastCode, x.LibraryId), x => x.Count, ct);
        var oblastLearners = await facts.Select(f => new { f.OblastCode, f.PersonId }).Distinct()
            .GroupBy(x => x.OblastCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var oblastNames = await directory.Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var libraryIds = totals.Select(t => t.LibraryId).Concat(libraryLearners.Keys.Select(k => k.LibraryId)).Distinct().ToList();
        var libraries = await directory.Libraries.Where(l => libraryIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => (Name: l.ShortName ?? l.Name, l.HromadaName), ct);
        string OblastName(string code) => oblastNames.GetValueOrDefault(code) ?? NoOblast;

        var byOblast = totals.Select(t => t.OblastCode).Concat(oblastLearners.Keys).Distinct().InDisplayOrder(code => code)
            .Select(code => Line(OblastName(code), null, null, oblastLearners.GetValueOrDefault(code), totals.Where(t => t.OblastCode == code)))
            .ToList();
        var byLibrary = totals.Select(t => (t.OblastCode, t.LibraryId)).Concat(libraryLearners.Keys).Distinct()
            .Select(key =>
            {
                var library = libraries.TryGetValue(key.LibraryId, out var found) ? found : (Name: NoLibrary, HromadaName: "");
                return (key.OblastCode, Line: Line(OblastName(key.OblastCode), library.HromadaName, library.Name, libraryLearners.GetValueOrDefault(key),
                    totals.Where(t => t.OblastCode == key.OblastCode && t.LibraryId == key.LibraryId)));
            })
            .InDisplayOrder(x => x.OblastCode).GroupBy(x => x.OblastCode)
            .SelectMany(g => g.Select(x => x.Line).OrderBy(l => l.Library == NoLibrary).ThenBy(l => l.Library, Ukrainian))
            .ToList();
        return new ProgressSummaries(slice, byOblast, byLibrary);
    }

    private static PlaceProgress Line(string oblast, string? hromada, string? library, int learners, IEnumerable<MeasureSum> sums)
    {
        var list = sums.ToList();
        int Count(string measure) => list.Where(s => s.Measure == measure).Sum(s => s.Count);
        var enrolled = Count(ReportMeasures.Enrolled);
        var completed = Count(ReportMeasures.CourseCompleted);
        var graded = Count(ReportMeasures.AttemptGraded);
        var gradeTotal = list.Where(s => s.Measure == ReportMeasures.AttemptGraded).Sum(s => s.Total);
        return new PlaceProgress(oblast, hromada, library, learners, enrolled, completed,
            enrolled == 0 ? null : Math.Round(completed * 100m / enrolled, 1, MidpointRounding.AwayFromZero),
            graded == 0 ? null : Math.Round((decimal)(gradeTotal / graded), 1, MidpointRounding.AwayFromZero),
            Count(ReportMeasures.CertificateIssued));
    }

    private sealed record MeasureSum(string OblastCode, Guid LibraryId, string Measure, int Count, double Total);
}
