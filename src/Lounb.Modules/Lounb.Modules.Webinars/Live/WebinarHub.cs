using Lounb.Modules.Core.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Lounb.Modules.Webinars.Live;

/// <summary>
/// /hubs/webinars: the live room of an event (chat, questions, polls, raised hands, presence). Each call is checked again
/// on the server by the feature's service (chat, questions, polls, hands, mutes, presence); a refusal reaches the browser as a HubException with its Ukrainian message.
/// Broadcasts go to the event's group, which the Redis backplane (when configured) extends to every app node.
/// </summary>
[Authorize]
internal sealed class WebinarHub(
    LivePresenceService presence, LiveSnapshotService snapshots, LiveChatService chat, LiveQuestionService questions, LivePollService polls,
    LiveHandService hands, LiveMuteService mutes, LiveBroadcastQueue queue) : Hub
{
    // Reads and writes stop when the caller leaves; broadcasts to the group do not take this token (others still get them).
    private CancellationToken Aborted => Context.ConnectionAborted;

    public async Task<LiveSnapshot> JoinEvent(Guid eventId)
    {
        var view = Accepted(await presence.JoinAsync(eventId, Context.User!, Context.ConnectionId, Aborted));
        // In the group before the snapshot is read: a message posted in between arrives twice (the browser keeps one), never not at all.
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveEvents.Group(eventId), Aborted);
        queue.Mark(LiveTopic.Presence, eventId);
        return await snapshots.SnapshotAsync(view, Aborted);
    }

    public async Task<ChatMessageView> SendMessage(Guid eventId, Guid? clientMessageId, string? text)
    {
        var posted = Accepted(await chat.SendMessageAsync(eventId, clientMessageId, text, Context.User!, Aborted));
        if (posted.IsNew)
        {
            await Clients.Group(LiveEvents.Group(eventId)).SendAsync(LiveEvents.MessageAdded, posted.Item);
        }

        return posted.Item;
    }

    public async Task<QuestionView> AskQuestion(Guid eventId, Guid? clientId, string? text)
    {
        var posted = Accepted(await questions.AskQuestionAsync(eventId, clientId, text, Context.User!, Aborted));
        if (posted.IsNew)
        {
            await Clients.Group(LiveEvents.Group(eventId)).SendAsync(LiveEvents.QuestionAdded, posted.Item);
        }

        return posted.Item;
    }

    public async Task<QuestionView> Upvote(Guid questionId)
    {
        var question = Accepted(await questions.UpvoteAsync(questionId, Context.User!, Aborted));
        queue.Mark(LiveTopic.Question, question.EventId, question.Id);
        return question;
    }

    public async Task<QuestionView> MarkAnswered(Guid questionId)
    {
        var question = Accepted(await questions.MarkAnsweredAsync(questionId, Context.User!, Aborted));
        await Clients.Group(LiveEvents.Group(question.EventId)).SendAsync(LiveEvents.QuestionUpdated, question);
        return question;
    }

    public async Task DeleteQuestion(Guid questionId)
    {
        var question = Accepted(await questions.DeleteQuestionAsync(questionId, Context.User!, Aborted));
        await Clients.Group(LiveEvents.Group(question.EventId)).SendAsync(LiveEvents.QuestionUpdated, question);
    }

    public async Task DeleteMessage(Guid messageId)
    {
        var deleted = Accepted(await chat.DeleteMessageAsync(messageId, Context.User!, Aborted));
        await Clients.Group(LiveEvents.Group(deleted.EventId)).SendAsync(LiveEvents.MessageDeleted, deleted);
    }

    public async Task Mute(Guid eventId, Guid userId)
    {
        var muted = Accepted(await mutes.MuteAsync(eventId, userId, Context.User!, Aborted));
        await Clients.Group(LiveEvents.Group(eventId)).SendAsync(LiveEvents.Muted, muted);
    }

    public async Task Unmute(Guid eventId, Guid userId)
    {
        var unmuted = Accepted(await mutes.UnmuteAsync(eventId, userId, Context.User!, Aborted));
        await Clients.Group(LiveEvents.Group(eventId)).SendAsync(LiveEvents.Unmuted, unmuted);
    }

    public async Task<PollView> CreatePoll(Guid eventId, string? question, string?[]? options)
    {
        var poll = Accepted(await polls.CreatePollAsync(eventId, question, options, Context.User!, Aborted));
        await Clients.Group(LiveEvents.Group(eventId)).SendAsync(LiveEvents.PollOpened, poll);
        return poll;
    }

    public async Task<PollView> ClosePoll(Guid pollId)
    {
        var poll = Accepted(await polls.ClosePollAsync(pollId, Context.User!, Aborted));
        await Clients.Group(LiveEvents.Group(poll.EventId)).SendAsync(LiveEvents.PollClosed, poll);
        return poll;
    }

    public async Task<PollView> Vote(Guid pollId, int option)
    {
        var poll = Accepted(await polls.VoteAsync(pollId, option, Context.User!, Aborted));
        queue.Mark(LiveTopic.PollResults, poll.EventId, poll.Id);
        return poll;
    }

    public async Task<HandsView> RaiseHand(Guid eventId) => Hands(Accepted(await hands.RaiseHandAsync(eventId, Context.User!, Aborted)));

    public async Task<HandsView> LowerHand(Guid eventId) => Hands(Accepted(await hands.LowerHandAsync(eventId, Context.User!, Aborted)));

    public async Task<HandsView> LowerHandOf(Guid eventId, Guid userId) => Hands(Accepted(await hands.LowerHandOfAsync(eventId, userId, Context.User!, Aborted)));

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var eventId in await presence.LeaveAsync(Context.ConnectionId, CancellationToken.None))
        {
            queue.Mark(LiveTopic.Presence, eventId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>The value, or the refusal as a HubException whose message (Ukrainian) the browser shows as it is.</summary>
    private static T Accepted<T>(Result<T> result) => result.Succeeded(out var value, out var error) ? value : throw new HubException(error.Message);

    private HandsView Hands(HandsView raised)
    {
        queue.Mark(LiveTopic.Hands, raised.EventId);
        return raised;
    }
}
