using Lounb.Modules.Core.Jobs;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Modules.Core.Tests.Jobs;

/// <summary>
/// The once-a-period loop of the live heartbeat and broadcast, the automatic submission and the queue sampler
/// (<see cref="WorkLoop.RunAsync(Func{CancellationToken, Task}, TimeSpan, TimeProvider, Action{Exception}, CancellationToken)"/>).
/// </summary>
public sealed class WorkLoopTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_clock_moved_five_days_ahead_gives_one_more_pass_not_one_per_missed_period()
    {
        // A pass that finishes without awaiting anything, as a SQLite query does. On a fixed beat (PeriodicTimer) the
        // loop made one pass per missed period, thousands over five days, inside the call that moved the clock.
        await using var loop = new CountedLoop(_clock);
        await WaitUntilAsync(() => loop.Passes == 1);

        _clock.Advance(TimeSpan.FromDays(5));
        await WaitUntilAsync(() => loop.Passes >= 2);
        await Task.Delay(200);

        Assert.Equal(2, loop.Passes);
    }

    [Fact]
    public async Task A_pass_comes_at_once_then_one_a_period()
    {
        await using var loop = new CountedLoop(_clock);

        await WaitUntilAsync(() => loop.Passes == 1);
        _clock.Advance(Period - TimeSpan.FromSeconds(1));
        await Task.Delay(100);
        Assert.Equal(1, loop.Passes);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => loop.Passes == 2);
        _clock.Advance(Period);
        await WaitUntilAsync(() => loop.Passes == 3);
    }

    [Fact]
    public async Task A_failed_pass_is_reported_and_the_next_period_tries_again()
    {
        var calls = 0;
        var failures = new List<Exception>();
        using var stop = new CancellationTokenSource();
        var loop = WorkLoop.RunAsync(_ =>
            Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("база недоступна") : Task.CompletedTask,
            Period, _clock, e => { lock (failures) { failures.Add(e); } }, stop.Token);

        await WaitUntilAsync(() => Volatile.Read(ref calls) == 1);
        _clock.Advance(Period);
        await WaitUntilAsync(() => Volatile.Read(ref calls) == 2);

        await stop.CancelAsync();
        await loop;
        lock (failures)
        {
            Assert.Equal("база недоступна", Assert.Single(failures).Message);
        }
    }

    [Fact]
    public async Task Stopping_ends_the_loop_without_an_error()
    {
        using var stop = new CancellationTokenSource();
        var loop = WorkLoop.RunAsync(_ => Task.CompletedTask, Period, _clock, e => throw e, stop.Token);

        await stop.CancelAsync();

        await loop.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(loop.IsCompletedSuccessfully);
    }

    /// <summary>A loop whose pass only counts itself (and finishes without awaiting anything); stopped when disposed.</summary>
    private sealed class CountedLoop : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private int _passes;

        public CountedLoop(TimeProvider clock) =>
            _loop = WorkLoop.RunAsync(_ =>
            {
                Interlocked.Increment(ref _passes);
                return Task.CompletedTask;
            }, Period, clock, e => throw e, _stop.Token);

        public int Passes => Volatile.Read(ref _passes);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The loop did not get there within 10 s.");
            await Task.Delay(5);
        }
    }
}
