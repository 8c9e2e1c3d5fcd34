using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Modules.Core.Tests.Jobs;

/// <summary>
/// The one lease-and-retry mechanism the mail queue, the outbox and the reminders share, on a SQLite database; and what
/// its queue metrics (<c>lounb_queue_depth</c>, <c>_oldest_age_seconds</c>, <c>_given_up</c>) report of it.
/// </summary>
public sealed class LeasedWorkClaimsTests : IDisposable
{
    private static readonly RetrySchedule Schedule = RetrySchedule.Default;

    /// <summary>The lease an operator configured (Lounb:Jobs:LeaseSeconds) instead of the five-minute default.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(90);

    private static readonly IOptions<WorkLeaseOptions> Leases = Options.Create(new WorkLeaseOptions { LeaseSeconds = 90 });

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));

    public LeasedWorkClaimsTests()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    private LounbDbContext NewContext() =>
        new(new DbContextOptionsBuilder<LounbDbContext>().UseSqlite(_connection).Options, ModuleCatalog.Create(new ConfigurationBuilder().Build(), []));

    private async Task<Guid> QueueAsync()
    {
        await using var db = NewContext();
        var mail = new QueuedMail(new EmailMessage("a@example.org", "Тема", "Текст"), _clock.GetUtcNow().UtcDateTime);
        db.Add(mail);
        await db.SaveChangesAsync();
        return mail.Id;
    }

    private async Task<IReadOnlyList<WorkClaim>> ClaimAsync()
    {
        await using var db = NewContext();
        return await new LeasedWorkClaims(_clock, Leases).ClaimDueAsync(MailDispatcher.Unsent(db), Schedule, 10, default);
    }

    private async Task<QueuedMail> LoadAsync(Guid id)
    {
        await using var db = NewContext();
        return await db.Set<QueuedMail>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    [Fact]
    public async Task ClaimDue_TakesEachRowOnce_UntilTheConfiguredLeaseRunsOut()
    {
        var id = await QueueAsync();
        Assert.Equal(id, Assert.Single(await ClaimAsync()).Id);
        Assert.Empty(await ClaimAsync());

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await ClaimAsync());
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(id, Assert.Single(await ClaimAsync()).Id);
    }

    [Fact]
    public async Task ReleaseFailed_CountsTheAttempt_KeepsTheError_AndWaitsThePause_AnOldClaimCannotWrite()
    {
        var id = await QueueAsync();
        var first = Assert.Single(await ClaimAsync());
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var second = Assert.Single(await ClaimAsync());

        await using (var db = NewContext())
        {
            var claims = new LeasedWorkClaims(_clock, Leases);
            await claims.ReleaseFailedAsync(db.Set<QueuedMail>(), first, 0, new InvalidOperationException("from the node that died"), Schedule, default);
            var failure = await claims.ReleaseFailedAsync(db.Set<QueuedMail>(), second, 0, new TimeoutException("550 busy"), Schedule, default);
            Assert.Equal(new WorkFailure(1, _clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1), GaveUp: false), failure);
        }

        var mail = await LoadAsync(id);
        Assert.Equal(1, mail.Attempts);
        Assert.Equal("TimeoutException: 550 busy", mail.LastError);
        Assert.Null(mail.ClaimedBy);
        Assert.Empty(await ClaimAsync());
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(await ClaimAsync());
    }

    [Fact]
    public async Task GivenUpWork_IsNotClaimed_UntilRetryNowStartsTheAttemptsOver()
    {
        var id = await QueueAsync();
        for (var attempt = 0; attempt < Schedule.MaxAttempts; attempt++)
        {
            var claim = Assert.Single(await ClaimAsync());
            await using var db = NewContext();
            var failure = await new LeasedWorkClaims(_clock, Leases).ReleaseFailedAsync(db.Set<QueuedMail>(), claim, attempt, new InvalidOperationException("no"), Schedule, default);
            Assert.Equal(attempt + 1 == Schedule.MaxAttempts, failure.GaveUp);
            _clock.Advance(Schedule.PauseAfter(attempt + 1));
        }

        Assert.Empty(await ClaimAsync());
        await using (var db = NewContext())
        {
            Assert.True(await new LeasedWorkClaims(_clock, Leases).RetryNowAsync(MailDispatcher.Unsent(db), id, default));
        }

        Assert.Equal(0, (await LoadAsync(id)).Attempts);
        Assert.Single(await ClaimAsync());
    }

    [Fact]
    public void LeaseOf_IsTheSchedulesOwn_OrTheConfiguredOne_FiveMinutesByDefault()
    {
        Assert.Equal(Lease, new LeasedWorkClaims(_clock, Leases).LeaseOf(Schedule));
        Assert.Equal(TimeSpan.FromMinutes(5), new LeasedWorkClaims(_clock, Options.Create(new WorkLeaseOptions())).LeaseOf(Schedule));
        Assert.Equal(TimeSpan.FromMinutes(15), new LeasedWorkClaims(_clock, Leases).LeaseOf(Schedule with { Lease = TimeSpan.FromMinutes(15) }));
    }

    [Fact]
    public void PauseAfter_GrowsAndStaysBounded()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), Schedule.PauseAfter(1));
        Assert.Equal(TimeSpan.FromMinutes(5), Schedule.PauseAfter(2));
        Assert.Equal(TimeSpan.FromHours(3), Schedule.PauseAfter(5));
        Assert.Equal(TimeSpan.FromHours(3), Schedule.PauseAfter(50));
    }

    [Fact]
    public async Task WorkSignal_ANotifyBeforeTheWait_EndsItAtOnce_OtherwiseTheIntervalDoes()
    {
        var signal = new OutboxSignal();
        signal.Notify();
        await signal.WaitAsync(TimeSpan.FromHours(1), _clock, default);

        var waiting = signal.WaitAsync(TimeSpan.FromMinutes(1), _clock, default);
        Assert.False(waiting.IsCompleted);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await waiting;
    }

    private async Task<WorkQueueReading> ReadAsync()
    {
        await using var db = NewContext();
        return await WorkQueueReading.OfAsync(MailDispatcher.Unsent(db), Schedule, _clock.GetUtcNow().UtcDateTime, default);
    }

    /// <summary>Claims <paramref name="id"/> and releases it as failed after <paramref name="attemptsBefore"/> earlier failures.</summary>
    private async Task FailAsync(Guid id, int attemptsBefore)
    {
        await using var db = NewContext();
        var claims = new LeasedWorkClaims(_clock, Leases);
        var claim = Assert.Single(await claims.ClaimDueAsync(MailDispatcher.Unsent(db).Where(m => m.Id == id), Schedule, 1, default));
        await claims.ReleaseFailedAsync(db.Set<QueuedMail>(), claim, attemptsBefore, new IOException("SMTP недоступний"), Schedule, default);
    }

    [Fact]
    public async Task QueueReading_OfAnEmptyQueue_IsZero()
    {
        Assert.Equal(new WorkQueueReading(0, TimeSpan.Zero, 0), await ReadAsync());
    }

    [Fact]
    public async Task QueueReading_DueWork_CountsWithTheAgeOfTheOldest_ARetryWaitingItsPauseDoesNot_GivenUpWorkIsCountedApart()
    {
        var oldest = await QueueAsync();
        _clock.Advance(TimeSpan.FromMinutes(10));
        var newer = await QueueAsync();
        Assert.Equal(new WorkQueueReading(2, TimeSpan.FromMinutes(10), 0), await ReadAsync());

        // A failed letter waits its pause (a minute) before it is due again.
        await FailAsync(newer, attemptsBefore: 0);
        Assert.Equal(new WorkQueueReading(1, TimeSpan.FromMinutes(10), 0), await ReadAsync());

        // The last attempt fails: given up, waiting for an administrator, no longer due.
        await FailAsync(oldest, attemptsBefore: Schedule.MaxAttempts - 1);
        Assert.Equal(new WorkQueueReading(0, TimeSpan.Zero, 1), await ReadAsync());

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new WorkQueueReading(1, TimeSpan.FromMinutes(1), 1), await ReadAsync());
    }

    [Fact]
    public async Task QueueReading_SentWork_LeavesTheQueue()
    {
        var id = await QueueAsync();
        await using (var db = NewContext())
        {
            await db.Set<QueuedMail>().Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, _clock.GetUtcNow().UtcDateTime));
        }

        Assert.Equal(0, (await ReadAsync()).Depth);
    }
}
