using System.Collections.Concurrent;

namespace Lounb.Modules.Webinars.Live;

/// <summary>What changed and is sent coalesced rather than once per action.</summary>
internal enum LiveTopic
{
    Presence = 0,
    Hands = 1,
    PollResults = 2,
    Question = 3,
}

internal readonly record struct LiveChange(LiveTopic Topic, Guid EventId, Guid ItemId);

/// <summary>
/// Changes waiting for <see cref="LiveBroadcastWorker"/>: a thousand votes or joins within a second become one broadcast
/// of the current state instead of a thousand broadcasts to everyone in the room.
/// </summary>
internal sealed class LiveBroadcastQueue
{
    private readonly ConcurrentDictionary<LiveChange, byte> _pending = new();

    public void Mark(LiveTopic topic, Guid eventId, Guid itemId = default) => _pending.TryAdd(new LiveChange(topic, eventId, itemId), 0);

    /// <summary>Takes the pending changes for which <paramref name="due"/> is true; the others stay.</summary>
    public IReadOnlyList<LiveChange> Take(Func<LiveChange, bool> due)
    {
        var taken = new List<LiveChange>();
        foreach (var change in _pending.Keys)
        {
            if (due(change) && _pending.TryRemove(change, out _))
            {
                taken.Add(change);
            }
        }

        return taken;
    }
}
