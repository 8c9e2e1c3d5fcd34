using Lounb.Modules.Webinars.Application;

namespace Lounb.Modules.Webinars.Live;

/// <summary>What a person sees on joining an event's live room, read from each feature's service.</summary>
internal sealed class LiveSnapshotService(
    LiveRoomRules rules, LiveChatService chat, LiveQuestionService questions, LivePollService polls, LiveHandService hands,
    LiveMuteService mutes, LivePresenceService presence)
{
    public async Task<LiveSnapshot> SnapshotAsync(EventAccessView view, CancellationToken ct)
    {
        var eventId = view.Event.Id;
        var userId = view.UserId ?? throw new InvalidOperationException("Only signed-in people join a live room.");
        var muted = await rules.IsMutedAsync(eventId, userId, ct);
        return new LiveSnapshot(
            eventId,
            userId,
            await chat.RecentAsync(eventId, ct),
            await questions.ListAsync(eventId, ct),
            await questions.UpvotedByAsync(eventId, userId, ct),
            await polls.PollsAsync(eventId, userId, ct),
            await hands.HandsAsync(eventId, ct),
            await presence.PresenceAsync(eventId, ct),
            muted,
            view.CanModerate ? await mutes.MutedAsync(eventId, ct) : [],
            view.CanModerate,
            CanPost: !view.Event.IsCancelled && !muted,
            rules.PostsPerMinute);
    }
}
