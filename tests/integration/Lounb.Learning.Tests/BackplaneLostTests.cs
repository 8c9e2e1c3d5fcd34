using Lounb.Modules.Webinars.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Lounb.Learning.Tests;

/// <summary>
/// A node that cannot reach its Redis (issue 17 §2, "stop Redis"): the live room refuses connections, so a browser keeps
/// trying and rejoins once Redis is back instead of sitting in a room that misses the other nodes' broadcasts; sign-in
/// keeps working (deploy/faults/stop-redis.sh shows the same with a real Redis stopped and started).
/// </summary>
public abstract class BackplaneLostTests(RedisLostApp app)
{
    [Fact]
    public async Task RedisUnreachable_LiveRoomRefusesTheConnectionWithWhy_SignInStillWorks()
    {
        var hubs = new HubClients(app, WebinarLiveRegistration.HubPath);
        var cookies = await hubs.SignedInCookiesAsync("bibliotekar@lounb.demo"); // sign-in works without Redis
        await using var connection = hubs.HubFor(cookies);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };

        Exception? refusal;
        try
        {
            await connection.StartAsync();
            refusal = await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception error) when (error is not TimeoutException)
        {
            refusal = error;
        }

        // Refused: the start fails, or the server closes the connection right after it (over long polling the
        // client reports only the closed poll; a browser's WebSocket gets the Ukrainian reason).
        Assert.NotNull(refusal);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }
}

/// <summary>The test app with a Redis address where nothing listens (port 1 on loopback).</summary>
public abstract class RedisLostApp(TestDatabase database) : LounbAppFactory(database, new Dictionary<string, string?>
{
    ["ConnectionStrings:Redis"] = "127.0.0.1:1,abortConnect=false,connectTimeout=500",
});

public sealed class SqliteRedisLostApp() : RedisLostApp(TestDatabase.Sqlite);

public sealed class PostgresRedisLostApp() : RedisLostApp(TestDatabase.Postgres);

public sealed class SqliteBackplaneLostTests(SqliteRedisLostApp app) : BackplaneLostTests(app), IClassFixture<SqliteRedisLostApp>;

public sealed class PostgresBackplaneLostTests(PostgresRedisLostApp app) : BackplaneLostTests(app), IClassFixture<PostgresRedisLostApp>;
