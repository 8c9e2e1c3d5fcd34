using System.Collections.Concurrent;
using Lounb.Learning.Domain;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Lounb.Learning.Nodes;

/// <summary>
/// With several nodes the hubs' broadcasts travel through Redis. While this node cannot reach Redis, a live connection
/// on it would silently miss what the other nodes send (a chat message, a poll, a mute): so the hubs drop their
/// connections when Redis is lost and refuse new ones until it is back. The browsers show that they are reconnecting
/// and, once Redis answers again, join again and get the room's state from the database — nothing is missed.
/// </summary>
internal sealed partial class BackplaneGuard : IHubFilter, IDisposable
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _connections = new(StringComparer.Ordinal);
    private readonly RedisConnection _redis;
    private readonly ILogger<BackplaneGuard> _logger;

    public BackplaneGuard(RedisConnection redis, ILogger<BackplaneGuard> logger)
    {
        _redis = redis;
        _logger = logger;
        _redis.Multiplexer.ConnectionFailed += OnConnectionFailed;
        _redis.Multiplexer.ConnectionRestored += OnConnectionRestored;
    }

    /// <summary>Whether broadcasts from and to other nodes get through now.</summary>
    public bool IsConnected => _redis.Multiplexer.IsConnected;

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!IsConnected)
        {
            // Temporary (503): the panel says so and keeps trying (live-connection.js), unlike a refusal for good.
            throw PlatformErrors.BackplaneUnavailable.ToHubException();
        }

        _connections[context.Context.ConnectionId] = context.Context;
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        _connections.TryRemove(context.Context.ConnectionId, out _);
        await next(context, exception);
    }

    /// <summary>Drops every live connection of this node (they reconnect once Redis is back). Returns how many.</summary>
    public int DropConnections()
    {
        var dropped = 0;
        foreach (var (id, connection) in _connections)
        {
            if (_connections.TryRemove(id, out _))
            {
                connection.Abort();
                dropped++;
            }
        }

        return dropped;
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        var dropped = DropConnections();
        BackplaneLost(_logger, e.FailureType.ToString(), dropped, e.Exception);
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => BackplaneBack(_logger, e.ConnectionType);

    public void Dispose()
    {
        _redis.Multiplexer.ConnectionFailed -= OnConnectionFailed;
        _redis.Multiplexer.ConnectionRestored -= OnConnectionRestored;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is lost ({Failure}): {Dropped} live connections dropped; they reconnect once it is back.")]
    private static partial void BackplaneLost(ILogger logger, string failure, int dropped, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back ({Connection}): live connections are accepted again.")]
    private static partial void BackplaneBack(ILogger logger, ConnectionType connection);
}
