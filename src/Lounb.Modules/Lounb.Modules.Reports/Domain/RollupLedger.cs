namespace Lounb.Modules.Reports.Domain;

/// <summary>
/// The roll-up rules: a fact arriving under a key already kept with the same figures changes nothing (an event
/// delivered twice counts once); with other figures (a regraded attempt, a corrected hub report, a person who moved)
/// it replaces the kept one: its old cell loses it, its new cell gains it.
/// </summary>
internal static class RollupLedger
{
    public static IReadOnlyList<RollupDelta> Changes(ReportFact? kept, ReportFact incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (kept is not null && kept.Cell == incoming.Cell && kept.Value.Equals(incoming.Value) && kept.PersonId == incoming.PersonId)
        {
            return [];
        }

        var added = new RollupDelta(incoming.Cell, 1, incoming.Value);
        return kept is null ? [added] : [new RollupDelta(kept.Cell, -1, -kept.Value), added];
    }

    /// <summary>Adds up changes per cell (what a batch of facts does to the roll-up table).</summary>
    public static IReadOnlyDictionary<RollupCell, RollupDelta> Net(IEnumerable<RollupDelta> deltas) =>
        deltas.GroupBy(d => d.Cell).ToDictionary(g => g.Key, g => new RollupDelta(g.Key, g.Sum(d => d.Count), g.Sum(d => d.Total)));
}
