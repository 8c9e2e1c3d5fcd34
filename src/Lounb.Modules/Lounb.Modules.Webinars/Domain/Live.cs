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

/// <summary>A question to the speakers; others upvote it, a moderator marks it answered.</summary>
internal sealed class LiveQuestion
{
    /// <summary>For EF Core.</summary>
    private LiveQuestion()
    {
    }

    public LiveQuestion(Guid eventId, Guid userId, string authorName, string text, DateTime now, Guid? clientId = null)
    {
        ClientId = clientId;
        Id = Guid.CreateVersion7();
        EventId = eventId;
        UserId = userId;
        AuthorName = authorName;
        Text = text;
        AskedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The sender's own id for this post (unique per person and event), so a resend after a reconnect is not stored twice.</summary>
    public Guid? ClientId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTime AskedAt { get; private set; }

    public int Upvotes { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public DateTime? DeletedAt { get; set; }
}

/// <summary>One person's upvote of a question (one each).</summary>
internal sealed class QuestionVote
{
    public QuestionVote(Guid questionId, Guid userId)
    {
        QuestionId = questionId;
        UserId = userId;
    }

    public Guid QuestionId { get; private set; }

    public Guid UserId { get; private set; }
}

/// <summary>A poll a moderator opens during the session; results are live.</summary>
internal sealed class LivePoll
{
    /// <summary>For EF Core.</summary>
    private LivePoll()
    {
    }

    public LivePoll(Guid eventId, string question, IReadOnlyList<string> options, Guid createdById, DateTime now)
    {
        Id = Guid.CreateVersion7();
        EventId = eventId;
        Question = question;
        Options = [.. options];
        CreatedById = createdById;
        OpenedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Question { get; private set; } = "";

    public List<string> Options { get; private set; } = [];

    public Guid CreatedById { get; private set; }

    public DateTime OpenedAt { get; private set; }

    public DateTime? ClosedAt { get; set; }
}

/// <summary>One person's choice in a poll (one each; choosing again replaces it).</summary>
internal sealed class PollVote
{
    public PollVote(Guid pollId, Guid userId, int option)
    {
        PollId = pollId;
        UserId = userId;
        Option = option;
    }

    public Guid PollId { get; private set; }

    public Guid UserId { get; private set; }

    public int Option { get; set; }
}

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
