using Lounb.Modules.Core.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Lounb.Modules.Webinars.Live;

/// <summary>
/// /hubs/webinars: the live room of an event (chat, questions, polls, raised hands, presence). Each call is checked again
/// on the server by the feature's service (chat, questions, polls, hands, mutes, presence); each method returns the service's Result, which the host's ResultHubFilter (Core/Web) turns into the
/// value or a HubException carrying the error's status, code and Ukrainian message (ErrorResponses.ToHubException).
/// Broadcasts go to the event's group, which the Redis backplane (when configured) extends to every app node.
/// </summary>
[Authorize]
internal sealed class WebinarHub(
    LivePresenceService presence, LiveSnapshotService snapshots, LiveChatService chat, LiveQuestionService questions, LivePollService polls,
    LiveHandService hands, LiveMuteService mutes, LiveBroadcastQueue queue) : Hub
{
    // Reads and writes stop when the caller leaves; broadcasts to the group do not take this token (others still get them).
    private CancellationToken Aborted => Context.ConnectionAborted;

    public async Task<Result<LiveSnapshot>> JoinEvent(Guid eventId)
    {
        if (!(await presence.JoinAsync(eventId, Context.User!, Context.ConnectionId, Aborted)).Succeeded(out var view, out var error))
        {
            return error;
        }

        // In the group before the snapshot is read: a message posted in between arrives twice (the browser keeps one), never not at all.
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveEvents.Group(eventId), Aborted);
        queue.Mark(LiveTopic.Presence, eventId);
        return await snapshots.SnapshotAsync(view, Aborted);
    }

    public async Task<Result<ChatMessageView>> SendMessage(Guid eventId, Guid? clientMessageId, string? text)
    {
        if (!(await chat.SendMessageAsync(eventId, clientMessageId, text, Context.User!, Aborted)).Succeeded(out var posted, out var error))
        {
            return error;
        }

        if (posted.IsNew)
        {
            await Clients.Group(LiveEvents.Group(eventId)).SendAsync(LiveEvents.MessageAdded, posted.Item);
        }

        return posted.Item;
    }

    public async Task<Result<QuestionView>> AskQuestion(Guid eventId, Guid? clientId, string? text)
    {
        if (!(await questions.AskQuestionAsync(eventId, clientId, text, Context.User!, Aborted)).Succeeded(out var posted, out var error))
        {
            return error;
        }

        if (posted.IsNew)
        {
            await Clients.Group(LiveEvents.Group(eventId)).SendAsync(LiveEvents.QuestionAdded, posted.Item);
        }

        return posted.Item;
    }

    public async Task<Result<QuestionView>> Upvote(Guid questionId)
    {
        var upvoted = await questions.UpvoteAsync(questionId, Context.User!, Aborted);
        if (upvoted.IsSuccess)
        {
            queue.Mark(LiveTopic.Question, upvoted.Value.EventId, upvoted.Value.Id);
        }

        return upvoted;
    }

    public async Task<Result<QuestionView>> MarkAnswered(Guid questionId) =>
        await ToGroupAsync(await questions.MarkAnsweredAsync(questionId, Context.User!, Aborted), LiveEvents.QuestionUpdated, q => q.EventId);

    public async Task<Result> DeleteQuestion(Guid questionId) =>
        await ToGroupAsync(await questions.DeleteQuestionAsync(questionId, Context.User!, Aborted), LiveEvents.QuestionUpdated, q => q.EventId);

    public async Task<Result> DeleteMessage(Guid messageId) =>
        await ToGroupAsync(await chat.DeleteMessageAsync(messageId, Context.User!, Aborted), LiveEvents.MessageDeleted, d => d.EventId);

    public async Task<Result> Mute(Guid eventId, Guid userId) =>
        await ToGroupAsync(await mutes.MuteAsync(eventId, userId, Context.User!, Aborted), LiveEvents.Muted, m => m.EventId);

    public async Task<Result> Unmute(Guid eventId, Guid userId) =>
        await ToGroupAsync(await mutes.UnmuteAsync(eventId, userId, Context.User!, Aborted), LiveEvents.Unmuted, m => m.EventId);

    public async Task<Result<PollView>> CreatePoll(Guid eventId, string? question, string?[]? options) =>
        await ToGroupAsync(await polls.CreatePollAsync(eventId, question, options, Context.User!, Aborted), LiveEvents.PollOpened, p => p.EventId);

    public async Task<Result<PollView>> ClosePoll(Guid pollId) =>
        await ToGroupAsync(await polls.ClosePollAsync(pollId, Context.User!, Aborted), LiveEvents.PollClosed, p => p.EventId);

    public async Task<Result<PollView>> Vote(Guid pollId, int option)
    {
        var voted = await polls.VoteAsync(pollId, option, Context.User!, Aborted);
        if (voted.IsSuccess)
        {
            queue.Mark(LiveTopic.PollResults, voted.Value.EventId, voted.Value.Id);
        }

        return voted;
    }

    public async Task<Result<HandsView>> RaiseHand(Guid eventId) => Hands(await hands.RaiseHandAsync(eventId, Context.User!, Aborted));

    public async Task<Result<HandsView>> LowerHand(Guid eventId) => Hands(await hands.LowerHandAsync(eventId, Context.User!, Aborted));

    public async Task<Result<HandsView>> LowerHandOf(Guid eventId, Guid userId) => Hands(await hands.LowerHandOfAsync(eventId, userId, Context.User!, Aborted));

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var eventId in await presence.LeaveAsync(Context.ConnectionId, CancellationToken.None))
        {
            queue.Mark(LiveTopic.Presence, eventId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>A success is sent to its event's group as <paramref name="message"/>; either way the result goes back to the caller.</summary>
    private async Task<Result<T>> ToGroupAsync<T>(Result<T> result, string message, Func<T, Guid> eventOf)
    {
        if (result.IsSuccess)
        {
            await Clients.Group(LiveEvents.Group(eventOf(result.Value))).SendAsync(message, result.Value);
        }

        return result;
    }

    private Result<HandsView> Hands(Result<HandsView> raised)
    {
        if (raised.IsSuccess)
        {
            queue.Mark(LiveTopic.Hands, raised.Value.EventId);
        }

        return raised;
    }
}
