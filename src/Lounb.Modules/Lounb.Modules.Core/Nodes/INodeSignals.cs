namespace Lounb.Modules.Core.Nodes;

/// <summary>
/// Tells the other app nodes that something changed (a cache to drop): Redis pub/sub when ConnectionStrings:Redis is
/// set, nothing otherwise (one node already knows). Delivery is best effort: a node that misses a signal still has the
/// cache's own expiry, so a signal is a speed-up, never what correctness rests on.
/// </summary>
public interface INodeSignals
{
    /// <summary>Announces <paramref name="topic"/> to every other node; never throws, never waits for the network.</summary>
    void Publish(string topic);

    /// <summary>Runs <paramref name="onSignal"/> whenever another node publishes <paramref name="topic"/>; dispose to stop.</summary>
    IDisposable Subscribe(string topic, Action onSignal);
}

/// <summary>One node alone: nobody else to tell.</summary>
public sealed class LocalNodeSignals : INodeSignals
{
    public void Publish(string topic)
    {
    }

    public IDisposable Subscribe(string topic, Action onSignal) => NoSubscription.Instance;

    private sealed class NoSubscription : IDisposable
    {
        public static readonly NoSubscription Instance = new();

        public void Dispose()
        {
        }
    }
}

/// <summary>
/// Counters every app node shares (Redis when configured), for limits that must hold across nodes: so many requests a
/// window from one address. Registered only when there is a shared store; without one, limits stay in-process.
/// </summary>
public interface ISharedCounters
{
    /// <summary>Adds one to <paramref name="key"/>; the count lives <paramref name="window"/> from its first increment.</summary>
    /// <returns>The count after this increment, and how long until it resets.</returns>
    ValueTask<(long Count, TimeSpan ResetsIn)> IncrementAsync(string key, TimeSpan window, CancellationToken ct);
}
