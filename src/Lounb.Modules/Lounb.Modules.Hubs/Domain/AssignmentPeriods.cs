using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

/// <summary>A person's assignment for a period: a hub's coordinator, a coordinator's mentor.</summary>
internal interface IAssignmentPeriod
{
    DateOnly Since { get; }

    DateOnly? Until { get; }

    void End(DateOnly until);
}

/// <summary>
/// The one reassignment rule: a new assignment starting on <c>since</c> ends the one that is open then (the day before),
/// so only one is current and history stays. A new assignment may not start before or on the first day of an existing
/// one — that would rewrite history rather than continue it.
/// </summary>
internal static class AssignmentPeriods
{
    public static Result HandOver(IEnumerable<IAssignmentPeriod> existing, DateOnly since)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var rows = existing.ToList();
        if (rows.Any(r => r.Since >= since || (r.Until is { } until && until >= since)))
        {
            return HubsErrors.AssignmentOverlapsHistory;
        }

        foreach (var open in rows.Where(r => r.Until is null))
        {
            open.End(since.AddDays(-1));
        }

        return Result.Success();
    }
}
