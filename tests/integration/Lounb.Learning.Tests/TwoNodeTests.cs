using System.Net;

namespace Lounb.Learning.Tests;

/// <summary>
/// Two app nodes on one database and one Redis (E2E_REDIS, which ./test.sh starts), as behind a load balancer
/// (issue 17 §1): a catalog change made through one node is shown by the other at once, not after its cache expires
/// (600 s here); the sign-in rate limit counts requests to both nodes together.
/// </summary>
public abstract class TwoNodeTests(TwoNodes nodes)
{
    private LounbAppFactory A => nodes.A;

    private LounbAppFactory B => nodes.B;

    [Fact]
    public async Task CoursePublishedThroughA_CatalogOfB_ShowsItWithoutWaitingForExpiry()
    {
        var word = "редис" + Guid.NewGuid().ToString("N")[..6];
        var title = $"Курс {word} для двох вузлів";
        using var staff = new BrowserSession(A);
        await staff.SignInAsync("metodyst@lounb.demo");
        var authoring = new CourseAuthoringClient(staff);
        var courseId = await authoring.CreateCourseAsync(title);
        var section = await authoring.AddSectionAsync(courseId, "Розділ");
        await authoring.AddLessonAsync(courseId, section, "Урок");

        using var visitor = new BrowserSession(B);
        var search = $"/courses?q={Uri.EscapeDataString(word)}";
        Assert.DoesNotContain(title, await visitor.GetHtmlAsync(search), StringComparison.Ordinal); // B keeps this answer for 600 s…

        await authoring.PublishCourseAsync(courseId); // …unless A's change reaches it.
        Assert.True(await EventuallyAsync(async () => (await visitor.GetHtmlAsync(search)).Contains(title, StringComparison.Ordinal)),
            "Node B still shows the catalog from before the course was published through node A.");
    }

    /// <summary>Asks again every 50 ms for up to 5 s (Redis delivers in milliseconds; the cache would hold for 600 s).</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}

/// <summary>The sign-in rate limit of two nodes sharing Redis (a pair of its own: no other test's sign-ins counted).</summary>
public abstract class TwoNodeSignInTests(TwoNodes nodes)
{
    [Fact]
    public async Task SignInAttempts_SpreadOverBothNodes_LimitedAsOne()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < TwoNodes.SignInPermit + 1; i++)
        {
            using var session = new BrowserSession(i % 2 == 0 ? nodes.A : nodes.B);
            using var response = await session.LoginAsync("nobody@example.org", "wrong-password-1");
            statuses.Add(response.StatusCode);
        }

        // Each node alone would allow TwoNodes.SignInPermit a minute, so alternating nodes would never hit the limit.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}

/// <summary>Node A and node B: one database, one Redis, keys of their own in it.</summary>
public abstract class TwoNodes : IDisposable
{
    public const int SignInPermit = 6;

    protected TwoNodes(TestDatabase database)
    {
        var redis = Environment.GetEnvironmentVariable("E2E_REDIS");
        Assert.False(string.IsNullOrWhiteSpace(redis), "Set E2E_REDIS to a Redis address such as 127.0.0.1:6379 (./test.sh starts one and sets it).");
        var shared = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis,
            // Keys of this pair only: other tests sharing the Redis count nothing of ours.
            ["Lounb:Redis:KeyPrefix"] = "lounb-test-" + Guid.NewGuid().ToString("N")[..12],
            ["Lounb:Courses:CatalogCacheSeconds"] = "600",
            ["Lounb:Security:AuthPermitPerMinute"] = SignInPermit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        A = new LounbAppFactory(database, shared);
        _ = A.Services; // migrated and seeded before the second node starts on the same database
        var sameDatabase = new Dictionary<string, string?>(shared)
        {
            ["Lounb:Database:DataDirectory"] = A.DataDirectory,
        };
        if (A.PostgresConnectionString is { } postgres)
        {
            sameDatabase["ConnectionStrings:Postgres"] = postgres;
        }

        B = new LounbAppFactory(database, sameDatabase);
    }

    public LounbAppFactory A { get; }

    public LounbAppFactory B { get; }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteTwoNodes() : TwoNodes(TestDatabase.Sqlite);

public sealed class PostgresTwoNodes() : TwoNodes(TestDatabase.Postgres);

public sealed class SqliteTwoNodeTests(SqliteTwoNodes nodes) : TwoNodeTests(nodes), IClassFixture<SqliteTwoNodes>;

public sealed class SqliteTwoNodeSignInTests(SqliteTwoNodes nodes) : TwoNodeSignInTests(nodes), IClassFixture<SqliteTwoNodes>;

public sealed class PostgresTwoNodeTests(PostgresTwoNodes nodes) : TwoNodeTests(nodes), IClassFixture<PostgresTwoNodes>;

public sealed class PostgresTwoNodeSignInTests(PostgresTwoNodes nodes) : TwoNodeSignInTests(nodes), IClassFixture<PostgresTwoNodes>;
