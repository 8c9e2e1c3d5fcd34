namespace Lounb.Modules.Webinars.Domain;

/// <summary>A chat message of an event's live room (kept as history; a moderator may delete it).</summary>
internal sealed class ChatMessage
{
    /// <summary>For EF Core.</summary>
    private ChatMessage()
    {
    }

    public ChatMessage(Guid eventId, Guid userId, string authorName, string text, DateTime now, Guid? clientId = null)
    {
        ClientId = clientId;
        Id = Guid.CreateVersion7();
        EventId = eventId;
        UserId = userId;
        AuthorName = authorName;
        Text = text;
        SentAt = now;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The sender's own id for this post (unique per person and event), so a resend after a reconnect is not stored twice.</summary>
    public Guid? ClientId { get; private set; }

    public string AuthorName { get; private set; } = "";

    /// <summary>Plain text; shown as text, never as HTML.</summary>
    public string Text { get; private set; } = "";

    public DateTime SentAt { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public Guid? DeletedById { get; private set; }

    public void Delete(Guid moderatorId, DateTime now)
    {
        DeletedAt ??= now;
        DeletedById ??= moderatorId;
    }
}
