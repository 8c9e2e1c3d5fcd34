using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application;

/// <summary>
/// Writes facts and their daily roll-ups together (one save): a fact already kept with the same figures changes
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
        foreach (var row in rows)
        {
            var previous = kept.GetValueOrDefault(row.Key);
            var changes = RollupLedger.Changes(previous, row);
            if (changes.Count == 0)
            {
                continue;
            }

            deltas.AddRange(changes);
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

        await ApplyAsync(RollupLedger.Net(deltas).Values, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(IEnumerable<RollupDelta> deltas, CancellationToken ct)
    {
        var changes = deltas.Where(d => d.Count != 0 || d.Total != 0).ToList();
        var days = changes.Select(d => d.Cell.Day).Distinct().ToList();
        var measures = changes.Select(d => d.Cell.Measure).Distinct().ToList();
        var existing = (await db.Set<DailyRollup>().Where(r => days.Contains(r.Day) && measures.Contains(r.Measure)).ToListAsync(ct))
            .ToDictionary(r => r.Cell);
        foreach (var delta in changes)
        {
            if (!existing.TryGetValue(delta.Cell, out var row))
            {
                row = new DailyRollup(delta.Cell);
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
