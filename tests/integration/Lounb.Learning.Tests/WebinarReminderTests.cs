using System.Security.Claims;
using System.Text;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Reminders;
using Lounb.Modules.Webinars;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Lounb.Learning.Tests;

/// <summary>Reminders: planned with registrations, moved with reschedules, a cancellation letter once, sent once by racing nodes, kept across a restart.</summary>
public abstract class WebinarReminderTests(WebinarRemindersApp app)
{
    protected WebinarRemindersApp App { get; } = app;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    private async Task<(Guid UserId, string Email)> PersonAsync(string prefix, long? telegramChat = null)
    {
        var email = $"{prefix}.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        if (telegramChat is { } chat)
        {
            await App.WithDbAsync(async db =>
            {
                db.Add(new TelegramLink(userId, Guid.NewGuid().ToString("N"), Now) { ChatId = chat, LinkedAt = Now });
                return await db.SaveChangesAsync();
            });
        }

        return (userId, email);
    }

    private async Task<(Guid UserId, string Email)> RegisteredAsync(WebinarEvent webinar, string prefix, RegistrationStatus status = RegistrationStatus.Confirmed, long? telegramChat = null)
    {
        var person = await PersonAsync(prefix, telegramChat);
        await CalendarTestData.RegisterAsync(App, webinar.Id, person.UserId, status, Now);
        await CalendarTestData.PlanAsync(App, p => p.PlanForRegistrationAsync(webinar.Id, person.UserId));
        return person;
    }

    private Task<List<ReminderJob>> JobsAsync(Guid eventId, Guid? userId = null) =>
        App.WithDbAsync(db => db.Set<ReminderJob>().AsNoTracking()
            .Where(j => j.EventId == eventId && (userId == null || j.UserId == userId))
            .OrderBy(j => j.Kind).ToListAsync());

    private Task<int> MarkSentAsync(Guid eventId, Guid userId, ReminderKind kind) =>
        App.WithDbAsync(db => db.Set<ReminderJob>().Where(j => j.EventId == eventId && j.UserId == userId && j.Kind == kind)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.SentAt, Now)));

    private List<MimeMessage> LettersTo(string email) =>
        !Directory.Exists(App.OutboxDirectory)
            ? []
            : Directory.GetFiles(App.OutboxDirectory, "*.eml").Order().Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, email, StringComparison.OrdinalIgnoreCase))).ToList();

    private static string CalendarPart(MimeMessage letter, string method)
    {
        var part = Assert.Single(letter.BodyParts.OfType<MimePart>(), p => p.ContentType.MimeType == "text/calendar");
        Assert.Equal(method, part.ContentType.Parameters["method"]);
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        var ics = Encoding.UTF8.GetString(content.ToArray());
        Assert.Contains($"METHOD:{method}\r\n", ics, StringComparison.Ordinal);
        return ics;
    }

    [Fact]
    public async Task PlanForRegistration_DayAndHourBefore_TelegramWhenLinked_TwiceIsOnce_PastTimesLeftOut()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddDays(3));
        var (olena, _) = await RegisteredAsync(webinar, "olena");
        var (taras, _) = await RegisteredAsync(webinar, "taras", telegramChat: 5001);
        await CalendarTestData.PlanAsync(App, p => p.PlanForRegistrationAsync(webinar.Id, olena));

        var hers = await JobsAsync(webinar.Id, olena);
        Assert.Equal([ReminderKind.EmailDayBefore, ReminderKind.EmailHourBefore], hers.Select(j => j.Kind));
        Assert.Equal([webinar.StartsAt.AddHours(-24), webinar.StartsAt.AddHours(-1)], hers.Select(j => j.DueAt));
        Assert.All(hers, j => Assert.Null(j.SentAt));
        Assert.Equal(
            [ReminderKind.EmailDayBefore, ReminderKind.EmailHourBefore, ReminderKind.TelegramDayBefore, ReminderKind.TelegramHourBefore],
            (await JobsAsync(webinar.Id, taras)).Select(j => j.Kind));

        var soon = await CalendarTestData.EventAsync(App, Now.AddHours(2));
        var (late, _) = await RegisteredAsync(soon, "late");
        Assert.Equal([ReminderKind.EmailHourBefore], (await JobsAsync(soon.Id, late)).Select(j => j.Kind));

        var now = await CalendarTestData.EventAsync(App, Now.AddMinutes(30));
        var (last, _) = await RegisteredAsync(now, "last");
        Assert.Empty(await JobsAsync(now.Id, last));
    }

    [Fact]
    public async Task CancelForRegistration_DeletesWhatWasNotSent()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddDays(3));
        var (userId, _) = await RegisteredAsync(webinar, "leaves");
        await MarkSentAsync(webinar.Id, userId, ReminderKind.EmailDayBefore);

        await CalendarTestData.SetRegistrationAsync(App, webinar.Id, userId, RegistrationStatus.Cancelled, Now);
        await CalendarTestData.PlanAsync(App, p => p.CancelForRegistrationAsync(webinar.Id, userId));

        var left = Assert.Single(await JobsAsync(webinar.Id, userId));
        Assert.Equal(ReminderKind.EmailDayBefore, left.Kind);
        Assert.NotNull(left.SentAt);
    }

    [Fact]
    public async Task ReplanEvent_AfterAReschedule_RemindersMove_ASentOneIsDueAgain_ThoseNoLongerRegisteredGo()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddDays(3));
        var (stays, _) = await RegisteredAsync(webinar, "stays");
        var (gone, _) = await RegisteredAsync(webinar, "gone");
        await MarkSentAsync(webinar.Id, stays, ReminderKind.EmailDayBefore);
        await CalendarTestData.SetRegistrationAsync(App, webinar.Id, gone, RegistrationStatus.Cancelled, Now);

        var newStart = webinar.StartsAt.AddDays(2).AddHours(3);
        await CalendarTestData.ChangeEventAsync(App, webinar.Id, e => e.Reschedule(newStart, 90, Now));
        await CalendarTestData.PlanAsync(App, p => p.ReplanEventAsync(webinar.Id));

        var jobs = await JobsAsync(webinar.Id, stays);
        Assert.Equal([newStart.AddHours(-24), newStart.AddHours(-1)], jobs.Select(j => j.DueAt));
        Assert.All(jobs, j => Assert.Null(j.SentAt));
        Assert.Empty(await JobsAsync(webinar.Id, gone));
    }

    [Fact]
    public async Task ReplanEvent_AfterACancellation_OneCancellationLetterToEachActiveRegistrant_NoReminders()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddDays(3), "Вебінар, який скасують");
        var confirmed = await RegisteredAsync(webinar, "c1");
        var waitlisted = await RegisteredAsync(webinar, "c2", RegistrationStatus.Waitlisted);
        var pending = await RegisteredAsync(webinar, "c3", RegistrationStatus.Pending);
        var left = await RegisteredAsync(webinar, "c4");
        await CalendarTestData.SetRegistrationAsync(App, webinar.Id, left.UserId, RegistrationStatus.Cancelled, Now);

        await CalendarTestData.ChangeEventAsync(App, webinar.Id, e => e.Cancel("Спікерка захворіла", Now));
        await CalendarTestData.PlanAsync(App, p => p.ReplanEventAsync(webinar.Id));
        await CalendarTestData.PlanAsync(App, p => p.ReplanEventAsync(webinar.Id));

        var jobs = await JobsAsync(webinar.Id);
        Assert.All(jobs, j => Assert.Equal(ReminderKind.EmailCancelled, j.Kind));
        Assert.Equal(new[] { confirmed.UserId, waitlisted.UserId, pending.UserId }.Order(), jobs.Select(j => j.UserId).Order());

        await CalendarTestData.DispatchAsync(App);
        await CalendarTestData.DispatchAsync(App);

        foreach (var person in new[] { confirmed, waitlisted, pending })
        {
            var letter = Assert.Single(LettersTo(person.Email));
            Assert.StartsWith("Скасовано: «Вебінар, який скасують»", letter.Subject, StringComparison.Ordinal);
            Assert.Contains("Причина: Спікерка захворіла", letter.TextBody, StringComparison.Ordinal);
            Assert.Contains("STATUS:CANCELLED", CalendarPart(letter, "CANCEL"), StringComparison.Ordinal);
        }

        Assert.Empty(LettersTo(left.Email));
    }

    [Fact]
    public async Task SchedulingAndRegistration_PlanAndCancelThroughTheChangeListener()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddDays(4));
        var (userId, email) = await PersonAsync("via-service");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var registered = await scope.ServiceProvider.GetRequiredService<RegistrationService>().RegisterAsync(webinar.Id, userId, default);
            Assert.True(registered.IsSuccess, registered.Error?.Message);
        }

        Assert.Equal([ReminderKind.EmailDayBefore, ReminderKind.EmailHourBefore], (await JobsAsync(webinar.Id, userId)).Select(j => j.Kind));

        var national = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(LounbClaimTypes.Grant, new Grant(WebinarsPermissions.Manage, AccessScope.NationalMarker).ToString())],
            "test"));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var cancelled = await scope.ServiceProvider.GetRequiredService<SchedulingService>().CancelAsync(webinar.Id, "Негода", false, national, default);
            Assert.True(cancelled.IsSuccess, cancelled.Error?.Message);
        }

        Assert.Equal([ReminderKind.EmailCancelled], (await JobsAsync(webinar.Id, userId)).Select(j => j.Kind));
        await CalendarTestData.DispatchAsync(App);
        Assert.Single(LettersTo(email), l => l.Subject?.StartsWith("Скасовано:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Dispatch_WhenDue_SendsTheLetterWithAnInvitationAndTheTelegramMessage_Once()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddHours(25), "Нагадування про вебінар");
        var chat = Random.Shared.NextInt64(10_000, 1_000_000_000);
        var (userId, email) = await RegisteredAsync(webinar, "due", telegramChat: chat);

        await CalendarTestData.DispatchAsync(App);
        Assert.Empty(LettersTo(email));

        App.Clock.Advance(TimeSpan.FromMinutes(61));
        await CalendarTestData.DispatchAsync(App);
        await CalendarTestData.DispatchAsync(App);

        var letter = Assert.Single(LettersTo(email));
        Assert.StartsWith("Завтра: «Нагадування про вебінар» о ", letter.Subject, StringComparison.Ordinal);
        Assert.Contains("(за київським часом)", letter.TextBody!, StringComparison.Ordinal);
        Assert.Contains($"Приєднатися: https://learn.test/webinars/{webinar.Id}/room", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("Скасуйте реєстрацію на сторінці події", letter.TextBody, StringComparison.Ordinal);
        var ics = CalendarPart(letter, "REQUEST");
        Assert.Contains($"UID:{webinar.Uid}\r\n", ics, StringComparison.Ordinal);
        var message = Assert.Single(App.Telegram.Sent, m => m.ChatId == chat);
        Assert.StartsWith("Завтра, ", message.Text, StringComparison.Ordinal);
        var jobs = await JobsAsync(webinar.Id, userId);
        Assert.All(jobs.Where(j => j.Kind is ReminderKind.EmailDayBefore or ReminderKind.TelegramDayBefore), j => Assert.NotNull(j.SentAt));
        Assert.All(jobs.Where(j => j.Kind is ReminderKind.EmailHourBefore or ReminderKind.TelegramHourBefore), j => Assert.Null(j.SentAt));
    }

    [Fact]
    public async Task Dispatch_ACancelledRegistrationOrEvent_IsNotReminded()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddHours(2));
        var (leftId, leftEmail) = await RegisteredAsync(webinar, "left");
        var other = await CalendarTestData.EventAsync(App, Now.AddHours(2));
        var (_, otherEmail) = await RegisteredAsync(other, "other");
        // Changed without telling the planner: the worker checks again before sending.
        await CalendarTestData.SetRegistrationAsync(App, webinar.Id, leftId, RegistrationStatus.Cancelled, Now);
        await CalendarTestData.ChangeEventAsync(App, other.Id, e => e.Cancel("Скасовано", Now));

        App.Clock.Advance(TimeSpan.FromMinutes(61));
        await CalendarTestData.DispatchAsync(App);

        Assert.Empty(LettersTo(leftEmail));
        Assert.Empty(LettersTo(otherEmail));
        Assert.Empty(await JobsAsync(webinar.Id, leftId));
        Assert.Empty(await JobsAsync(other.Id));
    }

    [Fact]
    public async Task TwoNodes_RacingOnTheSameDueReminders_SendEachExactlyOnce()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddMinutes(90));
        var people = new List<(Guid UserId, string Email, long Chat)>();
        for (var i = 0; i < 10; i++)
        {
            var chat = Random.Shared.NextInt64(1_000_000_000, 9_000_000_000);
            var (userId, email) = await RegisteredAsync(webinar, $"race{i}", telegramChat: i % 2 == 0 ? chat : null);
            people.Add((userId, email, i % 2 == 0 ? chat : 0));
        }

        var jobCount = (await JobsAsync(webinar.Id)).Count;
        Assert.Equal(15, jobCount);
        App.Clock.Advance(TimeSpan.FromMinutes(31));
        App.Mail.Delay = TimeSpan.FromMilliseconds(20);
        try
        {
            async Task<int> NodeAsync()
            {
                var total = 0;
                for (var pass = 0; pass < 3; pass++)
                {
                    total += await CalendarTestData.DispatchAsync(App);
                }

                return total;
            }

            await Task.WhenAll(Task.Run(NodeAsync), Task.Run(NodeAsync), Task.Run(NodeAsync));
        }
        finally
        {
            App.Mail.Delay = TimeSpan.Zero;
        }

        foreach (var (_, email, chat) in people)
        {
            Assert.Equal(1, App.Mail.SentTo(email));
            Assert.Single(LettersTo(email));
            if (chat != 0)
            {
                Assert.Single(App.Telegram.Sent, m => m.ChatId == chat);
            }
        }

        Assert.All(await JobsAsync(webinar.Id), j => Assert.NotNull(j.SentAt));
    }

    [Fact]
    public async Task Dispatch_AClaimOfADeadNodeIsTakenAfterTheLease_AFreshClaimIsLeftAlone()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddMinutes(90));
        var (deadId, deadEmail) = await RegisteredAsync(webinar, "dead");
        var (busyId, busyEmail) = await RegisteredAsync(webinar, "busy");
        App.Clock.Advance(TimeSpan.FromMinutes(31));
        var now = Now;
        await App.WithDbAsync(db => db.Set<ReminderJob>().Where(j => j.UserId == deadId)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.ClaimedAt, now - App.Services.GetRequiredService<LeasedWorkClaims>().LeaseOf(ReminderDispatcher.Schedule) - TimeSpan.FromMinutes(1)).SetProperty(j => j.ClaimedBy, "node-that-died")));
        await App.WithDbAsync(db => db.Set<ReminderJob>().Where(j => j.UserId == busyId)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.ClaimedAt, now - TimeSpan.FromMinutes(1)).SetProperty(j => j.ClaimedBy, "node-sending-now")));

        await CalendarTestData.DispatchAsync(App);

        Assert.Single(LettersTo(deadEmail));
        Assert.Empty(LettersTo(busyEmail));
        Assert.Null(Assert.Single(await JobsAsync(webinar.Id, busyId)).SentAt);
    }

    [Fact]
    public async Task Dispatch_AFailedSend_IsRetriedWithGrowingPauses_AndGivenUpAfterTheLastAttempt()
    {
        var webinar = await CalendarTestData.EventAsync(App, Now.AddHours(25));
        var (userId, email) = await RegisteredAsync(webinar, "fails");
        App.Clock.Advance(TimeSpan.FromMinutes(61));
        App.Mail.FailFor = email;
        try
        {
            for (var attempt = 1; attempt <= ReminderDispatcher.Schedule.MaxAttempts; attempt++)
            {
                await CalendarTestData.DispatchAsync(App);
                var job = Assert.Single(await JobsAsync(webinar.Id, userId), j => j.Kind == ReminderKind.EmailDayBefore);
                Assert.Equal(attempt, job.Attempts);
                Assert.Contains("550 mailbox unavailable", job.LastError, StringComparison.Ordinal);
                Assert.Null(job.SentAt);
                Assert.Null(job.ClaimedAt);
                Assert.Equal(Now + ReminderDispatcher.Schedule.PauseAfter(attempt), job.DueAt);

                // Not before its time.
                await CalendarTestData.DispatchAsync(App);
                Assert.Equal(attempt, Assert.Single(await JobsAsync(webinar.Id, userId), j => j.Kind == ReminderKind.EmailDayBefore).Attempts);
                App.Clock.Advance(ReminderDispatcher.Schedule.PauseAfter(attempt));
            }
        }
        finally
        {
            App.Mail.FailFor = null;
        }

        App.Clock.Advance(TimeSpan.FromHours(1));
        await CalendarTestData.DispatchAsync(App);
        var given = Assert.Single(await JobsAsync(webinar.Id, userId), j => j.Kind == ReminderKind.EmailDayBefore);
        Assert.Equal(ReminderDispatcher.Schedule.MaxAttempts, given.Attempts);
        Assert.Null(given.SentAt);
        Assert.Empty(LettersTo(email));
    }

    [Fact]
    public async Task Reminders_AreRows_ANewAppInstanceWithItsWorkerSendsThem()
    {
        // This test runs on the real clock: the new instance has no fake one.
        var realNow = DateTime.UtcNow;
        var webinar = await CalendarTestData.EventAsync(App, realNow.AddMinutes(40), "Після перезапуску");
        var people = new[] { await PersonAsync("restart1"), await PersonAsync("restart2") };
        foreach (var (userId, _) in people)
        {
            await CalendarTestData.RegisterAsync(App, webinar.Id, userId, RegistrationStatus.Confirmed, realNow);
            await App.WithDbAsync(async db =>
            {
                db.Add(new ReminderJob(webinar.Id, userId, ReminderKind.EmailHourBefore, realNow.AddMinutes(-1)));
                return await db.SaveChangesAsync();
            });
        }

        var configuration = App.Services.GetRequiredService<IConfiguration>();
        var outbox = Path.Combine(App.DataDirectory, "outbox-restarted");
        var overrides = new Dictionary<string, string?>
        {
            ["Lounb:Webinars:ReminderIntervalSeconds"] = "1",
            ["Lounb:Email:OutboxDirectory"] = outbox,
        };
        if (App.Database == TestDatabase.Postgres)
        {
            overrides["ConnectionStrings:Postgres"] = configuration.GetConnectionString("Postgres");
        }
        else
        {
            overrides["Lounb:Database:DataDirectory"] = App.DataDirectory;
        }

        using (var restarted = new LounbAppFactory(App.Database, overrides))
        {
            _ = restarted.Services;
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && !await AllSentAsync(webinar.Id))
            {
                await Task.Delay(200);
            }
        }

        Assert.True(await AllSentAsync(webinar.Id), "The new instance's worker did not send the reminders.");
        var letters = Directory.GetFiles(outbox, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        foreach (var (_, email) in people)
        {
            var letter = Assert.Single(letters, l => l.To.Mailboxes.Any(b => b.Address == email));
            Assert.Equal("Через годину: «Після перезапуску» о " + TimeZoneInfo.ConvertTimeFromUtc(webinar.StartsAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv")).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), letter.Subject);
        }
    }

    /// <summary>Every reminder of the event handed to the mail queue, and the queue's letters about it sent.</summary>
    private Task<bool> AllSentAsync(Guid eventId) =>
        App.WithDbAsync(async db => await db.Set<ReminderJob>().Where(j => j.EventId == eventId).AllAsync(j => j.SentAt != null)
            && !await MailDispatcher.Unsent(db).AnyAsync(m => m.Subject.Contains("Після перезапуску")));
}

public sealed class SqliteWebinarReminderTests(SqliteWebinarRemindersApp app) : WebinarReminderTests(app), IClassFixture<SqliteWebinarRemindersApp>;

public sealed class PostgresWebinarReminderTests(PostgresWebinarRemindersApp app) : WebinarReminderTests(app), IClassFixture<PostgresWebinarRemindersApp>;
