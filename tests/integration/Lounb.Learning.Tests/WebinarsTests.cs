using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>Webinars: a methodologist schedules events and series, people register (seats, waiting list, approval, cohort), attendance is computed once and counts.</summary>
public abstract partial class WebinarsTests(LounbAppFactory app)
{
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

    protected LounbAppFactory App { get; } = app;

    private static DateOnly FirstWednesday(DateOnly from) => Enumerable.Range(0, 7).Select(from.AddDays).First(d => d.DayOfWeek == DayOfWeek.Wednesday);

    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    private static List<KeyValuePair<string, string>> EventFields(string title, DateOnly date, string time = "18:00", string? oblast = "UA-09", int? capacity = null, string mode = "Open") =>
    [
        new("Title", title), new("Kind", "Webinar"), new("Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new("Time", time), new("DurationMinutes", "90"),
        new("OblastCode", oblast ?? ""), new("RegistrationMode", mode), new("Capacity", capacity?.ToString(CultureInfo.InvariantCulture) ?? ""), new("RoomKind", "ExternalLink"),
        new("ExternalUrl", "https://meet.example.org/abc"), new("Speakers", "metodyst@lounb.demo\nГостя Гостьова"), new("Moderators", "trener@lounb.demo"),
    ];

    private async Task<BrowserSession> StaffAsync(string email = "metodyst@lounb.demo")
    {
        var staff = new BrowserSession(App);
        await staff.SignInAsync(email);
        return staff;
    }

    private async Task<(HttpResponseMessage Response, List<WebinarEvent> Events)> ScheduleAsync(BrowserSession staff, List<KeyValuePair<string, string>> fields)
    {
        var response = await staff.SubmitAsync("/admin/webinars/new", "/admin/webinars/new", fields);
        var title = fields.First(f => f.Key == "Title").Value;
        var events = await App.WithDbAsync(db => db.Set<WebinarEvent>().AsNoTracking().Include(e => e.Hosts).Where(e => e.Title == title).OrderBy(e => e.StartsAt).ToListAsync());
        return (response, events);
    }

    private async Task<WebinarEvent> OneEventAsync(int? capacity = null, string mode = "Open")
    {
        using var staff = await StaffAsync();
        var (response, events) = await ScheduleAsync(staff, EventFields(Unique("Вебінар"), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7), capacity: capacity, mode: mode));
        response.Dispose();
        return Assert.Single(events);
    }

    private async Task<(BrowserSession Session, Guid UserId)> PersonAsync()
    {
        var email = $"slukhach.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        var session = new BrowserSession(App);
        await session.SignInAsync(email);
        return (session, userId);
    }

    private static async Task<HttpResponseMessage> RegisterAsync(BrowserSession person, Guid eventId, bool wholeSeries = false) =>
        await person.SubmitAsync($"/webinars/{eventId}", $"/webinars/{eventId}/register", wholeSeries ? [new("wholeSeries", "true")] : []);

    private Task<RegistrationStatus?> StatusAsync(Guid eventId, Guid userId) =>
        App.WithDbAsync(db => db.Set<Registration>().Where(r => r.EventId == eventId && r.UserId == userId).Select(r => (RegistrationStatus?)r.Status).FirstOrDefaultAsync());

    [Fact]
    public async Task Series_FirstWednesdayMonthly_GivesOneMeetingPerMonth_AtSixInKyiv_AcrossTheClockChange()
    {
        using var staff = await StaffAsync();
        var year = DateTime.UtcNow.Year + 1;
        var fields = EventFields(Unique("Бібліотечна школа"), new DateOnly(year, 1, 1));
        fields.AddRange([new("Repeat", "true"), new("Frequency", "Monthly"), new("Interval", "1"), new("MonthlyOrdinal", "1"), new("MonthlyWeekday", "Wednesday"), new("Count", "6")]);
        var (response, events) = await ScheduleAsync(staff, fields);
        using (response)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(6, events.Count);
        foreach (var meeting in events)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(meeting.StartsAt, Kyiv);
            Assert.Equal(DayOfWeek.Wednesday, local.DayOfWeek);
            Assert.InRange(local.Day, 1, 7);
            Assert.Equal(18, local.Hour);
            Assert.Equal(Kyiv.IsDaylightSavingTime(local) ? 15 : 16, meeting.StartsAt.Hour);
        }

        Assert.Equal(events.Select(e => e.StartsAt.Month), Enumerable.Range(1, 6));
        Assert.Single(events.Select(e => e.SeriesId).Distinct());
        Assert.Single(events.Select(e => e.Uid).Distinct());
        Assert.All(events, e => Assert.Equal(e.StartsAt, e.OriginalStartsAt));
        Assert.All(events, e => Assert.Contains(e.Hosts, h => h.DisplayName == "Гостя Гостьова" && h.UserId == null));
        var series = await App.WithDbAsync(db => db.Set<WebinarSeries>().AsNoTracking().SingleAsync(s => s.Id == events[0].SeriesId));
        Assert.Equal("FREQ=MONTHLY;BYDAY=1WE;COUNT=6", series.RecurrenceRule);
        Assert.Contains("щомісяця: перша середа", await staff.GetHtmlAsync($"/admin/webinars/{events[0].Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduling_BadInput_IsRefusedInUkrainian_AndNothingIsSaved()
    {
        using var staff = await StaffAsync();
        var nextYear = new DateOnly(DateTime.UtcNow.Year + 1, 3, 1);
        var cases = new List<(List<KeyValuePair<string, string>> Fields, string Message)>
        {
            (EventFields(Unique("Серія без днів"), nextYear).Concat([new("Repeat", "true"), new("Frequency", "Weekly"), new("Count", "3")]).ToList(), "Оберіть хоча б один день тижня"),
            (EventFields(Unique("Серія без дат"), nextYear).Concat([new("Repeat", "true"), new("Frequency", "Monthly"), new("MonthlyOrdinal", "1"), new("MonthlyWeekday", "Wednesday"), new("EndsOn", FirstWednesday(nextYear).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]).ToList(), "не виходить жодної дати"),
            (EventFields(Unique("Минуле"), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)), "вже минув"),
            (EventFields("Ой", nextYear), "Назва — від 3"),
            (EventFields(Unique("Чужий спікер"), nextYear).Select(f => f.Key == "Moderators" ? new KeyValuePair<string, string>("Moderators", "nobody@example.org") : f).ToList(), "nobody@example.org"),
        };
        foreach (var (fields, message) in cases)
        {
            var (response, events) = await ScheduleAsync(staff, fields);
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {response.Headers.Location} {Regex.Match(body, "validation-summary[^<]*<ul><li>[^<]*").Value}");
                Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.Empty(events);
        }

        // The spring-forward hour does not exist in Kyiv: 03:30 on the last Sunday of March.
        var lastSundayOfMarch = Enumerable.Range(25, 7).Select(d => new DateOnly(DateTime.UtcNow.Year + 1, 3, d)).Last(d => d.DayOfWeek == DayOfWeek.Sunday);
        var (gap, none) = await ScheduleAsync(staff, EventFields(Unique("Неіснуючий час"), lastSundayOfMarch, time: "03:30"));
        using (gap)
        {
            Assert.Contains("переводять годинник", await gap.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(none);

        using var regional = await StaffAsync("metodyst.cherkasy@lounb.demo");
        var (foreign, foreignEvents) = await ScheduleAsync(regional, EventFields(Unique("Чужа область"), nextYear, oblast: "UA-09"));
        using (foreign)
        {
            Assert.Contains("поза вашою областю", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(foreignEvents);
    }

    [Fact]
    public async Task Reschedule_IntoThePast_IsRefused_IntoTheFuture_RaisesTheSequence()
    {
        var webinar = await OneEventAsync();
        using var staff = await StaffAsync();
        var edit = EventFields(webinar.Title, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        using (var past = await staff.SubmitAsync($"/admin/webinars/{webinar.Id}/edit", $"/admin/webinars/{webinar.Id}/edit", edit))
        {
            Assert.Contains("вже минув", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var unchanged = await App.WithDbAsync(db => db.Set<WebinarEvent>().AsNoTracking().SingleAsync(e => e.Id == webinar.Id));
        Assert.Equal(webinar.StartsAt, unchanged.StartsAt);
        Assert.Equal(webinar.Sequence, unchanged.Sequence);

        var later = EventFields(webinar.Title, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(9), time: "10:30");
        using (var moved = await staff.SubmitAsync($"/admin/webinars/{webinar.Id}/edit", $"/admin/webinars/{webinar.Id}/edit", later))
        {
            Assert.True(moved.StatusCode == HttpStatusCode.Redirect, Regex.Match(await moved.Content.ReadAsStringAsync(), "validation-summary[^<]*<ul><li>[^<]*").Value);
        }

        var rescheduled = await App.WithDbAsync(db => db.Set<WebinarEvent>().AsNoTracking().SingleAsync(e => e.Id == webinar.Id));
        Assert.Equal(10, TimeZoneInfo.ConvertTimeFromUtc(rescheduled.StartsAt, Kyiv).Hour);
        Assert.True(rescheduled.Sequence > webinar.Sequence);
        Assert.Equal(webinar.Uid, rescheduled.Uid);
    }

    [Fact]
    public async Task Registration_LastSeat_WaitingList_CancellationPromotesTheNextAndWritesToThem()
    {
        var webinar = await OneEventAsync(capacity: 1);
        var (first, firstId) = await PersonAsync();
        var (second, secondId) = await PersonAsync();
        using var _ = first;
        using var __ = second;
        using (await RegisterAsync(first, webinar.Id))
        {
        }

        using (await RegisterAsync(second, webinar.Id))
        {
        }

        Assert.Equal(RegistrationStatus.Confirmed, await StatusAsync(webinar.Id, firstId));
        Assert.Equal(RegistrationStatus.Waitlisted, await StatusAsync(webinar.Id, secondId));
        Assert.Contains("ваше місце в черзі: 1", await second.GetHtmlAsync($"/webinars/{webinar.Id}"), StringComparison.Ordinal);

        using (await first.SubmitAsync($"/webinars/{webinar.Id}", $"/webinars/{webinar.Id}/cancel-registration", []))
        {
        }

        Assert.Equal(RegistrationStatus.Cancelled, await StatusAsync(webinar.Id, firstId));
        Assert.Equal(RegistrationStatus.Confirmed, await StatusAsync(webinar.Id, secondId));
        var seats = await App.WithDbAsync(db => db.Set<WebinarEvent>().Where(e => e.Id == webinar.Id).Select(e => e.SeatsTaken).SingleAsync());
        Assert.Equal(1, seats);
    }

    [Fact]
    public async Task Registration_TwentyPeopleAtOnceForFiveSeats_FiveConfirmed_FifteenWaiting()
    {
        var webinar = await OneEventAsync(capacity: 5);
        var people = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            people.Add(await App.CreatePersonAsync($"rush.{Guid.NewGuid():N}@example.org"));
        }

        await Task.WhenAll(people.Select(async userId =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<RegistrationService>().RegisterAsync(webinar.Id, userId, default);
            Assert.True(result.IsSuccess, result.Error?.Message);
        }));

        var statuses = await App.WithDbAsync(db => db.Set<Registration>().Where(r => r.EventId == webinar.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal(5, statuses.Count(s => s == RegistrationStatus.Confirmed));
        Assert.Equal(15, statuses.Count(s => s == RegistrationStatus.Waitlisted));
        Assert.Equal(5, await App.WithDbAsync(db => db.Set<WebinarEvent>().Where(e => e.Id == webinar.Id).Select(e => e.SeatsTaken).SingleAsync()));
    }

    [Fact]
    public async Task Registration_ByApproval_WaitsForTheModerator_Cohort_OnlyForTheRunsLearners()
    {
        var webinar = await OneEventAsync(mode: "Approval");
        var (person, userId) = await PersonAsync();
        using var _ = person;
        using (await RegisterAsync(person, webinar.Id))
        {
        }

        Assert.Equal(RegistrationStatus.Pending, await StatusAsync(webinar.Id, userId));
        var registrationId = await App.WithDbAsync(db => db.Set<Registration>().Where(r => r.EventId == webinar.Id && r.UserId == userId).Select(r => r.Id).SingleAsync());
        using (var stranger = await StaffAsync("metodyst.cherkasy@lounb.demo"))
        {
            using var refused = await stranger.GetAsync($"/admin/webinars/{webinar.Id}");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using var staff = await StaffAsync();
        using (await staff.SubmitAsync($"/admin/webinars/{webinar.Id}", $"/admin/webinars/registrations/{registrationId}/approve", [new("eventId", webinar.Id.ToString())]))
        {
        }

        Assert.Equal(RegistrationStatus.Confirmed, await StatusAsync(webinar.Id, userId));
        Assert.NotNull(await person.LatestLetterToAsync(await App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync())));

        var authoring = new CourseAuthoringClient(staff);
        var (_, runId, _, _) = await authoring.CreatePublishedAsync(Unique("Курс із заняттями"));
        var fields = EventFields(Unique("Заняття набору"), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(4), mode: "Cohort");
        fields.Add(new("CourseRunId", runId.ToString()));
        var (created, events) = await ScheduleAsync(staff, fields);
        created.Dispose();
        var lesson = Assert.Single(events);
        var outsiderPage = await person.GetHtmlAsync($"/webinars/{lesson.Id}");
        Assert.Contains("лише для слухачів", outsiderPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/webinars/{lesson.Id}/register\"", outsiderPage, StringComparison.Ordinal);
        using (var forged = await person.PostAsync($"/webinars/{lesson.Id}/register", [new("__RequestVerificationToken", BrowserSession.AntiforgeryToken(outsiderPage))]))
        {
            // Not in the cohort is a refusal no button on the page offers: the 403 page (ErrorResponses.BackTo), not a message.
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        Assert.Null(await StatusAsync(lesson.Id, userId));
    }

    [Fact]
    public async Task Cancellation_ShowsTheReason_AndClosesRegistration()
    {
        var webinar = await OneEventAsync();
        using var staff = await StaffAsync();
        using (await staff.SubmitAsync($"/admin/webinars/{webinar.Id}", $"/admin/webinars/{webinar.Id}/cancel", [new("reason", "")]))
        {
        }

        Assert.Equal(EventStatus.Scheduled, await App.WithDbAsync(db => db.Set<WebinarEvent>().Where(e => e.Id == webinar.Id).Select(e => e.Status).SingleAsync()));
        using (await staff.SubmitAsync($"/admin/webinars/{webinar.Id}", $"/admin/webinars/{webinar.Id}/cancel", [new("reason", "Спікерка захворіла")]))
        {
        }

        var (person, userId) = await PersonAsync();
        using var _ = person;
        var page = await person.GetHtmlAsync($"/webinars/{webinar.Id}");
        Assert.Contains("Подію скасовано", page, StringComparison.Ordinal);
        Assert.Contains("Спікерка захворіла", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/webinars/{webinar.Id}/register\"", page, StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        var refused = await scope.ServiceProvider.GetRequiredService<RegistrationService>().RegisterAsync(webinar.Id, userId, default);
        Assert.Equal("Подію скасовано.", refused.Error?.Message);
    }
}

public sealed class SqliteWebinarsTests(SqliteApp app) : WebinarsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresWebinarsTests(PostgresApp app) : WebinarsTests(app), IClassFixture<PostgresApp>;
