using Lounb.Modules.Core.Nodes;
using Lounb.Modules.Courses.Application;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Courses.Tests;

public sealed class CatalogCacheTests
{
    private static CatalogCache Cache(int seconds, INodeSignals? nodes = null) =>
        new(Options.Create(new CoursesOptions { CatalogCacheSeconds = seconds }), nodes ?? new LocalNodeSignals());

    [Fact]
    public async Task ChangeOnAnotherNode_SignalArrives_NextReadLoadsAgain_AndOwnChangesAreAnnounced()
    {
        var nodes = new RecordingSignals();
        using var cache = Cache(60, nodes);
        var loads = 0;
        await cache.GetOrAddAsync("k", () => Task.FromResult(++loads));

        nodes.Deliver("courses.catalog");
        Assert.Equal(2, await cache.GetOrAddAsync("k", () => Task.FromResult(++loads)));

        cache.Invalidate();
        Assert.Equal(["courses.catalog"], nodes.Published);
    }

    /// <summary>Other nodes as the cache sees them: what it announces, and a way to deliver their signals.</summary>
    private sealed class RecordingSignals : INodeSignals
    {
        private readonly Dictionary<string, Action> _handlers = [];

        public List<string> Published { get; } = [];

        public void Publish(string topic) => Published.Add(topic);

        public IDisposable Subscribe(string topic, Action onSignal)
        {
            _handlers[topic] = onSignal;
            return new LocalNodeSignals().Subscribe(topic, onSignal);
        }

        public void Deliver(string topic) => _handlers[topic]();
    }

    [Fact]
    public async Task GetOrAddAsync_SameKeyTwice_LoadsOnce()
    {
        using var cache = Cache(60);
        var loads = 0;

        await cache.GetOrAddAsync("k", () => Task.FromResult(++loads));
        var second = await cache.GetOrAddAsync("k", () => Task.FromResult(++loads));

        Assert.Equal(1, second);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task Invalidate_AfterAChange_NextReadLoadsAgain()
    {
        using var cache = Cache(60);
        var loads = 0;
        await cache.GetOrAddAsync("k", () => Task.FromResult(++loads));

        cache.Invalidate();
        var after = await cache.GetOrAddAsync("k", () => Task.FromResult(++loads));

        Assert.Equal(2, after);
    }

    [Fact]
    public async Task Invalidate_DuringALoad_ThatLoadIsNotReused()
    {
        using var cache = Cache(60);
        var loads = 0;
        await cache.GetOrAddAsync("k", () =>
        {
            loads++;
            cache.Invalidate();
            return Task.FromResult(loads);
        });

        var next = await cache.GetOrAddAsync("k", () => Task.FromResult(++loads));

        Assert.Equal(2, next);
    }

    [Fact]
    public async Task GetOrAddAsync_ZeroSeconds_NeverCaches()
    {
        using var cache = Cache(0);
        var loads = 0;

        await cache.GetOrAddAsync("k", () => Task.FromResult(++loads));
        await cache.GetOrAddAsync("k", () => Task.FromResult(++loads));

        Assert.Equal(2, loads);
    }
}
