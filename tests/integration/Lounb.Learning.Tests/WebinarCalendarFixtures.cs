using System.Collections.Concurrent;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Webinars;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Reminders;
using Lounb.Modules.Webinars.Telegram;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Learning.Tests;

/// <summary>
/// The app for calendar and reminder tests: a clock the test moves, a Telegram bot configured (its messages recorded,
/// never sent), mail counted on its way to the queue (optionally slowed down or failing), and no background
/// reminder, mail or attendance report worker: the tests run the dispatchers and the reports themselves, as two nodes would.
/// </summary>
public abstract class WebinarRemindersApp(TestDatabase database) : LounbAppFactory(database, new Dictionary<string, string?>
{
    ["Lounb:Webinars:PublicBaseUrl"] = "https://learn.test",
    ["Lounb:Webinars:Telegram:BotToken"] = "123456:TEST-TOKEN",
    ["Lounb:Webinars:Telegram:BotUsername"] = "lounb_test_bot",
    ["Lounb:Webinars:Telegram:WebhookSecret"] = WebhookSecret,
})
{
    public const string WebhookSecret = "hook-secret-0123456789abcdef";

    /// <summary>Whole seconds, so that times read back from PostgreSQL (microseconds) equal the ones computed in the test.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public RecordingTelegram Telegram { get; } = new();

    public CountingMail Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ReminderWorker)));
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(AttendanceReportWorker)));
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "MailQueueWorker"));
            services.AddSingleton<ITelegramNotifier>(Telegram);
            var mail = services.Last(d => d.ServiceType == typeof(IEmailSender));
            services.Remove(mail);
            services.AddScoped<IEmailSender>(sp => Mail.Wrap((IEmailSender)mail.ImplementationFactory!(sp)));
        });
    }
}

public sealed class SqliteWebinarRemindersApp() : WebinarRemindersApp(TestDatabase.Sqlite);

public sealed class PostgresWebinarRemindersApp() : WebinarRemindersApp(TestDatabase.Postgres);

/// <summary>Telegram messages the app would have sent.</summary>
public sealed class RecordingTelegram : ITelegramNotifier
{
    private readonly ConcurrentQueue<(long ChatId, string Text)> _sent = new();

    public IReadOnlyList<(long ChatId, string Text)> Sent => [.. _sent];

    Task ITelegramNotifier.SendAsync(long chatId, string text, CancellationToken ct)
    {
        _sent.Enqueue((chatId, text));
        return Task.CompletedTask;
    }
}

/// <summary>Counts letters per address; can slow sending down (to widen a race) and fail for chosen addresses.</summary>
public sealed class CountingMail
{
    private readonly ConcurrentDictionary<string, int> _sent = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Delay { get; set; }

    /// <summary>Letters to an address containing this text fail (as an SMTP server that refuses them would).</summary>
    public string? FailFor { get; set; }

    public int SentTo(string address) => _sent.GetValueOrDefault(address);

    internal IEmailSender Wrap(IEmailSender inner) => new Sender(this, inner);

    private sealed class Sender(CountingMail mail, IEmailSender inner) : IEmailSender
    {
        public async Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            if (mail.FailFor is { } fail && message.To.Contains(fail, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("550 mailbox unavailable");
            }

            if (mail.Delay > TimeSpan.Zero)
            {
                await Task.Delay(mail.Delay, ct);
            }

            await inner.SendAsync(message, ct);
            mail._sent.AddOrUpdate(message.To, 1, (_, n) => n + 1);
        }
    }
}

/// <summary>Events, series and registrations written straight to the database (scheduling has its own tests).</summary>
internal static class CalendarTestData
{
    public static async Task<WebinarEvent> EventAsync(LounbAppFactory app, DateTime startsAt, string title = "Медіаграмотність для бібліотекарів",
        RegistrationMode mode = RegistrationMode.Open, Guid? courseRunId = null, Action<WebinarEvent>? change = null)
    {
        var uidDomain = UidDomain(app);
        return await app.WithDbAsync(async db =>
        {
            var webinar = new WebinarEvent(title, EventKind.Webinar, startsAt, 90, null, uidDomain, startsAt.AddDays(-30))
            {
                RegistrationMode = mode,
                CourseRunId = courseRunId,
                Description = "Як **перевіряти** джерела.",
            };
            change?.Invoke(webinar);
            db.Add(webinar);
            await db.SaveChangesAsync();
            return webinar;
        });
    }

    /// <summary>A monthly series with one stored occurrence per date the rule gives.</summary>
    public static async Task<(WebinarSeries Series, List<WebinarEvent> Occurrences)> SeriesAsync(LounbAppFactory app, string rule, DateTime firstStartsAt,
        IReadOnlyList<DateTime> occurrenceStarts, string title = "Бібліотечна школа non stop")
    {
        var uidDomain = UidDomain(app);
        return await app.WithDbAsync(async db =>
        {
            var created = firstStartsAt.AddDays(-60);
            var series = new WebinarSeries(title, rule, firstStartsAt, 90, null, uidDomain, created);
            db.Add(series);
            var occurrences = occurrenceStarts.Select(start =>
            {
                var occurrence = new WebinarEvent(title, EventKind.Webinar, start, 90, null, uidDomain, created) { RegistrationMode = RegistrationMode.Open };
                occurrence.BelongTo(series, start);
                return occurrence;
            }).ToList();
            db.AddRange(occurrences);
            await db.SaveChangesAsync();
            return (series, occurrences);
        });
    }

    public static Task ChangeEventAsync(LounbAppFactory app, Guid eventId, Action<WebinarEvent> change) =>
        app.WithDbAsync(async db =>
        {
            var webinar = await db.Set<WebinarEvent>().FindAsync(eventId) ?? throw new InvalidOperationException("No such event.");
            change(webinar);
            return await db.SaveChangesAsync();
        });

    public static Task RegisterAsync(LounbAppFactory app, Guid eventId, Guid userId, RegistrationStatus status, DateTime now) =>
        app.WithDbAsync(async db =>
        {
            db.Add(new Registration(eventId, userId, status, now));
            return await db.SaveChangesAsync();
        });

    public static Task SetRegistrationAsync(LounbAppFactory app, Guid eventId, Guid userId, RegistrationStatus status, DateTime now) =>
        app.WithDbAsync(async db =>
        {
            var registration = db.Set<Registration>().Single(r => r.EventId == eventId && r.UserId == userId);
            registration.MoveTo(status, now);
            return await db.SaveChangesAsync();
        });

    public static Task HostAsync(LounbAppFactory app, Guid eventId, Guid userId) =>
        app.WithDbAsync(async db =>
        {
            db.Add(new EventHost(eventId, userId, "Ведуча", HostRole.Speaker));
            return await db.SaveChangesAsync();
        });

    public static async Task<T> WithPlannerAsync<T>(LounbAppFactory app, Func<ReminderPlanner, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ReminderPlanner>());
    }

    public static async Task PlanAsync(LounbAppFactory app, Func<ReminderPlanner, Task> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ReminderPlanner>());
    }

    /// <summary>One pass of one node's dispatcher, in its own scope (its own connection); then the letters it queued are sent.</summary>
    public static async Task<int> DispatchAsync(LounbAppFactory app)
    {
        int sent;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            sent = await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().SendDueAsync(default);
        }

        await app.SendQueuedMailAsync();
        return sent;
    }

    private static string UidDomain(LounbAppFactory app) => app.Services.GetRequiredService<IOptions<WebinarsOptions>>().Value.UidDomain;
}
