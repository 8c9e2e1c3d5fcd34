namespace Lounb.Modules.Webinars.Domain;

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
