namespace Lounb.Modules.Webinars.Domain;

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
