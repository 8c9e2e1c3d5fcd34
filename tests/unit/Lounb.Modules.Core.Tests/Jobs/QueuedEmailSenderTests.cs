using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Modules.Core.Tests.Jobs;

/// <summary>
/// Queuing a letter saves that letter alone (never the caller's other pending changes) and, inside the caller's
/// transaction, commits or rolls back with it; one pass of the shared claim loop handles each due row once.
/// </summary>
public sealed class QueuedEmailSenderTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;

    public QueuedEmailSenderTests()
    {
        _connection.Open();
        using (var db = NewContext())
        {
            db.Database.EnsureCreated();
        }

        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<MailQueueSignal>()
            .AddScoped(_ => NewContext())
            .AddScoped<QueuedEmailSender>()
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _connection.Dispose();
    }

    private LounbDbContext NewContext() =>
        new(new DbContextOptionsBuilder<LounbDbContext>().UseSqlite(_connection).Options, ModuleCatalog.Create(new ConfigurationBuilder().Build(), []));

    private static EmailMessage Letter => new("a@example.org", "Тема", "Текст");

    private async Task<(int Letters, int AuditEntries)> StoredAsync()
    {
        await using var db = NewContext();
        return (await db.Set<QueuedMail>().CountAsync(), await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task SendAsync_SavesTheLetterAlone_NotTheCallersPendingChanges()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
        db.AuditEntries.Add(new AuditEntry(_clock.GetUtcNow().UtcDateTime, "test.pending", null, null, null, null, null));

        await scope.ServiceProvider.GetRequiredService<QueuedEmailSender>().SendAsync(Letter, default);

        Assert.Equal((1, 0), await StoredAsync());
        Assert.Equal(EntityState.Added, db.ChangeTracker.Entries<AuditEntry>().Single().State);
    }

    [Fact]
    public async Task SendAsync_InsideTheCallersTransaction_IsRolledBackWithIt()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await scope.ServiceProvider.GetRequiredService<QueuedEmailSender>().SendAsync(Letter, default);
            await transaction.RollbackAsync();
        }

        Assert.Equal((0, 0), await StoredAsync());
    }

    [Fact]
    public async Task SendAsync_InsideTheCallersTransaction_IsCommittedWithIt_AndTrackedSoTheCommitWakesTheWorker()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await scope.ServiceProvider.GetRequiredService<QueuedEmailSender>().SendAsync(Letter, default);
            Assert.Equal(EntityState.Unchanged, db.ChangeTracker.Entries<QueuedMail>().Single().State);
            await transaction.CommitAsync();
        }

        Assert.Equal((1, 0), await StoredAsync());
    }

    [Fact]
    public async Task ProcessDue_HandsEachDueRowToTheHandlerOnce_AndCountsThem()
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<QueuedEmailSender>();
            await sender.SendAsync(Letter, default);
            await sender.SendAsync(Letter, default);
        }

        var handled = new List<Guid>();
        var claims = new LeasedWorkClaims(_clock, Options.Create(new WorkLeaseOptions()));
        await using var db = NewContext();

        var first = await claims.ProcessDueAsync(MailDispatcher.Unsent(db), RetrySchedule.Default, 10, c => { handled.Add(c.Id); return Task.CompletedTask; }, default);
        var second = await claims.ProcessDueAsync(MailDispatcher.Unsent(db), RetrySchedule.Default, 10, c => { handled.Add(c.Id); return Task.CompletedTask; }, default);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        Assert.Equal(2, handled.Distinct().Count());
    }
}
