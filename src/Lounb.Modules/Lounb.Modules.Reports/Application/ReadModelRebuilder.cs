using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Certificates.Contracts;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Reports.Domain;
using Lounb.Modules.Webinars.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application;

/// <summary>
/// Recreates the read model from the modules' read contracts (the <c>reports-rebuild</c> verb and the admin button):
/// the facts and roll-ups of every measure with a source are replaced in one transaction, so dashboards show the old
/// figures until the new ones are complete. Attestation decisions and hub reports (no read contract) are kept.
/// </summary>
internal sealed class ReadModelRebuilder(
    LounbDbContext db,
    FactPlaces places,
    IEnumerable<ICourseFacts> courses,
    IEnumerable<IAssessmentFacts> attempts,
    IEnumerable<IWebinarFacts> webinars,
    IEnumerable<ICertificateFacts> certificates)
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<ReportFact>().Where(f => rebuilt.Contains(f.Measure)).ExecuteDeleteAsync(ct);
        await db.Set<DailyRollup>().Where(r => rebuilt.Contains(r.Measure)).ExecuteDeleteAsync(ct);
        var cells = new Dictionary<RollupCell, RollupDelta>();
        var written = 0;
        foreach (var source in Sources())
        {
            // Each source is read to its end before anything is written (one connection, no interleaved commands).
            var facts = new List<ReportFact>();
            await foreach (var fact in source(ct))
            {
                facts.Add(resolver.Resolve(fact));
            }

            foreach (var fact in facts)
            {
                var cell = fact.Cell;
                cells[cell] = cells.TryGetValue(cell, out var sum) ? sum with { Count = sum.Count + 1, Total = sum.Total + fact.Value } : new RollupDelta(cell, 1, fact.Value);
            }

            written += await SaveInBatchesAsync(facts, ct);
        }

        await SaveInBatchesAsync(cells.Values.Select(delta =>
        {
            var row = new DailyRollup(delta.Cell);
            row.Apply(delta);
            return row;
        }).ToList(), ct);
        await transaction.CommitAsync(ct);
        return written;
    }

    private IEnumerable<Func<CancellationToken, IAsyncEnumerable<ActivityFact>>> Sources()
    {
        foreach (var course in courses)
        {
            yield return ct => Map(course.EnrolmentsAsync(ct), ActivityFacts.Of, ct);
            yield return ct => Map(course.LessonCompletionsAsync(ct), ActivityFacts.Of, ct);
            yield return ct => Map(course.CompletionsAsync(ct), ActivityFacts.Of, ct);
        }

        foreach (var history in attempts)
        {
            yield return ct => Map(history.GradedAttemptsAsync(ct), ActivityFacts.Of, ct);
        }

        foreach (var webinar in webinars)
        {
            yield return ct => Map(webinar.RegistrationsAsync(ct), ActivityFacts.Of, ct);
            yield return ct => Map(webinar.AttendancesAsync(ct), ActivityFacts.Of, ct);
        }

        foreach (var register in certificates)
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

    private async Task<int> SaveInBatchesAsync<T>(IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        foreach (var batch in rows.Chunk(ReportsLimits.RebuildBatchSize))
        {
            db.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return rows.Count;
    }
}
