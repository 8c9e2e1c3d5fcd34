using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Modules.Core.Tests.Telemetry;

/// <summary>What <c>lounb_queue_depth</c>, <c>_oldest_age_seconds</c> and <c>_given_up</c> report for a queue of leased work (the mail queue here).</summary>
public sealed class WorkQueueReadingTests : IDisposable
{
    private static readonly RetrySchedule Schedule = RetrySchedule.Default;

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));

    public WorkQueueReadingTests()
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

    private async Task<WorkQueueReading> ReadAsync()
    {
        await using var db = NewContext();
        return await WorkQueueReading.OfAsync(MailDispatcher.Unsent(db), Schedule, _clock.GetUtcNow().UtcDateTime, default);
    }

    /// <summary>Claims <paramref name="id"/> and releases it as failed after <paramref name="attemptsBefore"/> earlier failures.</summary>
    private async Task FailAsync(Guid id, int attemptsBefore)
    {
        await using var db = NewContext();
        var claims = new LeasedWorkClaims(_clock);
        var claim = Assert.Single(await claims.ClaimDueAsync(MailDispatcher.Unsent(db).Where(m => m.Id == id), Schedule, 1, default));
        await claims.ReleaseFailedAsync(db.Set<QueuedMail>(), claim, attemptsBefore, new IOException("SMTP недоступний"), Schedule, default);
    }

    [Fact]
    public async Task AnEmptyQueue_ReadsZero()
    {
        Assert.Equal(new WorkQueueReading(0, TimeSpan.Zero, 0), await ReadAsync());
    }

    [Fact]
    public async Task DueWork_CountsWithTheAgeOfTheOldest_ARetryWaitingItsPauseDoesNot_GivenUpWorkIsCountedApart()
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
    public async Task SentWork_LeavesTheQueue()
    {
        var id = await QueueAsync();
        await using (var db = NewContext())
        {
            await db.Set<QueuedMail>().Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, _clock.GetUtcNow().UtcDateTime));
        }

        Assert.Equal(0, (await ReadAsync()).Depth);
    }
}
