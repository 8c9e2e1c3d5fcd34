using Lounb.Modules.Courses.Application;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Courses.Tests;

public sealed class CatalogCacheTests
{
    private static CatalogCache Cache(int seconds) => new(Options.Create(new CoursesOptions { CatalogCacheSeconds = seconds }));

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
