using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application;

/// <summary>
/// Writes facts, their daily and monthly roll-ups and the learner months together (one transaction): a fact already kept with the same figures changes
/// nothing, a different one replaces it (<see cref="RollupLedger"/>). Two nodes adding the same roll-up row at once:
/// the loser reads again and retries.
/// </summary>
internal sealed class ReadModelWriter(LounbDbContext db, FactPlaces places)
{
    private const int MaxAttempts = 5;

    public Task RecordAsync(ActivityFact fact, CancellationToken ct) => RecordAsync([fact], ct);

    public async Task RecordAsync(IReadOnlyList<ActivityFact> facts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(facts);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TryRecordAsync(facts, ct);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task TryRecordAsync(IReadOnlyList<ActivityFact> facts, CancellationToken ct)
    {
        var resolver = await places.ForAsync(facts, ct);
        var rows = facts.Select(resolver.Resolve).ToList();
        var keys = rows.Select(r => r.Key).ToList();
        var kept = await db.Set<ReportFact>().Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, StringComparer.Ordinal, ct);
        var deltas = new List<RollupDelta>();
        var learners = new HashSet<(Guid Person, DateOnly Month)>();
        foreach (var row in rows)
        {
            var previous = kept.GetValueOrDefault(row.Key);
            var changes = RollupLedger.Changes(previous, row);
            if (changes.Count == 0)
            {
                continue;
            }

            deltas.AddRange(changes);
            foreach (var changed in new[] { previous, row })
            {
                if (changed is not null && ReportMeasures.Learning.Contains(changed.Measure))
                {
                    learners.Add((changed.PersonId, ReportMonths.Start(changed.Day)));
                }
            }

            if (previous is null)
            {
                db.Add(row);
                kept[row.Key] = row;
            }
            else
            {
                previous.ReplaceWith(row);
            }
        }

        if (deltas.Count == 0)
        {
            return;
        }

        var net = RollupLedger.Net(deltas).Values;
        await ApplyAsync(net, cell => new DailyRollup(cell), ct);
        await ApplyAsync(RollupLedger.Net(net.Select(d => d with { Cell = d.Cell with { Day = ReportMonths.Start(d.Cell.Day) } })).Values, cell => new MonthlyRollup(cell), ct);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        await RefreshLearnerMonthsAsync(learners, ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }

    private async Task ApplyAsync<TRow>(IEnumerable<RollupDelta> deltas, Func<RollupCell, TRow> create, CancellationToken ct)
        where TRow : RollupRow
    {
        var changes = deltas.Where(d => d.Count != 0 || d.Total != 0).ToList();
        var days = changes.Select(d => d.Cell.Day).Distinct().ToList();
        var measures = changes.Select(d => d.Cell.Measure).Distinct().ToList();
        var oblasts = changes.Select(d => d.Cell.OblastCode).Distinct().ToList();
        var courses = changes.Select(d => d.Cell.CourseId).Distinct().ToList();
        var existing = (await db.Set<TRow>()
                .Where(r => days.Contains(r.Day) && measures.Contains(r.Measure) && oblasts.Contains(r.OblastCode) && courses.Contains(r.CourseId))
                .ToListAsync(ct))
            .ToDictionary(r => r.Cell);
        foreach (var delta in changes)
        {
            if (!existing.TryGetValue(delta.Cell, out var row))
            {
                row = create(delta.Cell);
                db.Add(row);
                existing[delta.Cell] = row;
            }

            row.Apply(delta);
            if (row.Count == 0)
            {
                db.Remove(row);
            }
        }
    }

    /// <summary>
    /// Recomputes the learner-month rows of these people and months from their (saved) facts, then relinks the
    /// people's whole tracks: a month added, emptied or moved changes the previous day of the rows after it, a new
    /// place makes the track one of several places.
    /// </summary>
    private async Task RefreshLearnerMonthsAsync(HashSet<(Guid Person, DateOnly Month)> learners, CancellationToken ct)
    {
        if (learners.Count == 0)
        {
            return;
        }

        var people = learners.Select(l => l.Person).Distinct().ToList();
        var months = learners.Select(l => l.Month).Distinct().ToList();
        var (from, to) = (months.Min(), months.Max().AddMonths(1));
        var learning = ReportMeasures.Learning.ToList();
        var facts = await db.Set<ReportFact>().AsNoTracking()
            .Where(f => people.Contains(f.PersonId) && f.Day >= from && f.Day < to && learning.Contains(f.Measure)).ToListAsync(ct);
        var wanted = LearnerMonth.Of(facts.Where(f => learners.Contains((f.PersonId, ReportMonths.Start(f.Day)))));
        var tracks = new List<LearnerMonth>();
        var kept = new HashSet<LearnerMonthKey>();
        foreach (var row in await db.Set<LearnerMonth>().Where(l => people.Contains(l.PersonId)).ToListAsync(ct))
        {
            kept.Add(row.Key);
            if (!learners.Contains((row.PersonId, row.Month)))
            {
                tracks.Add(row);
            }
            else if (wanted.TryGetValue(row.Key, out var days))
            {
                row.SetDays(days);
                tracks.Add(row);
            }
            else
            {
                db.Remove(row);
            }
        }

        foreach (var (key, days) in wanted.Where(w => !kept.Contains(w.Key)))
        {
            var row = new LearnerMonth(key, days);
            db.Add(row);
            tracks.Add(row);
        }

        LearnerTracks.Link(tracks);
    }
}

/// <summary>Finds where facts belong: the person's oblast, hromada, library and audience, or the hub's library.</summary>
internal sealed class FactPlaces(IPeopleDirectory directory, LocalTime localTime)
{
    /// <summary>A resolver for these facts' people and libraries.</summary>
    public async Task<FactResolver> ForAsync(IReadOnlyCollection<ActivityFact> facts, CancellationToken ct)
    {
        var personIds = facts.Select(f => f.PersonId).Distinct().ToList();
        var libraryIds = facts.Where(f => f.LibraryId is not null).Select(f => f.LibraryId!.Value).Distinct().ToList();
        var people = await PeopleAsync(directory.People.Where(p => personIds.Contains(p.Id)), ct);
        var libraries = libraryIds.Count == 0 ? new Dictionary<Guid, FactPlace>()
            : await directory.Libraries.Where(l => libraryIds.Contains(l.Id))
                .ToDictionaryAsync(l => l.Id, l => new FactPlace(l.OblastCode, l.HromadaId, l.Id, ReportAudience.Librarian), ct);
        return new FactResolver(people, libraries, localTime);
    }

    /// <summary>A resolver for every person (the rebuild reads them once).</summary>
    public async Task<FactResolver> ForEveryoneAsync(CancellationToken ct) =>
        new(await PeopleAsync(directory.People, ct),
            await directory.Libraries.ToDictionaryAsync(l => l.Id, l => new FactPlace(l.OblastCode, l.HromadaId, l.Id, ReportAudience.Librarian), ct),
            localTime);

    private static async Task<Dictionary<Guid, FactPlace>> PeopleAsync(IQueryable<PersonCard> people, CancellationToken ct) =>
        (await people.Select(p => new { p.Id, p.Kind, p.AgeGroup, p.OblastCode, p.HromadaId, p.LibraryId }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => new FactPlace(p.OblastCode ?? "", p.HromadaId ?? Guid.Empty, p.LibraryId ?? Guid.Empty, ReportAudience.Of(p.Kind, p.AgeGroup)));
}

/// <summary>Turns a source's fact into a row of the read model.</summary>
internal sealed class FactResolver(IReadOnlyDictionary<Guid, FactPlace> people, IReadOnlyDictionary<Guid, FactPlace> libraries, LocalTime localTime)
{
    public ReportFact Resolve(ActivityFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var place = fact.LibraryId is { } library && libraries.TryGetValue(library, out var atLibrary) ? atLibrary
            : people.GetValueOrDefault(fact.PersonId) ?? FactPlace.Unknown with { Audience = ReportAudience.Librarian };
        if (fact.OblastCode is { } oblast && place.OblastCode != oblast)
        {
            place = new FactPlace(oblast, Guid.Empty, Guid.Empty, place.Audience);
        }

        var day = fact.Day ?? localTime.DateOf(fact.At);
        return new ReportFact(fact.Key, fact.Measure, day, fact.PersonId, fact.CourseId, place, fact.Value);
    }
}
