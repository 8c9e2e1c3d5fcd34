using Lounb.Modules.Core.Jobs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lounb.Modules.Webinars.Live;

/// <summary>
/// Sends the coalesced live state every second: poll results, raised hands and upvote counts at most once a second per item,
/// the presence count at most every two seconds per event, each read fresh from the database so that it covers every node.
/// </summary>
internal sealed partial class LiveBroadcastWorker(
    LiveBroadcastQueue queue, IServiceScopeFactory scopes, IHubContext<WebinarHub> hub, TimeProvider time, ILogger<LiveBroadcastWorker> logger)
    : BackgroundService
{
    private readonly Dictionary<Guid, DateTimeOffset> _presenceSentAt = [];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        WorkLoop.RunAsync(SendDueAsync, LiveTimings.BroadcastTick, time, e => LogFailed(logger, e), stoppingToken);

    private async Task SendDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var changes = queue.Take(c => c.Topic != LiveTopic.Presence
            || !_presenceSentAt.TryGetValue(c.EventId, out var sent) || now - sent >= LiveTimings.PresenceInterval);
        if (changes.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var presence = scope.ServiceProvider.GetRequiredService<LivePresenceService>();
        var hands = scope.ServiceProvider.GetRequiredService<LiveHandService>();
        var polls = scope.ServiceProvider.GetRequiredService<LivePollService>();
        var questions = scope.ServiceProvider.GetRequiredService<LiveQuestionService>();
        foreach (var change in changes)
        {
            var group = hub.Clients.Group(LiveEvents.Group(change.EventId));
            switch (change.Topic)
            {
                case LiveTopic.Presence:
                    _presenceSentAt[change.EventId] = now;
                    await group.SendAsync(LiveEvents.PresenceChanged, new PresenceView(change.EventId, await presence.PresenceAsync(change.EventId, ct)), ct);
                    break;
                case LiveTopic.Hands:
                    await group.SendAsync(LiveEvents.HandsChanged, new HandsView(change.EventId, await hands.HandsAsync(change.EventId, ct)), ct);
                    break;
                case LiveTopic.PollResults when await polls.PollViewAsync(change.ItemId, voterId: null, ct) is { } poll:
                    await group.SendAsync(LiveEvents.PollResults, poll, ct);
                    break;
                case LiveTopic.Question when await questions.QuestionViewAsync(change.ItemId, ct) is { } question:
                    await group.SendAsync(LiveEvents.QuestionUpdated, question, ct);
                    break;
                default:
                    break;
            }
        }

        foreach (var stale in _presenceSentAt.Where(p => now - p.Value > TimeSpan.FromMinutes(10)).Select(p => p.Key).ToList())
        {
            _presenceSentAt.Remove(stale);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live broadcast failed; the next change sends the current state again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
