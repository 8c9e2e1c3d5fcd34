using System.ComponentModel.DataAnnotations;
using Lounb.Modules.Core.Nodes;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Lounb.Learning.Nodes;

/// <summary>Bound from "Lounb:Redis" (the server itself is ConnectionStrings:Redis).</summary>
public sealed class RedisOptions
{
    public const string Section = "Lounb:Redis";

    /// <summary>Starts every key and channel name, so that several installations can share one Redis.</summary>
    [Required]
    [RegularExpression("^[a-z0-9_.-]{1,40}$")]
    public string KeyPrefix { get; set; } = "lounb";
}

internal static class NodeCoordination
{
    /// <summary>
    /// With ConnectionStrings:Redis set, cache signals go through Redis pub/sub and rate limits count in Redis, so
    /// every app node behind the load balancer acts as one; without it, one node needs neither.
    /// </summary>
    public static IServiceCollection AddNodeCoordination(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<INodeSignals, LocalNodeSignals>();
            return services;
        }

        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new RedisConnection(redis, sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix));
        services.AddSingleton<INodeSignals, RedisNodeSignals>();
        services.AddSingleton<ISharedCounters, RedisSharedCounters>();
        return services;
    }
}

/// <summary>
/// How this app talks to Redis, whatever the operator's connection string leaves out: start without Redis rather than
/// fail, give up a connection attempt after 2 s and try again every second, so a node is back within seconds of Redis.
/// Used for the node's own connection and for the SignalR backplane alike.
/// </summary>
internal static class RedisConfiguration
{
    private const int ConnectTimeoutMs = 2_000;
    private const int ReconnectEveryMs = 1_000;

    public static ConfigurationOptions Parse(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        if (!configuration.Contains("connectTimeout", StringComparison.OrdinalIgnoreCase))
        {
            options.ConnectTimeout = ConnectTimeoutMs;
        }

        options.ReconnectRetryPolicy = new LinearRetry(ReconnectEveryMs);
        return options;
    }
}

/// <summary>One connection to Redis for this node, made on first use; it reconnects by itself after Redis comes back.</summary>
internal sealed class RedisConnection(string configuration, string keyPrefix) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() => ConnectionMultiplexer.Connect(RedisConfiguration.Parse(configuration)));

    public ConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public string KeyPrefix { get; } = keyPrefix;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}

/// <summary>Signals over Redis pub/sub; a node ignores its own (it acted already).</summary>
internal sealed partial class RedisNodeSignals(RedisConnection redis, ILogger<RedisNodeSignals> logger) : INodeSignals
{
    private readonly string _node = Guid.NewGuid().ToString("N");

    public void Publish(string topic)
    {
        try
        {
            redis.Multiplexer.GetSubscriber().Publish(ChannelOf(topic), _node, CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            SignalLost(logger, topic, e);
        }
    }

    public IDisposable Subscribe(string topic, Action onSignal)
    {
        var channel = ChannelOf(topic);
        var subscriber = redis.Multiplexer.GetSubscriber();
        Action<RedisChannel, RedisValue> handler = (_, from) =>
        {
            if (from != _node)
            {
                onSignal();
            }
        };
        try
        {
            // Not waited for: while Redis is down a page that subscribes first (a cache made on first use) must not
            // wait for a timeout. The client keeps the subscription and makes it on the server whenever it connects.
            subscriber.Subscribe(channel, handler, CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            SignalLost(logger, topic, e);
        }

        return new Subscription(() => subscriber.Unsubscribe(channel, handler, CommandFlags.FireAndForget));
    }

    private RedisChannel ChannelOf(string topic) => RedisChannel.Literal($"{redis.KeyPrefix}:signal:{topic}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not carry the signal '{Topic}': other nodes rely on their caches' expiry.")]
    private static partial void SignalLost(ILogger logger, string topic, Exception exception);

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}

/// <summary>
/// Counters in Redis (INCR, expiring with their window). While Redis cannot be reached the count is this node's own,
/// so a limit still holds per node and sign-in keeps working.
/// </summary>
internal sealed partial class RedisSharedCounters(RedisConnection redis, TimeProvider time, ILogger<RedisSharedCounters> logger) : ISharedCounters, IDisposable
{
    private const string IncrementScript =
        "local c = redis.call('INCR', KEYS[1]) if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return {c, redis.call('PTTL', KEYS[1])}";

    private readonly MemoryCache _local = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async ValueTask<(long Count, TimeSpan ResetsIn)> IncrementAsync(string key, TimeSpan window, CancellationToken ct)
    {
        if (!redis.Multiplexer.IsConnected)
        {
            // Known to be down: count here at once rather than wait for the command to time out on every sign-in.
            return IncrementLocally(key, window);
        }

        try
        {
            var result = (RedisResult[])(await redis.Multiplexer.GetDatabase().ScriptEvaluateAsync(
                IncrementScript, [new RedisKey($"{redis.KeyPrefix}:{key}")], [(long)window.TotalMilliseconds]))!;
            return ((long)result[0], TimeSpan.FromMilliseconds(Math.Max(0, (long)result[1])));
        }
        catch (RedisException e)
        {
            CountedLocally(logger, key, e);
            return IncrementLocally(key, window);
        }
    }

    private (long, TimeSpan) IncrementLocally(string key, TimeSpan window)
    {
        // The window is the app clock's; the cache's own expiry only clears counts nobody asks for any more.
        var now = time.GetUtcNow();
        if (!_local.TryGetValue(key, out LocalCount? counter) || counter!.Ends <= now)
        {
            counter = _local.Set(key, new LocalCount(now + window), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = window });
        }

        return (Interlocked.Increment(ref counter.Value), counter.Ends - now);
    }

    public void Dispose() => _local.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cannot be reached: '{Key}' is counted on this node only.")]
    private static partial void CountedLocally(ILogger logger, string key, Exception exception);

    private sealed class LocalCount(DateTimeOffset ends)
    {
        public long Value;

        public DateTimeOffset Ends { get; } = ends;
    }
}
