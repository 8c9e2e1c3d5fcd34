using Lounb.Learning.Nodes;
using StackExchange.Redis;

namespace Lounb.Learning.UnitTests.Nodes;

public sealed class RedisConfigurationTests
{
    [Fact]
    public void A_bare_address_starts_without_Redis_gives_up_a_connection_attempt_after_2_s_and_tries_again_every_second()
    {
        var options = RedisConfiguration.Parse("127.0.0.1:6379");

        Assert.False(options.AbortOnConnectFail);
        Assert.Equal(2_000, options.ConnectTimeout);
        var retry = Assert.IsType<LinearRetry>(options.ReconnectRetryPolicy);
        Assert.False(retry.ShouldRetry(currentRetryCount: 3, timeElapsedMillisecondsSinceLastRetry: 900));
        Assert.True(retry.ShouldRetry(currentRetryCount: 3, timeElapsedMillisecondsSinceLastRetry: 1_000));
    }

    [Fact]
    public void The_operators_connect_timeout_is_kept()
    {
        var options = RedisConfiguration.Parse("redis.internal:6380,connectTimeout=7000,abortConnect=true");

        Assert.Equal(7_000, options.ConnectTimeout);
        Assert.False(options.AbortOnConnectFail); // a node starts even while Redis is down: the guard refuses live connections meanwhile
        Assert.EndsWith("redis.internal:6380", Assert.Single(options.EndPoints).ToString(), StringComparison.Ordinal);
    }
}
