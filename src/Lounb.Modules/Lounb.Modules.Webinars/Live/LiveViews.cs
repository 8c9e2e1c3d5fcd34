namespace Lounb.Modules.Webinars.Live;

/// <summary>Names of the messages the server sends to browsers in an event's group.</summary>
internal static class LiveEvents
{
    public const string MessageAdded = "messageAdded";
    public const string MessageDeleted = "messageDeleted";
    public const string QuestionAdded = "questionAdded";
    public const string QuestionUpdated = "questionUpdated";
    public const string PollOpened = "pollOpened";
    public const string PollResults = "pollResults";
    public const string PollClosed = "pollClosed";
    public const string HandsChanged = "handsChanged";
    public const string PresenceChanged = "presenceChanged";
    public const string Muted = "muted";
    public const string Unmuted = "unmuted";

    /// <summary>The SignalR group of an event's live room.</summary>
    public static string Group(Guid eventId) => $"event:{eventId}";
}

internal sealed record ChatMessageView(Guid Id, Guid EventId, Guid UserId, string AuthorName, string Text, DateTime SentAt, Guid? ClientId);

internal sealed record QuestionView(
    Guid Id, Guid EventId, Guid UserId, string AuthorName, string Text, DateTime AskedAt, int Upvotes, bool Answered, bool Deleted, Guid? ClientId);

/// <summary>A poll with its live results; <see cref="MyVote"/> is the caller's choice (null in broadcasts).</summary>
internal sealed record PollView(Guid Id, Guid EventId, string Question, IReadOnlyList<string> Options, IReadOnlyList<int> Counts, int Total, bool Open, int? MyVote);

internal sealed record HandView(Guid UserId, string DisplayName, DateTime RaisedAt);

internal sealed record HandsView(Guid EventId, IReadOnlyList<HandView> Hands);

internal sealed record PresenceView(Guid EventId, int Count);

internal sealed record MuteView(Guid EventId, Guid UserId);

internal sealed record MessageDeletedView(Guid EventId, Guid Id);

/// <summary>What a person sees on joining: recent chat, questions, polls, hands, how many are here, and what they may do (moderators also see who is muted).</summary>
internal sealed record LiveSnapshot(
    Guid EventId,
    Guid UserId,
    IReadOnlyList<ChatMessageView> Messages,
    IReadOnlyList<QuestionView> Questions,
    IReadOnlyList<Guid> MyUpvotes,
    IReadOnlyList<PollView> Polls,
    IReadOnlyList<HandView> Hands,
    int Presence,
    bool Muted,
    IReadOnlyList<Guid> MutedPeople,
    bool CanModerate,
    bool CanPost,
    int PostsPerMinute);
