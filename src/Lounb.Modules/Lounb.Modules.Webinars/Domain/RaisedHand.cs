namespace Lounb.Modules.Webinars.Domain;

/// <summary>A raised hand, until lowered by its owner or a moderator.</summary>
internal sealed class RaisedHand
{
    /// <summary>For EF Core.</summary>
    private RaisedHand()
    {
    }

    public RaisedHand(Guid eventId, Guid userId, string displayName, DateTime now)
    {
        EventId = eventId;
        UserId = userId;
        DisplayName = displayName;
        RaisedAt = now;
    }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    public string DisplayName { get; private set; } = "";

    public DateTime RaisedAt { get; private set; }
}
