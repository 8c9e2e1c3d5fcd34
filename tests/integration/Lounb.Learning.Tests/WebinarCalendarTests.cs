using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests;

/// <summary>Calendars: an event's .ics, the personal feed by secret token, the public feed, the settings page and Telegram linking.</summary>
public abstract partial class WebinarCalendarTests(WebinarRemindersApp app)
{
    protected WebinarRemindersApp App { get; } = app;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    private async Task<(BrowserSession Session, Guid UserId, string Email)> PersonAsync(string prefix)
    {
        var email = $"{prefix}.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        var session = new BrowserSession(App);
        await session.SignInAsync(email);
        return (session, userId, email);
    }

    private static string FeedPath(string settingsPage)
    {
        var match = PersonalFeedAddress().Match(settingsPage);
        Assert.True(match.Success, "The settings page shows no personal feed address.");
        return match.Groups[1].Value;
    }

    private async Task<(HttpResponseMessage Response, string Body)> FetchAsync(string path, string? ifNoneMatch = null)
    {
        using var anonymous = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        var response = await anonymous.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static List<IReadOnlyList<string>> Events(string ics)
    {
        var events = new List<IReadOnlyList<string>>();
        List<string>? current = null;
        foreach (var line in ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n"))
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT" && current is not null)
            {
                events.Add(current);
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        return events;
    }

    private static IReadOnlyList<string> WithUid(string ics, string uid) =>
        Assert.Single(Events(ics), e => e.Contains($"UID:{uid}"));

    private static string Value(IReadOnlyList<string> vevent, string name) =>
        Assert.Single(vevent, l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));

    [Fact]
    public async Task SettingsPage_MakesAFeedAddress_TheFeedNeedsNoCookie_ANewAddressMakesTheOldOne404()
    {
        var (person, userId, _) = await PersonAsync("feed");
        using var _ = person;
        var webinar = await CalendarTestData.EventAsync(App, Now.AddDays(5));
        await CalendarTestData.RegisterAsync(App, webinar.Id, userId, RegistrationStatus.Confirmed, Now);

        var page = await person.GetHtmlAsync("/my/calendar");
        var feed = FeedPath(page);
        Assert.Equal(feed, FeedPath(await person.GetHtmlAsync("/my/calendar")));
        Assert.Contains($"webcal://learn.test{feed}", page, StringComparison.Ordinal);
        Assert.Contains("https://learn.test/calendar/public.ics", page, StringComparison.Ordinal);
        Assert.Contains("Google Календар", page, StringComparison.Ordinal);
        Assert.Contains("Outlook", page, StringComparison.Ordinal);
        Assert.Matches("^/calendar/[A-Za-z0-9_-]{43}\\.ics$", feed);

        var (response, body) = await FetchAsync(feed);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.Contains("private", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.Contains($"UID:{webinar.Uid}", body, StringComparison.Ordinal);
        }

        using (var regenerated = await person.SubmitAsync("/my/calendar", "/my/calendar/regenerate", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, regenerated.StatusCode);
        }

        var newPage = await person.GetHtmlAsync("/my/calendar");
        Assert.Contains("Створено нове посилання", newPage, StringComparison.Ordinal);
        var newFeed = FeedPath(newPage);
        Assert.NotEqual(feed, newFeed);
        var (old, _) = await FetchAsync(feed);
        using (old)
        {
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        }

        var (fresh, freshBody) = await FetchAsync(newFeed);
        using (fresh)
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
            Assert.Contains($"UID:{webinar.Uid}", freshBody, StringComparison.Ordinal);
        }

        using var stranger = new BrowserSession(App);
        using var signIn = await stranger.GetAsync("/my/calendar");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("/account/login", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalFeed_HasActiveRegistrationsAndHostedEvents_PendingTentative_CancelledEventsCancelled_CancelledRegistrationsGone()
    {
        var (person, userId, _) = await PersonAsync("mine");
        using var _ = person;
        var confirmed = await CalendarTestData.EventAsync(App, Now.AddDays(3), "Підтверджений вебінар");
        var waitlisted = await CalendarTestData.EventAsync(App, Now.AddDays(4), "Черга на вебінар");
        var pending = await CalendarTestData.EventAsync(App, Now.AddDays(4), "Заявка чекає", RegistrationMode.Approval);
        var dropped = await CalendarTestData.EventAsync(App, Now.AddDays(5), "Скасована реєстрація");
        var hosted = await CalendarTestData.EventAsync(App, Now.AddDays(6), "Я веду");
        var called = await CalendarTestData.EventAsync(App, Now.AddDays(7), "Скасований вебінар");
        var other = await CalendarTestData.EventAsync(App, Now.AddDays(7), "Чужий вебінар");
        await CalendarTestData.RegisterAsync(App, confirmed.Id, userId, RegistrationStatus.Confirmed, Now);
        await CalendarTestData.RegisterAsync(App, waitlisted.Id, userId, RegistrationStatus.Waitlisted, Now);
        await CalendarTestData.RegisterAsync(App, pending.Id, userId, RegistrationStatus.Pending, Now);
        await CalendarTestData.RegisterAsync(App, dropped.Id, userId, RegistrationStatus.Confirmed, Now);
        await CalendarTestData.SetRegistrationAsync(App, dropped.Id, userId, RegistrationStatus.Cancelled, Now);
        await CalendarTestData.HostAsync(App, hosted.Id, userId);
        await CalendarTestData.RegisterAsync(App, called.Id, userId, RegistrationStatus.Confirmed, Now);
        await CalendarTestData.ChangeEventAsync(App, called.Id, e => e.Cancel("Спікерка захворіла", Now));

        var (response, ics) = await FetchAsync(FeedPath(await person.GetHtmlAsync("/my/calendar")));
        response.Dispose();

        Assert.Equal(5, Events(ics).Count);
        Assert.Equal("STATUS:CONFIRMED", Value(WithUid(ics, confirmed.Uid), "STATUS"));
        Assert.Equal("STATUS:TENTATIVE", Value(WithUid(ics, waitlisted.Uid), "STATUS"));
        Assert.Equal("STATUS:TENTATIVE", Value(WithUid(ics, pending.Uid), "STATUS"));
        Assert.Equal("STATUS:CONFIRMED", Value(WithUid(ics, hosted.Uid), "STATUS"));
        var cancelled = WithUid(ics, called.Uid);
        Assert.Equal("STATUS:CANCELLED", Value(cancelled, "STATUS"));
        Assert.Equal("SEQUENCE:1", Value(cancelled, "SEQUENCE"));
        Assert.DoesNotContain(dropped.Uid, ics, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Uid, ics, StringComparison.Ordinal);
        Assert.Equal($"URL:https://learn.test/webinars/{confirmed.Id}", Value(WithUid(ics, confirmed.Uid), "URL"));
        Assert.Contains("X-WR-CALNAME:Мої вебінари й заняття", ics, StringComparison.Ordinal);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("METHOD:", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalFeed_SomeOccurrencesOfASeries_EachAStandaloneMeetingWithTheUidAndSequenceOfItsFile_AlsoAfterAMove()
    {
        var (person, userId, _) = await PersonAsync("series");
        using var _ = person;
        var first = Now.Date.AddDays(10).AddHours(16);
        var (series, occurrences) = await CalendarTestData.SeriesAsync(App, "FREQ=WEEKLY;COUNT=4", first, [first, first.AddDays(7), first.AddDays(14), first.AddDays(21)]);
        await CalendarTestData.RegisterAsync(App, occurrences[1].Id, userId, RegistrationStatus.Confirmed, Now);
        await CalendarTestData.RegisterAsync(App, occurrences[3].Id, userId, RegistrationStatus.Confirmed, Now);
        var feed = FeedPath(await person.GetHtmlAsync("/my/calendar"));
        var domain = series.Uid[series.Uid.IndexOf('@', StringComparison.Ordinal)..];

        var (response, ics) = await FetchAsync(feed);
        response.Dispose();
        await CalendarTestData.ChangeEventAsync(App, occurrences[3].Id, e => e.Reschedule(e.StartsAt.AddHours(1), 90, Now));
        var (movedResponse, moved) = await FetchAsync(feed);
        movedResponse.Dispose();

        var entries = Events(ics);
        Assert.Equal(
            [$"UID:webinar-{occurrences[1].Id:N}{domain}", $"UID:webinar-{occurrences[3].Id:N}{domain}"],
            entries.Select(e => Value(e, "UID")));
        Assert.DoesNotContain(ics, $"UID:{series.Uid}", StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain(e, l => l.StartsWith("RRULE", StringComparison.Ordinal) || l.StartsWith("RECURRENCE-ID", StringComparison.Ordinal)));
        Assert.Equal([Kyiv("DTSTART", first.AddDays(7)), Kyiv("DTSTART", first.AddDays(21))], entries.Select(e => Value(e, "DTSTART")));
        var after = WithUid(moved, $"webinar-{occurrences[3].Id:N}{domain}");
        Assert.Equal([Kyiv("DTSTART", first.AddDays(21).AddHours(1)), "SEQUENCE:1"], [Value(after, "DTSTART"), Value(after, "SEQUENCE")]);
        Assert.Equal(2, Events(moved).Count);
        foreach (var occurrence in new[] { occurrences[1], occurrences[3] })
        {
            var (fileResponse, file) = await FetchAsync($"/webinars/{occurrence.Id}.ics");
            fileResponse.Dispose();
            var vevent = Assert.Single(Events(file));
            var inFeed = WithUid(moved, $"webinar-{occurrence.Id:N}{domain}");
            Assert.Equal([Value(inFeed, "UID"), Value(inFeed, "SEQUENCE"), Value(inFeed, "DTSTART")], [Value(vevent, "UID"), Value(vevent, "SEQUENCE"), Value(vevent, "DTSTART")]);
        }
    }

    [Fact]
    public async Task Feeds_UnchangedAnswer304_AChangeRaisesSequenceKeepsTheUidAndChangesTheETag()
    {
        var (person, userId, _) = await PersonAsync("etag");
        using var _ = person;
        var webinar = await CalendarTestData.EventAsync(App, Now.AddDays(3));
        await CalendarTestData.RegisterAsync(App, webinar.Id, userId, RegistrationStatus.Confirmed, Now);
        var feed = FeedPath(await person.GetHtmlAsync("/my/calendar"));

        var (first, before) = await FetchAsync(feed);
        var etag = first.Headers.ETag?.ToString();
        first.Dispose();
        Assert.NotNull(etag);
        var (again, _) = await FetchAsync(feed, etag);
        using (again)
        {
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        }

        await CalendarTestData.ChangeEventAsync(App, webinar.Id, e => e.Reschedule(e.StartsAt.AddHours(2), 90, Now));
        var (changed, after) = await FetchAsync(feed, etag);
        using (changed)
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.NotEqual(etag, changed.Headers.ETag?.ToString());
        }

        Assert.Equal("SEQUENCE:0", Value(WithUid(before, webinar.Uid), "SEQUENCE"));
        Assert.Equal("SEQUENCE:1", Value(WithUid(after, webinar.Uid), "SEQUENCE"));
        Assert.Equal(Kyiv("DTSTART", webinar.StartsAt.AddHours(2)), Value(WithUid(after, webinar.Uid), "DTSTART"));
    }

    [Fact]
    public async Task PublicFeed_OpenEventsFromAMonthAgo_SeriesAsRuleWithCancelledAndMovedOccurrences()
    {
        var open = await CalendarTestData.EventAsync(App, Now.AddDays(2), "Відкритий вебінар");
        var recent = await CalendarTestData.EventAsync(App, Now.AddDays(-20), "Нещодавній вебінар");
        var old = await CalendarTestData.EventAsync(App, Now.AddDays(-40), "Давній вебінар");
        var approval = await CalendarTestData.EventAsync(App, Now.AddDays(2), "За схваленням", RegistrationMode.Approval);
        var cohort = await CalendarTestData.EventAsync(App, Now.AddDays(2), "Заняття набору", RegistrationMode.Cohort, Guid.NewGuid());
        var called = await CalendarTestData.EventAsync(App, Now.AddDays(3), "Скасований відкритий");
        await CalendarTestData.ChangeEventAsync(App, called.Id, e => e.Cancel("Перенесено на весну", Now));
        var first = Now.Date.AddDays(7).AddHours(15);
        var (series, occurrences) = await CalendarTestData.SeriesAsync(App, "FREQ=WEEKLY;COUNT=3", first, [first, first.AddDays(7), first.AddDays(14)]);
        await CalendarTestData.ChangeEventAsync(App, occurrences[1].Id, e => e.Cancel("Свято", Now));
        await CalendarTestData.ChangeEventAsync(App, occurrences[2].Id, e => e.Reschedule(first.AddDays(15), 90, Now));

        var (response, ics) = await FetchAsync("/calendar/public.ics");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("public", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains($"UID:{open.Uid}", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{recent.Uid}", ics, StringComparison.Ordinal);
        Assert.DoesNotContain(old.Uid, ics, StringComparison.Ordinal);
        Assert.DoesNotContain(approval.Uid, ics, StringComparison.Ordinal);
        Assert.DoesNotContain(cohort.Uid, ics, StringComparison.Ordinal);
        Assert.Equal("STATUS:CANCELLED", Value(WithUid(ics, called.Uid), "STATUS"));
        Assert.Contains("X-WR-CALNAME:Відкриті вебінари", ics, StringComparison.Ordinal);

        var ofSeries = Events(ics).Where(e => e.Contains($"UID:{series.Uid}")).ToList();
        Assert.Equal(3, ofSeries.Count);
        var master = Assert.Single(ofSeries, e => e.Any(l => l.StartsWith("RRULE:", StringComparison.Ordinal)));
        Assert.Equal("RRULE:FREQ=WEEKLY;COUNT=3", Value(master, "RRULE"));
        Assert.Equal(Kyiv("DTSTART", first), Value(master, "DTSTART"));
        var cancelledOccurrence = Assert.Single(ofSeries, e => e.Contains(Kyiv("RECURRENCE-ID", first.AddDays(7))));
        Assert.Equal("STATUS:CANCELLED", Value(cancelledOccurrence, "STATUS"));
        var moved = Assert.Single(ofSeries, e => e.Contains(Kyiv("RECURRENCE-ID", first.AddDays(14))));
        Assert.Equal(Kyiv("DTSTART", first.AddDays(15)), Value(moved, "DTSTART"));
        Assert.Equal("SEQUENCE:1", Value(moved, "SEQUENCE"));
    }

    [Fact]
    public async Task EventIcs_LikeItsPage_TentativeForAWaitlistedPerson_CancelledStillServed_OccurrenceStandaloneUnderItsOwnUid()
    {
        var open = await CalendarTestData.EventAsync(App, Now.AddDays(2), "Відкритий вебінар");
        var cohort = await CalendarTestData.EventAsync(App, Now.AddDays(2), "Заняття набору", RegistrationMode.Cohort, Guid.NewGuid());
        var first = Now.Date.AddDays(20).AddHours(15);
        var (series, occurrences) = await CalendarTestData.SeriesAsync(App, "FREQ=WEEKLY;COUNT=2", first, [first, first.AddDays(7)]);

        var (response, ics) = await FetchAsync($"/webinars/{open.Id}.ics");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        }

        var vevent = Assert.Single(Events(ics));
        Assert.Equal($"UID:{open.Uid}", Value(vevent, "UID"));
        Assert.Equal(Kyiv("DTSTART", open.StartsAt), Value(vevent, "DTSTART"));

        // Served like the event's page (which shows every event); the join link in it leads to a room that checks who enters.
        var (cohortIcs, _) = await FetchAsync($"/webinars/{cohort.Id}.ics");
        using (cohortIcs)
        {
            Assert.Equal(HttpStatusCode.OK, cohortIcs.StatusCode);
        }

        var (learner, userId, _) = await PersonAsync("waiting");
        using (learner)
        {
            await CalendarTestData.RegisterAsync(App, cohort.Id, userId, RegistrationStatus.Waitlisted, Now);
            Assert.Equal("STATUS:TENTATIVE", Value(Assert.Single(Events(await learner.GetHtmlAsync($"/webinars/{cohort.Id}.ics"))), "STATUS"));
        }

        await CalendarTestData.ChangeEventAsync(App, open.Id, e => e.Cancel("Негода", Now));
        var (cancelled, cancelledIcs) = await FetchAsync($"/webinars/{open.Id}.ics");
        cancelled.Dispose();
        Assert.Equal("STATUS:CANCELLED", Value(Assert.Single(Events(cancelledIcs)), "STATUS"));

        var (occurrence, occurrenceIcs) = await FetchAsync($"/webinars/{occurrences[1].Id}.ics");
        occurrence.Dispose();
        var one = Assert.Single(Events(occurrenceIcs));
        Assert.Equal($"UID:webinar-{occurrences[1].Id:N}{series.Uid[series.Uid.IndexOf('@', StringComparison.Ordinal)..]}", Value(one, "UID"));
        Assert.Equal(Kyiv("DTSTART", first.AddDays(7)), Value(one, "DTSTART"));
        Assert.DoesNotContain(one, l => l.StartsWith("RECURRENCE-ID", StringComparison.Ordinal) || l.StartsWith("RRULE", StringComparison.Ordinal));

        var (unknown, _) = await FetchAsync($"/webinars/{Guid.NewGuid()}.ics");
        using (unknown)
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        var (badToken, _) = await FetchAsync($"/calendar/{new string('A', 43)}.ics");
        using (badToken)
        {
            Assert.Equal(HttpStatusCode.NotFound, badToken.StatusCode);
        }
    }

    [Fact]
    public async Task Telegram_ConnectLinkWithACode_WebhookLinksTheChatOnce_WrongSecret404_DisconnectRemovesIt()
    {
        var (person, userId, _) = await PersonAsync("tg");
        using var _ = person;
        var webinar = await CalendarTestData.EventAsync(App, Now.AddDays(3));
        await CalendarTestData.RegisterAsync(App, webinar.Id, userId, RegistrationStatus.Confirmed, Now);

        var page = await person.GetHtmlAsync("/my/calendar");
        var connect = TelegramConnect().Match(page);
        Assert.True(connect.Success, "The page has no Telegram connect link.");
        Assert.Contains("Підключити Telegram", page, StringComparison.Ordinal);
        var code = connect.Groups[1].Value;
        var chatId = Random.Shared.NextInt64(1_000_000, 9_000_000_000);

        using (var wrong = await PostUpdateAsync("not-the-secret", chatId, $"/start {code}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }

        Assert.Null(await ChatOfAsync(userId));
        using (var linked = await PostUpdateAsync(WebinarRemindersApp.WebhookSecret, chatId, $"/start {code}"))
        {
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        }

        Assert.Equal(chatId, await ChatOfAsync(userId));
        Assert.Contains(App.Telegram.Sent, m => m.ChatId == chatId && m.Text.StartsWith("Готово", StringComparison.Ordinal));
        var kinds = await App.WithDbAsync(db => db.Set<ReminderJob>().Where(j => j.UserId == userId).Select(j => j.Kind).ToListAsync());
        Assert.Equal([ReminderKind.EmailDayBefore, ReminderKind.EmailHourBefore, ReminderKind.TelegramDayBefore, ReminderKind.TelegramHourBefore], kinds.Order());

        var otherChat = chatId + 1;
        using (await PostUpdateAsync(WebinarRemindersApp.WebhookSecret, otherChat, $"/start {code}"))
        {
        }

        Assert.Equal(chatId, await ChatOfAsync(userId));
        Assert.Contains(App.Telegram.Sent, m => m.ChatId == otherChat && m.Text.StartsWith("Посилання застаріло", StringComparison.Ordinal));

        var linkedPage = await person.GetHtmlAsync("/my/calendar");
        Assert.Contains("Відключити Telegram", linkedPage, StringComparison.Ordinal);
        using (var off = await person.SubmitAsync("/my/calendar", "/my/calendar/telegram/disconnect", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        }

        Assert.False(await App.WithDbAsync(db => db.Set<TelegramLink>().AnyAsync(l => l.UserId == userId)));
        Assert.DoesNotContain(
            await App.WithDbAsync(db => db.Set<ReminderJob>().Where(j => j.UserId == userId).Select(j => j.Kind).ToListAsync()),
            k => k is ReminderKind.TelegramDayBefore or ReminderKind.TelegramHourBefore);
        Assert.Contains("Підключити Telegram", await person.GetHtmlAsync("/my/calendar"), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostUpdateAsync(string secret, long chatId, string text)
    {
        using var client = App.CreateClient();
        var update = $$$"""{"update_id":1,"message":{"message_id":7,"date":1767801600,"chat":{"id":{{{chatId}}},"type":"private"},"text":"{{{text}}}"}}""";
        using var content = new StringContent(update, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri($"/hooks/telegram/{secret}", UriKind.Relative), content);
    }

    private Task<long?> ChatOfAsync(Guid userId) =>
        App.WithDbAsync(db => db.Set<TelegramLink>().Where(l => l.UserId == userId).Select(l => l.ChatId).FirstOrDefaultAsync());

    /// <summary>"NAME;TZID=Europe/Kyiv:yyyyMMddTHHmmss" for a UTC instant.</summary>
    private static string Kyiv(string name, DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv"));
        return $"{name};TZID=Europe/Kyiv:{local:yyyyMMdd'T'HHmmss}";
    }

    [GeneratedRegex("value=\"https://learn\\.test(/calendar/[A-Za-z0-9_-]+\\.ics)\"")]
    private static partial Regex PersonalFeedAddress();

    [GeneratedRegex("href=\"https://t\\.me/lounb_test_bot\\?start=([A-Za-z0-9_-]+)\"")]
    private static partial Regex TelegramConnect();
}

public sealed class SqliteWebinarCalendarTests(SqliteWebinarRemindersApp app) : WebinarCalendarTests(app), IClassFixture<SqliteWebinarRemindersApp>;

public sealed class PostgresWebinarCalendarTests(PostgresWebinarRemindersApp app) : WebinarCalendarTests(app), IClassFixture<PostgresWebinarRemindersApp>;

/// <summary>Without PublicBaseUrl and without a bot: addresses from the request; the page says Telegram is not configured.</summary>
public abstract class WebinarCalendarDefaultsTests(LounbAppFactory app)
{
    [Fact]
    public async Task SettingsPage_AddressesFromTheRequest_TelegramNotConfigured_WebhookAbsent()
    {
        var email = $"plain.{Guid.NewGuid():N}@example.org";
        await app.CreatePersonAsync(email);
        using var person = new BrowserSession(app);
        await person.SignInAsync(email);

        var page = await person.GetHtmlAsync("/my/calendar");

        Assert.Matches("value=\"http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics\"", page);
        Assert.Contains("value=\"webcal://localhost/calendar/", page, StringComparison.Ordinal);
        Assert.Contains("Сповіщення в Telegram на цьому сайті не налаштовані", page, StringComparison.Ordinal);
        Assert.DoesNotContain("t.me/", page, StringComparison.Ordinal);
        using var client = app.CreateClient();
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var hook = await client.PostAsync(new Uri("/hooks/telegram/anything", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.NotFound, hook.StatusCode);
    }
}

public sealed class SqliteWebinarCalendarDefaultsTests(SqliteApp app) : WebinarCalendarDefaultsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresWebinarCalendarDefaultsTests(PostgresApp app) : WebinarCalendarDefaultsTests(app), IClassFixture<PostgresApp>;
