using Lounb.Modules.Core.Nodes;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Courses.Application;

/// <summary>
/// Keeps the catalog's answers (a search page, the shared part of a course page) for a few seconds, so that the
/// pages most visitors open do not ask the database every time. Any change to courses, lessons or runs drops
/// everything at once on this node and, through <see cref="INodeSignals"/> (Redis), on every other node within moments;
/// a node that misses the signal shows the old answer for at most <c>CatalogCacheSeconds</c>.
/// Enrolment itself always reads the database, so a stale seat count can never sell a seat twice.
/// </summary>
internal sealed class CatalogCache : IDisposable
{
    private const int MaxEntries = 2000;
    private const string Topic = "courses.catalog";

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly TimeSpan _lifetime;
    private readonly INodeSignals _nodes;
    private readonly IDisposable _subscription;
    private long _generation;

    public CatalogCache(IOptions<CoursesOptions> options, INodeSignals nodes)
    {
        _lifetime = TimeSpan.FromSeconds(options.Value.CatalogCacheSeconds);
        _nodes = nodes;
        _subscription = nodes.Subscribe(Topic, DropEverything);
    }

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (_lifetime <= TimeSpan.Zero)
        {
            return await load();
        }

        var fullKey = $"{Interlocked.Read(ref _generation)}:{key}";
        if (_cache.TryGetValue(fullKey, out T? cached))
        {
            return cached!;
        }

        var value = await load();
        _cache.Set(fullKey, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _lifetime });
        return value;
    }

    /// <summary>Forget every answer, here and on the other nodes (called after any change that the catalog shows).</summary>
    public void Invalidate()
    {
        DropEverything();
        _nodes.Publish(Topic);
    }

    private void DropEverything()
    {
        Interlocked.Increment(ref _generation);
        _cache.Compact(1.0);
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _cache.Dispose();
    }
}
