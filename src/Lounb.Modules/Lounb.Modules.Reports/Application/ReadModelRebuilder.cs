using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Certificates.Contracts;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Reports.Domain;
using Lounb.Modules.Webinars.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Reports.Application;

/// <summary>
/// Recreates the read model from the modules' read contracts (the <c>reports-rebuild</c> verb and the admin button):
/// the facts and roll-ups of every measure with a source are replaced in one transaction, so dashboards show the old
/// figures until the new ones are complete. Attestation decisions and hub reports (no read contract) are kept.
/// The contracts are streamed (on PostgreSQL through a second connection) and the facts written in batches, so memory
/// stays bounded; the daily and monthly roll-ups and the learner months are then computed from the facts in the
/// database, one INSERT … SELECT … GROUP BY each.
/// </summary>
internal sealed class ReadModelRebuilder(LounbDbContext db, FactPlaces places, ISqlDialect dialect, IServiceProvider services, IServiceScopeFactory scopes)
{
    /// <summary>For the admin button: the whole country only (a rebuild touches every oblast's figures).</summary>
    public async Task<Result<int>> RebuildAsync(AccessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.IsNational ? await RebuildAsync(ct) : ReportsErrors.RebuildNationalOnly;
    }

    /// <returns>How many facts the read model now holds from the modules' contracts.</returns>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        var resolver = await places.ForEveryoneAsync(ct);
        var rebuilt = ReportMeasures.Rebuilt.ToList();
        using var reading = dialect.WritesWhileReading ? null : scopes.CreateScope();
        var sources = reading?.ServiceProvider ?? services;
        // Batches inside one transaction: no change detection over added rows, no savepoint around each save.
        var (detectChanges, savepoints) = (db.ChangeTracker.AutoDetectChangesEnabled, db.Database.AutoSavepointsEnabled);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Set<ReportFact>().Where(f => rebuilt.Contains(f.Measure)).ExecuteDeleteAsync(ct);
            await db.Set<DailyRollup>().Where(r => rebuilt.Contains(r.Measure)).ExecuteDeleteAsync(ct);
            await db.Set<MonthlyRollup>().Where(r => rebuilt.Contains(r.Measure)).ExecuteDeleteAsync(ct);
            var written = 0;
            var batch = new List<ReportFact>(ReportsLimits.RebuildBatchSize);
            foreach (var source in Sources(sources))
            {
                await foreach (var fact in source(ct))
                {
                    batch.Add(resolver.Resolve(fact));
                    if (batch.Count == ReportsLimits.RebuildBatchSize)
                    {
                        written += await SaveAsync(batch, ct);
                    }
                }
            }

            written += await SaveAsync(batch, ct);
            await RollUpAsync(rebuilt, ct);
            await RecountLearnerMonthsAsync(ct);
            await transaction.CommitAsync(ct);
            return written;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    private static IEnumerable<Func<CancellationToken, IAsyncEnumerable<ActivityFact>>> Sources(IServiceProvider services)
    {
        foreach (var course in services.GetServices<ICourseFacts>())
        {
            yield return ct => Map(course.EnrolmentsAsync(ct), ActivityFacts.Of, ct);
            yield return ct => Map(course.LessonCompletionsAsync(ct), ActivityFacts.Of, ct);
            yield return ct => Map(course.CompletionsAsync(ct), ActivityFacts.Of, ct);
        }

        foreach (var history in services.GetServices<IAssessmentFacts>())
        {
            yield return ct => Map(history.GradedAttemptsAsync(ct), ActivityFacts.Of, ct);
        }

        foreach (var webinar in services.GetServices<IWebinarFacts>())
        {
            yield return ct => Map(webinar.RegistrationsAsync(ct), ActivityFacts.Of, ct);
            yield return ct => Map(webinar.AttendancesAsync(ct), ActivityFacts.Of, ct);
        }

        foreach (var register in services.GetServices<ICertificateFacts>())
        {
            yield return ct => Map(register.IssuedAsync(ct), ActivityFacts.Of, ct);
        }
    }

    private static async IAsyncEnumerable<ActivityFact> Map<T>(IAsyncEnumerable<T> items, Func<T, ActivityFact> map, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in items.WithCancellation(ct))
        {
            yield return map(item);
        }
    }

    private async Task<int> SaveAsync(List<ReportFact> batch, CancellationToken ct)
    {
        var count = batch.Count;
        db.AddRange(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        batch.Clear();
        return count;
    }

    /// <summary>The roll-ups of the rebuilt measures, from the facts just written.</summary>
    private async Task RollUpAsync(IReadOnlyList<string> rebuilt, CancellationToken ct)
    {
        const string Place = "oblast_code, hromada_id, library_id, course_id, audience";
        var month = dialect.MonthOf("day");
        string[] statements =
        [
            $"""
            INSERT INTO reports_daily (id, day, measure, {Place}, count, total)
            SELECT {dialect.NewId}, day, measure, {Place}, count(*), sum(value) FROM reports_fact
            WHERE measure IN ({In(rebuilt)}) GROUP BY day, measure, {Place}
            """,
            $"""
            INSERT INTO reports_monthly (day, measure, {Place}, count, total)
            SELECT {month}, measure, {Place}, sum(count), sum(total) FROM reports_daily
            WHERE measure IN ({In(rebuilt)}) GROUP BY {month}, measure, {Place}
            """,
        ];
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, ct);
        }
    }

    /// <summary>
    /// Replaces the learner months with the ones the facts give (in the caller's transaction): per course and for all
    /// courses, one INSERT … SELECT each, whose window functions link every track (<see cref="LearnerTracks"/>): the
    /// previous day with learning of the track's earlier months, and whether the track sits in several places.
    /// </summary>
    internal async Task RecountLearnerMonthsAsync(CancellationToken ct)
    {
        await db.Set<LearnerMonth>().ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync(LearnerMonths(anyCourse: false), ct);
        await db.Database.ExecuteSqlRawAsync(LearnerMonths(anyCourse: true), ct);
    }

    private string LearnerMonths(bool anyCourse)
    {
        const string Person = "oblast_code, hromada_id, library_id, audience";
        var (track, course, courseColumn) = anyCourse
            ? ("person_id", "", $"'{Guid.Empty}'")
            : ("person_id, course_id", "course_id, ", "course_id");
        // The place's rank within the track (dense_rank) tells how many places it has; the previous day is the last
        // day of the track's earlier months (the current month's rows, its peers, excluded).
        return $"""
            INSERT INTO reports_learner_month (person_id, month, any_course, course_id, {Person}, days, previous_day, several_places)
            SELECT person_id, month, {(anyCourse ? "TRUE" : "FALSE")}, {courseColumn}, {Person}, days,
              COALESCE(max(last_day) OVER (PARTITION BY {track} ORDER BY month RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP), '{DateOnly.MinValue:yyyy-MM-dd}'),
              max(place) OVER (PARTITION BY {track}) > 1
            FROM (
              SELECT months.*, dense_rank() OVER (PARTITION BY {track} ORDER BY {Person}) AS place
              FROM (
                SELECT person_id, {course}{dialect.MonthOf("day")} AS month, {Person}, sum(DISTINCT 1 << ({dialect.DayOf("day")} - 1)) AS days, max(day) AS last_day
                FROM reports_fact WHERE measure IN ({In(ReportMeasures.Learning)})
                GROUP BY person_id, {course}{dialect.MonthOf("day")}, {Person}
              ) AS months
            ) AS tracks
            """;
    }

    /// <summary>A SQL list of measures (the module's own constants, never input).</summary>
    private static string In(IEnumerable<string> measures) => string.Join(", ", measures.Select(m => $"'{m}'"));
}
