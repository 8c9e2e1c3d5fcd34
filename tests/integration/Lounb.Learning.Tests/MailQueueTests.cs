using System.Net;
using System.Net.Sockets;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Webinars.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Lounb.Learning.Tests;

/// <summary>
/// The app with its mail server down: SMTP pointed at a loopback port nobody listens on. It must still start (the
/// demo data registers people for webinars, which sends letters), and no letter may be lost.
/// </summary>
public abstract class MailServerDownApp(TestDatabase database) : LounbAppFactory(database, new Dictionary<string, string?>
{
    ["Lounb:Email:Smtp:Host"] = "127.0.0.1",
    ["Lounb:Email:Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Lounb:Email:Smtp:UseStartTls"] = "false",
})
{
    /// <summary>A loopback port that was free a moment ago: connecting to it is refused.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class SqliteMailServerDownApp() : MailServerDownApp(TestDatabase.Sqlite);

public sealed class PostgresMailServerDownApp() : MailServerDownApp(TestDatabase.Postgres);

public abstract class MailServerDownTests(MailServerDownApp app)
{
    private MailServerDownApp App { get; } = app;

    private Task<List<QueuedMail>> QueuedTo(string email) =>
        App.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking().Where(m => m.To == email).ToListAsync());

    [Fact]
    public async Task Startup_WithDemoData_Succeeds_AndTheDemoRegistrationLettersWaitInTheQueue()
    {
        // Before the queue, the demo seeder's webinar registration sent its letter inside start-up and stopped it.
        Assert.NotNull(App.Services);
        var waiting = await App.WithDbAsync(db => MailDispatcher.Unsent(db).CountAsync());
        Assert.True(waiting > 0, "The demo registrations' letters are queued.");
    }

    [Fact]
    public Task Registration_CreatesTheAccount_AndItsLetterWaits_RetriedWithAPause() => RegistrationKeepsTheLetterAsync(App, "SocketException");

    /// <summary>Registers through the form: the account exists, the letter is queued, and a failed send keeps it for a later try.</summary>
    internal static async Task RegistrationKeepsTheLetterAsync(LounbAppFactory app, string expectedError)
    {
        using var session = new BrowserSession(app);
        var email = $"citizen.{Guid.NewGuid():N}@example.org";
        using (var registered = await session.SubmitAsync("/account/register", "/account/register", PlatformTests.CitizenForm(email)))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
            Assert.StartsWith("/account/register-confirmation", registered.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        var letter = Assert.Single(await app.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking().Where(m => m.To == email).ToListAsync()));
        Assert.Contains("Підтвердьте адресу", letter.Subject, StringComparison.Ordinal);

        // This node's worker was woken by the registration and may be trying it right now: try too until one attempt is recorded.
        var failed = letter;
        for (var round = 0; round < 500 && failed.Attempts == 0; round++)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MailDispatcher>().SendDueAsync(default);
            }

            failed = Assert.Single(await app.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking().Where(m => m.To == email).ToListAsync()));
            await Task.Delay(round == 0 ? 0 : 20);
        }

        Assert.Null(failed.SentAt);
        Assert.True(failed.Attempts >= 1);
        Assert.Contains(expectedError, failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.DueAt > DateTime.UtcNow, "The next try waits for the pause.");
    }

    [Fact]
    public async Task WebinarRegistration_Succeeds_AndItsLetterWaits()
    {
        var email = $"slukhach.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        var webinar = await CalendarTestData.EventAsync(App, DateTime.UtcNow.AddDays(5).Date.AddHours(9), "Вебінар, поки пошта лежить");
        using var person = new BrowserSession(App);
        await person.SignInAsync(email);
        using (var response = await person.SubmitAsync($"/webinars/{webinar.Id}", $"/webinars/{webinar.Id}/register", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(RegistrationStatus.Confirmed,
            await App.WithDbAsync(db => db.Set<Registration>().Where(r => r.EventId == webinar.Id && r.UserId == userId).Select(r => r.Status).SingleAsync()));
        Assert.Contains(await QueuedTo(email), m => m.Subject.StartsWith("Реєстрацію підтверджено", StringComparison.Ordinal));
    }
}

public sealed class SqliteMailServerDownTests(SqliteMailServerDownApp app) : MailServerDownTests(app), IClassFixture<SqliteMailServerDownApp>;

public sealed class PostgresMailServerDownTests(PostgresMailServerDownApp app) : MailServerDownTests(app), IClassFixture<PostgresMailServerDownApp>;

/// <summary>The app whose outbox folder cannot be created: its parent is a file (a read-only data folder fails the same way).</summary>
public abstract class UnwritableOutboxApp(TestDatabase database) : LounbAppFactory(database, new Dictionary<string, string?>
{
    ["Lounb:Email:OutboxDirectory"] = PathUnderAFile(),
})
{
    private static string PathUnderAFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "lounb-tests", $"not-a-folder-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "");
        return Path.Combine(file, "outbox");
    }
}

public sealed class SqliteUnwritableOutboxApp() : UnwritableOutboxApp(TestDatabase.Sqlite);

public sealed class PostgresUnwritableOutboxApp() : UnwritableOutboxApp(TestDatabase.Postgres);

public abstract class UnwritableOutboxTests(UnwritableOutboxApp app)
{
    [Fact]
    public Task Registration_CreatesTheAccount_AndItsLetterWaitsForTheFolder() => MailServerDownTests.RegistrationKeepsTheLetterAsync(app, "DirectoryNotFoundException");
}

public sealed class SqliteUnwritableOutboxTests(SqliteUnwritableOutboxApp app) : UnwritableOutboxTests(app), IClassFixture<SqliteUnwritableOutboxApp>;

public sealed class PostgresUnwritableOutboxTests(PostgresUnwritableOutboxApp app) : UnwritableOutboxTests(app), IClassFixture<PostgresUnwritableOutboxApp>;

/// <summary>
/// The app whose mail "server" fails as many times as a test
/// says, whose clock the test moves, and with no background mail worker: the tests run the dispatcher as nodes would.
/// </summary>
public abstract class FlakyMailApp(TestDatabase database) : LounbAppFactory(database)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public FlakyTransport Transport { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "MailQueueWorker"));
            var real = services.Last(d => d.ServiceType == typeof(IMailTransport));
            services.Remove(real);
            services.AddSingleton<IMailTransport>(sp => Transport.Wrap((IMailTransport)real.ImplementationFactory!(sp)));
        });
    }
}

public sealed class SqliteFlakyMailApp() : FlakyMailApp(TestDatabase.Sqlite);

public sealed class PostgresFlakyMailApp() : FlakyMailApp(TestDatabase.Postgres);

/// <summary>A mail transport that fails the next <see cref="FailuresLeft"/> letters, can be slowed down, and counts what went out.</summary>
public sealed class FlakyTransport
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _sent = new(StringComparer.OrdinalIgnoreCase);
    private int _failuresLeft;

    public int FailuresLeft { get => Volatile.Read(ref _failuresLeft); set => Volatile.Write(ref _failuresLeft, value); }

    public TimeSpan Delay { get; set; }

    public int SentTo(string address) => _sent.GetValueOrDefault(address);

    internal IMailTransport Wrap(IMailTransport inner) => new Transport(this, inner);

    private sealed class Transport(FlakyTransport flaky, IMailTransport inner) : IMailTransport
    {
        public async Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            if (Interlocked.Decrement(ref flaky._failuresLeft) >= 0)
            {
                throw new SocketException((int)SocketError.ConnectionRefused);
            }

            if (flaky.Delay > TimeSpan.Zero)
            {
                await Task.Delay(flaky.Delay, ct);
            }

            await inner.SendAsync(message, ct);
            flaky._sent.AddOrUpdate(message.To, 1, (_, n) => n + 1);
        }
    }
}

public abstract class MailQueueTests(FlakyMailApp app)
{
    private FlakyMailApp App { get; } = app;

    /// <summary>Queues a letter after sending what start-up queued (the demo registrations' letters), so a pass sees only the test's letters.</summary>
    private async Task QueueAsync(string to, string subject)
    {
        await App.SendQueuedMailAsync();
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage(to, subject, "Текст листа.")
        {
            Attachments = [new EmailAttachment("invite.ics", "text/calendar; method=REQUEST; charset=utf-8", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray())],
        }, default);
    }

    private async Task<int> PassAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailDispatcher>().SendDueAsync(default);
    }

    private Task<QueuedMail> LetterAsync(string to) =>
        App.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking().SingleAsync(m => m.To == to));

    private List<MimeMessage> FilesTo(string email) =>
        !Directory.Exists(App.OutboxDirectory)
            ? []
            : Directory.GetFiles(App.OutboxDirectory, "*.eml").Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, email, StringComparison.OrdinalIgnoreCase))).ToList();

    [Fact]
    public async Task ALetterSentAgain_AfterItsNodeDiedBeforeRecordingIt_IsOneFile_WithTheSameMessageId()
    {
        var email = $"twice.{Guid.NewGuid():N}@example.org";
        await QueueAsync(email, "Лист, надісланий двічі");
        Assert.Equal(1, await PassAsync());
        var first = Assert.Single(FilesTo(email));

        // The node was killed after the letter left, before it recorded that: unsent, claimed longer ago than the lease.
        var claimedAt = App.Clock.GetUtcNow().UtcDateTime - App.Services.GetRequiredService<LeasedWorkClaims>().LeaseOf(MailDispatcher.Schedule) - TimeSpan.FromSeconds(1);
        await App.WithDbAsync(db => db.Set<QueuedMail>().Where(m => m.To == email).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.SentAt, (DateTime?)null).SetProperty(m => m.ClaimedAt, claimedAt).SetProperty(m => m.ClaimedBy, "node-that-died")));
        Assert.Equal(1, await PassAsync());

        Assert.Equal(2, App.Transport.SentTo(email));
        var letter = Assert.Single(FilesTo(email));
        Assert.Equal(first.MessageId, letter.MessageId);
        Assert.StartsWith((await LetterAsync(email)).Id.ToString("N") + "@", letter.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALetter_FailingThreeTimes_IsRetriedAfterGrowingPauses_ThenSentOnce_WithItsAttachment()
    {
        var email = $"retry.{Guid.NewGuid():N}@example.org";
        await QueueAsync(email, "Лист, що чекає");
        App.Transport.FailuresLeft = 3;
        try
        {
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                await PassAsync();
                var letter = await LetterAsync(email);
                Assert.Equal(attempt, letter.Attempts);
                Assert.Contains("SocketException", letter.LastError, StringComparison.Ordinal);
                Assert.Equal(App.Clock.GetUtcNow().UtcDateTime + MailDispatcher.Schedule.PauseAfter(attempt), letter.DueAt);
                await PassAsync();
                Assert.Equal(attempt, (await LetterAsync(email)).Attempts);
                App.Clock.Advance(MailDispatcher.Schedule.PauseAfter(attempt));
            }

            await PassAsync();
            await PassAsync();
        }
        finally
        {
            App.Transport.FailuresLeft = 0;
        }

        var sent = await LetterAsync(email);
        Assert.NotNull(sent.SentAt);
        Assert.Null(sent.LastError);
        Assert.Equal(1, App.Transport.SentTo(email));
        var file = Assert.Single(FilesTo(email));
        Assert.Equal("Лист, що чекає", file.Subject);
        Assert.Single(file.Attachments, a => a.ContentType.MimeType == "text/calendar");
    }

    [Fact]
    public async Task TwoNodes_SendEachLetterOnce()
    {
        var emails = Enumerable.Range(0, 6).Select(i => $"node{i}.{Guid.NewGuid():N}@example.org").ToList();
        foreach (var email in emails)
        {
            await QueueAsync(email, "Один раз");
        }

        App.Transport.Delay = TimeSpan.FromMilliseconds(30);
        try
        {
            await Task.WhenAll(Task.Run(PassAsync), Task.Run(PassAsync), Task.Run(PassAsync));
        }
        finally
        {
            App.Transport.Delay = TimeSpan.Zero;
        }

        Assert.All(emails, email => Assert.Equal(1, App.Transport.SentTo(email)));
        Assert.All(emails, email => Assert.Single(FilesTo(email)));
    }

    [Fact]
    public async Task ALetter_GivenUpAfterTheLastAttempt_IsNotTriedAgainByItself_AnAdministratorSeesItAndRetriesIt()
    {
        var email = $"given.up.{Guid.NewGuid():N}@example.org";
        await QueueAsync(email, "Не дійде");
        App.Transport.FailuresLeft = int.MaxValue / 2;
        try
        {
            for (var attempt = 1; attempt <= MailDispatcher.Schedule.MaxAttempts; attempt++)
            {
                await PassAsync();
                App.Clock.Advance(MailDispatcher.Schedule.PauseAfter(attempt));
            }

            await PassAsync();
        }
        finally
        {
            App.Transport.FailuresLeft = 0;
        }

        var given = await LetterAsync(email);
        Assert.Equal(MailDispatcher.Schedule.MaxAttempts, given.Attempts);
        Assert.Null(given.SentAt);
        await PassAsync();
        Assert.Equal(0, App.Transport.SentTo(email));

        using (var methodologist = new BrowserSession(App))
        {
            await methodologist.SignInAsync("metodyst@lounb.demo");
            using var refused = await methodologist.GetAsync("/admin/queues");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var admin = new BrowserSession(App);
        await admin.SignInAsync("admin@lounb.demo");
        var page = await admin.GetHtmlAsync("/admin/queues");
        Assert.Contains("Не дійде", page, StringComparison.Ordinal);
        Assert.Contains("Не вдалося", page, StringComparison.Ordinal);
        Assert.Contains("SocketException", page, StringComparison.Ordinal);
        using (var retried = await admin.SubmitAsync("/admin/queues", $"/admin/queues/mail/{given.Id}/retry", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        }

        Assert.Equal(0, (await LetterAsync(email)).Attempts);
        await PassAsync();
        Assert.NotNull((await LetterAsync(email)).SentAt);
        Assert.Equal(1, App.Transport.SentTo(email));
    }
}

public sealed class SqliteMailQueueTests(SqliteFlakyMailApp app) : MailQueueTests(app), IClassFixture<SqliteFlakyMailApp>;

public sealed class PostgresMailQueueTests(PostgresFlakyMailApp app) : MailQueueTests(app), IClassFixture<PostgresFlakyMailApp>;
