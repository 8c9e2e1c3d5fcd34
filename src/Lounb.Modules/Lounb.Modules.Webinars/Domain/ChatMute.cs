namespace Lounb.Modules.Webinars.Domain;

/// <summary>A person a moderator muted in an event's chat and Q&A.</summary>
internal sealed class ChatMute
{
    /// <summary>For EF Core.</summary>
    private ChatMute()
    {
    }

    public ChatMute(Guid eventId, Guid userId, Guid mutedById, DateTime now)
    {
        EventId = eventId;
        UserId = userId;
        MutedById = mutedById;
        MutedAt = now;
    }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid MutedById { get; private set; }

    public DateTime MutedAt { get; private set; }
}
