namespace Lounb.Modules.Hubs.Domain;

internal enum HubStatus
{
    Active,
    Paused,
    Relocated,

    /// <summary>Travels between places (a laptop, a tablet, a smartphone and a projector) along an itinerary.</summary>
    Mobile,
}

/// <summary>A library's digital-education hub. Its oblast is the library's, kept here so scope filters need no join.</summary>
internal sealed class Hub
{
    private Hub()
    {
    }

    public Hub(Guid libraryId, string oblastCode, string name, HubStatus status)
    {
        Id = Guid.CreateVersion7();
        LibraryId = libraryId;
        OblastCode = oblastCode;
        Name = name;
        Status = status;
    }

    public Guid Id { get; private set; }

    public Guid LibraryId { get; private set; }

    public string OblastCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public HubStatus Status { get; private set; }
}

/// <summary>A coordinator (a library's digital manager) runs a hub from <see cref="Since"/> until <see cref="Until"/>; reassignment ends the old row, so history stays.</summary>
internal sealed class HubCoordinator
{
    private HubCoordinator()
    {
    }

    public HubCoordinator(Guid hubId, Guid personId, DateOnly since)
    {
        Id = Guid.CreateVersion7();
        HubId = hubId;
        PersonId = personId;
        Since = since;
    }

    public Guid Id { get; private set; }

    public Guid HubId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateOnly Since { get; private set; }

    public DateOnly? Until { get; private set; }

    public bool IsCurrentOn(DateOnly day) => Since <= day && (Until is null || day <= Until);

    public void End(DateOnly until) => Until = until;
}
