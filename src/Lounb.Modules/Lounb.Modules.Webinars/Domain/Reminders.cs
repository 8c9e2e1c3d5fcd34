namespace Lounb.Modules.Webinars.Domain;

/// <summary>
/// A reminder to send at <see cref="DueAt"/>: persisted, so it survives restarts; claimed by one app node with a
/// conditional update, so two nodes never send it twice.
/// </summary>
internal sealed class ReminderJob : Lounb.Modules.Core.Jobs.ILeasedWork
{
    public ReminderJob(Guid eventId, Guid userId, ReminderKind kind, DateTime dueAt)
    {
        Id = Guid.CreateVersion7();
        EventId = eventId;
        UserId = userId;
        Kind = kind;
        DueAt = dueAt;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateTime DueAt { get; set; }

    /// <summary>Set by the node that took the job; a claim older than the lease may be taken again (the node died).</summary>
    public DateTime? ClaimedAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

/// <summary>The secret in a person's calendar feed address; replacing it cuts off every old subscription.</summary>
internal sealed class CalendarFeedToken
{
    /// <summary>For EF Core.</summary>
    private CalendarFeedToken()
    {
    }

    public CalendarFeedToken(Guid userId, string token, DateTime now)
    {
        UserId = userId;
        Token = token;
        CreatedAt = now;
    }

    public Guid UserId { get; private set; }

    public string Token { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
}

/// <summary>A person's Telegram chat, linked through the bot's /start code, for notifications.</summary>
internal sealed class TelegramLink
{
    /// <summary>For EF Core.</summary>
    private TelegramLink()
    {
    }

    public TelegramLink(Guid userId, string linkCode, DateTime now)
    {
        UserId = userId;
        LinkCode = linkCode;
        CreatedAt = now;
    }

    public Guid UserId { get; private set; }

    /// <summary>The one-time code in the t.me/&lt;bot&gt;?start= link.</summary>
    public string LinkCode { get; set; } = "";

    public long? ChatId { get; set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? LinkedAt { get; set; }
}
