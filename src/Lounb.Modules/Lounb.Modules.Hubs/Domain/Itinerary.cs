using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

/// <summary>One stop of a mobile hub: where it stands, on which day, from when to when, and what it offers there.</summary>
internal sealed class HubStop
{
    private HubStop()
    {
    }

    public HubStop(Guid hubId, StopPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Id = Guid.CreateVersion7();
        HubId = hubId;
        Place = plan.Place.Trim();
        Address = plan.Address.Trim();
        Community = plan.Community.Trim();
        OblastCode = plan.OblastCode;
        Day = plan.Day;
        Starts = plan.Starts;
        Ends = plan.Ends;
        Offer = plan.Offer.Trim();
    }

    public Guid Id { get; private set; }

    public Guid HubId { get; private set; }

    public string Place { get; private set; } = "";

    public string Address { get; private set; } = "";

    /// <summary>The hromada (територіальна громада) where the stop is.</summary>
    public string Community { get; private set; } = "";

    public string OblastCode { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public TimeOnly Starts { get; private set; }

    public TimeOnly Ends { get; private set; }

    public string Offer { get; private set; } = "";

    public bool Overlaps(DateOnly day, TimeOnly starts, TimeOnly ends) => Day == day && Starts < ends && starts < Ends;
}

/// <summary>A stop as the itinerary form gives it.</summary>
internal sealed record StopPlan(string Place, string Address, string Community, string OblastCode, DateOnly Day, TimeOnly Starts, TimeOnly Ends, string Offer);

/// <summary>The rules of a mobile hub's itinerary: a stop is in the future (or today), ends after it starts and overlaps no other stop.</summary>
internal static class Itinerary
{
    public static Result CanAdd(HubStatus status, IEnumerable<HubStop> stops, StopPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(plan);
        if (status != HubStatus.Mobile)
        {
            return HubsErrors.NotMobile;
        }

        if (string.IsNullOrWhiteSpace(plan.Place) || string.IsNullOrWhiteSpace(plan.Address) || string.IsNullOrWhiteSpace(plan.Offer))
        {
            return HubsErrors.StopIncomplete;
        }

        if (plan.Place.Length > HubsLimits.NameLength || plan.Address.Length > HubsLimits.AddressLength
            || plan.Community.Length > HubsLimits.NameLength || plan.Offer.Length > HubsLimits.TextLength)
        {
            return HubsErrors.StopTextTooLong;
        }

        if (plan.Day < today)
        {
            return HubsErrors.StopInPast;
        }

        if (plan.Ends <= plan.Starts)
        {
            return HubsErrors.StopEndsBeforeStart;
        }

        var clash = stops.FirstOrDefault(s => s.Overlaps(plan.Day, plan.Starts, plan.Ends));
        return clash is null ? Result.Success() : HubsErrors.StopOverlaps(clash.Place, clash.Starts, clash.Ends);
    }
}
