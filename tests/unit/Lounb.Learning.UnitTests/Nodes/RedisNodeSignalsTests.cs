using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Lounb.Learning.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lounb.Learning.UnitTests.Nodes;

/// <summary>
/// Node signals and the live rooms' guard while Redis is down and after it returns (deploy/faults/stop-redis.sh drills
/// the same on two nodes).
/// </summary>
public sealed class RedisNodeSignalsTests
{
    /// <summary>Nothing listens on port 1 of loopback; a short connect timeout keeps the attempts quick.</summary>
    private const string Unreachable = "127.0.0.1:1,connectTimeout=200";

    [Fact]
    public void Subscribing_while_Redis_cannot_be_reached_does_not_wait_for_it_and_reports_nothing_lost()
    {
        // A cache made on first use subscribes inside a page request; the subscription used to wait for the client's
        // 5 s timeout and then be logged as lost (a sign-in took 6 s in the drill).
        using var redis = new RedisConnection(Unreachable, "lounb");
        var log = new ListLogger<RedisNodeSignals>();
        var signals = new RedisNodeSignals(redis, log);

        using var subscription = signals.Subscribe("courses.catalog", () => { });

        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task A_subscription_made_while_Redis_was_down_hears_the_other_nodes_once_it_is_up()
    {
        var port = FreePort();
        using var redis = new RedisConnection($"127.0.0.1:{port}", "lounb");
        var thisNode = new RedisNodeSignals(redis, new ListLogger<RedisNodeSignals>());
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = thisNode.Subscribe("courses.catalog", () => heard.TrySetResult());
        Assert.False(redis.Multiplexer.IsConnected);

        using var server = StartRedis(port);
        try
        {
            using var otherRedis = new RedisConnection($"127.0.0.1:{port}", "lounb");
            var otherNode = new RedisNodeSignals(otherRedis, new ListLogger<RedisNodeSignals>());
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!heard.Task.IsCompleted)
            {
                Assert.True(DateTime.UtcNow < deadline, "This node did not hear the other node's signal within 30 s of Redis starting.");
                otherNode.Publish("courses.catalog");
                await Task.WhenAny(heard.Task, Task.Delay(200));
            }
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_live_room_refuses_a_connection_for_now_with_status_503_while_Redis_is_down()
    {
        using var redis = new RedisConnection(Unreachable, "lounb");
        using var guard = new BackplaneGuard(redis, new ListLogger<BackplaneGuard>());
        var context = new HubLifetimeContext(new CallerContext(), new ServiceCollection().BuildServiceProvider(), new EmptyHub());
        var passedOn = false;

        var refusal = await Assert.ThrowsAsync<HubException>(() => guard.OnConnectedAsync(context, _ =>
        {
            passedOn = true;
            return Task.CompletedTask;
        }));

        Assert.False(passedOn);
        using var problem = JsonDocument.Parse(refusal.Message);
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Platform:BackplaneUnavailable", problem.RootElement.GetProperty("code").GetString());
        Assert.StartsWith("Сервер тимчасово не може передавати повідомлення між вузлами", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Debian's redis-server on loopback, nothing written to disk (./test.sh installs it).</summary>
    private static Process StartRedis(int port) =>
        Process.Start(new ProcessStartInfo("redis-server", ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<string> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }

    private sealed class EmptyHub : Hub;

    private sealed class CallerContext : HubCallerContext
    {
        public override string ConnectionId => "test-connection";

        public override string? UserIdentifier => null;

        public override System.Security.Claims.ClaimsPrincipal? User => null;

        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

        public override IFeatureCollection Features { get; } = new FeatureCollection();

        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort()
        {
        }
    }
}
