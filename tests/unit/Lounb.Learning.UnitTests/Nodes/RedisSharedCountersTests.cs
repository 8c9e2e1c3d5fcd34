using Lounb.Learning.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Learning.UnitTests.Nodes;

/// <summary>The rate limits' counters while Redis cannot be reached: counted on this node, in windows of the app's clock.</summary>
public sealed class RedisSharedCountersTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task While_Redis_is_down_a_key_is_counted_on_this_node_and_its_window_follows_the_app_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
        using var redis = new RedisConnection("127.0.0.1:1,connectTimeout=200", "lounb");
        using var counters = new RedisSharedCounters(redis, clock, NullLogger<RedisSharedCounters>.Instance);

        Assert.Equal((1, Window), await counters.IncrementAsync("rate:auth:10.0.0.7", Window, default));
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal((2, TimeSpan.FromSeconds(40)), await counters.IncrementAsync("rate:auth:10.0.0.7", Window, default));
        Assert.Equal((1, Window), await counters.IncrementAsync("rate:auth:10.0.0.8", Window, default));

        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal((1, Window), await counters.IncrementAsync("rate:auth:10.0.0.7", Window, default));
    }
}
