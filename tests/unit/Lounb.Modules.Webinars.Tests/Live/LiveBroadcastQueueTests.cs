using Lounb.Modules.Webinars.Live;

namespace Lounb.Modules.Webinars.Tests.Live;

public sealed class LiveBroadcastQueueTests
{
    [Fact]
    public void Take_ManyMarksOfOneThing_GiveOneBroadcast()
    {
        var queue = new LiveBroadcastQueue();
        var eventId = Guid.NewGuid();
        var pollId = Guid.NewGuid();
        for (var i = 0; i < 2000; i++)
        {
            queue.Mark(LiveTopic.Presence, eventId);
            queue.Mark(LiveTopic.PollResults, eventId, pollId);
        }

        var taken = queue.Take(_ => true);

        Assert.Equal(2, taken.Count);
        Assert.Contains(new LiveChange(LiveTopic.Presence, eventId, Guid.Empty), taken);
        Assert.Contains(new LiveChange(LiveTopic.PollResults, eventId, pollId), taken);
        Assert.Empty(queue.Take(_ => true));
    }

    [Fact]
    public void Take_ChangesNotYetDue_StayForTheNextTick()
    {
        var queue = new LiveBroadcastQueue();
        var eventId = Guid.NewGuid();
        queue.Mark(LiveTopic.Presence, eventId);
        queue.Mark(LiveTopic.Hands, eventId);

        Assert.Equal([LiveTopic.Hands], queue.Take(c => c.Topic != LiveTopic.Presence).Select(c => c.Topic));
        Assert.Equal([LiveTopic.Presence], queue.Take(_ => true).Select(c => c.Topic));
    }
}
