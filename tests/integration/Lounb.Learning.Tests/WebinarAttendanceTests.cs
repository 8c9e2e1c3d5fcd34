using System.Net;
using System.Text.RegularExpressions;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Attendance on a clock the test moves: who keeps the sheet (the event's moderators and oblast staff, not a speaker),
/// check-ins only once the room opens, and the report (course lesson, participation certificate) only after the end, once.
/// </summary>
public abstract class WebinarAttendanceTests(WebinarRemindersApp app)
{
    protected WebinarRemindersApp App { get; } = app;

    private DateTime Now => App.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A 90-minute Luhansk (UA-09) webinar with one confirmed registrant.</summary>
    private async Task<(WebinarEvent Webinar, Guid PersonId, string PersonName)> LuhanskEventAsync(DateTime startsAt)
    {
        var title = $"Вебінар {Guid.NewGuid():N}"[..20];
        var webinar = await CalendarTestData.EventAsync(App, startsAt, title);
        await App.WithDbAsync(db => db.Set<WebinarEvent>().Where(e => e.Id == webinar.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.OblastCode, "UA-09")));
        var email = $"uchasnyk.{Guid.NewGuid():N}@example.org";
        var personId = await App.CreatePersonAsync(email);
        await CalendarTestData.RegisterAsync(App, webinar.Id, personId, RegistrationStatus.Confirmed, Now);
        var name = await App.WithDbAsync(db => db.Users.Where(u => u.Id == personId).Select(u => u.FullName).SingleAsync());
        return (webinar, personId, name!);
    }

    private async Task<BrowserSession> StaffAsync(string email)
    {
        var staff = new BrowserSession(App);
        await staff.SignInAsync(email);
        return staff;
    }

    private Task<Guid> UserIdAsync(string email) => App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<int> HostAsync(Guid eventId, Guid userId, HostRole role) =>
        App.WithDbAsync(async db =>
        {
            await db.Set<EventHost>().Where(h => h.EventId == eventId && h.UserId == userId).ExecuteDeleteAsync();
            db.Add(new EventHost(eventId, userId, "Координаторка хабу", role));
            return await db.SaveChangesAsync();
        });

    private Task<AttendanceRecord?> RecordAsync(Guid eventId, Guid userId) =>
        App.WithDbAsync(db => db.Set<AttendanceRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId));

    private Task<List<Certificate>> CertificatesOfAsync(Guid holderId) =>
        App.WithDbAsync(db => db.Set<Certificate>().AsNoTracking().Where(c => c.HolderId == holderId).ToListAsync());

    /// <summary>One pass of one node's attendance report, in its own scope.</summary>
    private async Task<int> ReportEndedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AttendanceService>().ReportEndedAsync(default);
    }

    private static string Sheet(Guid eventId) => $"/admin/webinars/{eventId}/attendance";

    [Fact]
    public async Task Sheet_ASpeakerFromAnotherOblast_NeitherSeesNorChangesIt_AsTheEventsModeratorTheyDo()
    {
        var (webinar, personId, personName) = await LuhanskEventAsync(Now.AddMinutes(5));
        var coordinatorId = await UserIdAsync("koordynator@lounb.demo");
        await HostAsync(webinar.Id, coordinatorId, HostRole.Speaker);
        using var coordinator = await StaffAsync("koordynator@lounb.demo");

        using (var sheet = await coordinator.GetAsync(Sheet(webinar.Id)))
        {
            Assert.Equal(HttpStatusCode.NotFound, sheet.StatusCode);
        }

        var token = BrowserSession.AntiforgeryToken(await coordinator.GetHtmlAsync("/admin/webinars"));
        using (var checkIn = await coordinator.PostAsync($"{Sheet(webinar.Id)}/{personId}/check-in", [new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, checkIn.StatusCode);
        }

        using (var correction = await coordinator.PostAsync($"{Sheet(webinar.Id)}/{personId}", [new("__RequestVerificationToken", token), new("decision", "yes")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, correction.StatusCode);
        }

        Assert.Null(await RecordAsync(webinar.Id, personId));

        // The same person named the event's moderator keeps the sheet, although the event is outside their oblast.
        await HostAsync(webinar.Id, coordinatorId, HostRole.Moderator);
        var page = await coordinator.GetHtmlAsync(Sheet(webinar.Id));
        Assert.Contains(personName, page, StringComparison.Ordinal);
        using (await coordinator.SubmitAsync(Sheet(webinar.Id), $"{Sheet(webinar.Id)}/{personId}/check-in", []))
        {
        }

        Assert.Equal(true, (await RecordAsync(webinar.Id, personId))?.CorrectedAttended);
    }

    [Fact]
    public async Task CheckIn_BeforeTheRoomOpens_IsRefused_TheCertificateComesOnlyAfterTheEnd_Once()
    {
        var (webinar, personId, personName) = await LuhanskEventAsync(Now.AddDays(5));
        using var trainer = await StaffAsync("trener@lounb.demo");

        // Five days before: the registrants are listed, but nobody can be marked present.
        var early = await trainer.GetHtmlAsync(Sheet(webinar.Id));
        Assert.Contains(personName, early, StringComparison.Ordinal);
        Assert.Contains("коли відкриється кімната події", early, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Sheet(webinar.Id)}/{personId}/check-in", early, StringComparison.Ordinal);
        var token = BrowserSession.AntiforgeryToken(early);
        using (var checkIn = await trainer.PostAsync($"{Sheet(webinar.Id)}/{personId}/check-in", [new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, checkIn.StatusCode);
        }

        using (await trainer.PostAsync($"{Sheet(webinar.Id)}/{personId}", [new("__RequestVerificationToken", token), new("decision", "yes"), new("minutes", "90")]))
        {
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<AttendanceService>()
                .CorrectAsync(new AttendanceCorrection(webinar.Id, personId, true, null, null), await UserIdAsync("trener@lounb.demo"), default);
            Assert.StartsWith("Відмічати присутність і виправляти відвідування можна, коли відкриється кімната події:", refused.Error?.Message, StringComparison.Ordinal);
        }

        Assert.Null(await RecordAsync(webinar.Id, personId));
        Assert.False(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "webinars.attendance.corrected" && a.Target == $"event:{webinar.Id} user:{personId}")));

        // During the event: the check-in is taken and audited, but nothing is reported yet.
        App.Clock.Advance(webinar.StartsAt.AddMinutes(10) - Now);
        using (await trainer.SubmitAsync(Sheet(webinar.Id), $"{Sheet(webinar.Id)}/{personId}/check-in", []))
        {
        }

        Assert.Equal(true, (await RecordAsync(webinar.Id, personId))?.CorrectedAttended);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "webinars.attendance.corrected" && a.Target == $"event:{webinar.Id} user:{personId}")));
        await ReportEndedAsync();
        Assert.DoesNotContain(await App.EventsOfAsync<WebinarAttended>(), e => e.UserId == personId);
        Assert.Empty(await CertificatesOfAsync(personId));

        // After the end: two nodes report at once; one WebinarAttended, one participation certificate that verifies.
        App.Clock.Advance(webinar.EndsAt.AddMinutes(1) - Now);
        await Task.WhenAll(ReportEndedAsync(), ReportEndedAsync());
        await ReportEndedAsync();
        Assert.Single(await App.EventsOfAsync<WebinarAttended>(), e => e.UserId == personId && e.EventId == webinar.Id);
        var certificate = Assert.Single(await CertificatesOfAsync(personId));
        Assert.Equal(AchievementKind.WebinarAttendance, certificate.Kind);
        using var stranger = new BrowserSession(App);
        Assert.Contains("Сертифікат дійсний", await stranger.GetHtmlAsync($"/verify/{certificate.VerificationCode}"), StringComparison.Ordinal);

        // A correction after the end does not report again.
        using (await trainer.SubmitAsync(Sheet(webinar.Id), $"{Sheet(webinar.Id)}/{personId}", [new("decision", "yes"), new("minutes", "80")]))
        {
        }

        Assert.Single(await App.EventsOfAsync<WebinarAttended>(), e => e.UserId == personId && e.EventId == webinar.Id);
    }

    [Fact]
    public async Task Signals_LateTwiceAndOutOfOrder_CountOnce_ReportedAtTheEnd_AndCompleteTheCourseLesson()
    {
        var (webinar, _, _) = await LuhanskEventAsync(Now.AddHours(2));
        using var staff = await StaffAsync("metodyst@lounb.demo");
        var authoring = new CourseAuthoringClient(staff);
        var courseTitle = $"Курс з вебінаром {Guid.NewGuid():N}"[..26];
        var courseId = await authoring.CreateCourseAsync(courseTitle);
        var section = await authoring.AddSectionAsync(courseId, "Живі заняття");
        var lessonId = await authoring.AddLessonAsync(courseId, section, "Вебінар", kind: "live", reference: webinar.Id.ToString());
        await authoring.PublishCourseAsync(courseId);
        var runId = await authoring.CreateOpenRunAsync(courseId, capacity: null);
        var email = $"slukhach.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        using var learner = await StaffAsync(email);
        var slug = Regex.Match(await learner.GetHtmlAsync("/courses?q=" + Uri.EscapeDataString(courseTitle)), "href=\"/courses/([a-z0-9-]+)\"").Groups[1].Value;
        using (await learner.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/enrol", []))
        {
        }

        // 90 minutes scheduled; present 10 min, a reconnect, then 40 more: 50 ≥ 45 (half of the duration).
        AttendanceSignalInput Signal(string id, AttendanceSignalKind kind, int minute, string session = "RM_a") =>
            new(webinar.Id, userId, AttendanceSource.LiveKit, id, kind, session, webinar.StartsAt.AddMinutes(minute));
        async Task<SignalOutcome> RecordAsync(AttendanceSignalInput input)
        {
            await using var scope = App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AttendanceService>().RecordAsync(input, default);
        }

        App.Clock.Advance(webinar.StartsAt.AddMinutes(53) - Now);
        Assert.Equal(SignalOutcome.Recorded, await RecordAsync(Signal("EV_2", AttendanceSignalKind.Left, 10)));
        Assert.Equal(SignalOutcome.Recorded, await RecordAsync(Signal("EV_1", AttendanceSignalKind.Joined, 0)));
        Assert.Equal(SignalOutcome.Duplicate, await RecordAsync(Signal("EV_1", AttendanceSignalKind.Joined, 0)));
        await RecordAsync(Signal("EV_3", AttendanceSignalKind.Joined, 12));
        await RecordAsync(Signal("EV_4", AttendanceSignalKind.Left, 52));
        Assert.Equal(SignalOutcome.Duplicate, await RecordAsync(Signal("EV_4", AttendanceSignalKind.Left, 52)));

        var record = await App.WithDbAsync(db => db.Set<AttendanceRecord>().AsNoTracking().SingleAsync(r => r.EventId == webinar.Id && r.UserId == userId));
        Assert.Equal(50, record.Minutes);
        Assert.True(record.Attended);
        Assert.False(record.SelfReported);
        Assert.DoesNotContain(await App.EventsOfAsync<WebinarAttended>(), e => e.UserId == userId);

        // The first signal after the end (the room closing) reports it; the worker's pass after it does not again.
        App.Clock.Advance(webinar.EndsAt.AddMinutes(5) - Now);
        await RecordAsync(new(webinar.Id, null, AttendanceSource.LiveKit, "EV_5", AttendanceSignalKind.RoomFinished, "RM_a", Now));
        Assert.Single(await App.EventsOfAsync<WebinarAttended>(), e => e.UserId == userId);
        await ReportEndedAsync();
        var attended = Assert.Single(await App.EventsOfAsync<WebinarAttended>(), e => e.UserId == userId);
        Assert.Equal(webinar.Id, attended.EventId);
        Assert.Contains(await App.EventsOfAsync<CourseCompleted>(), e => e.UserId == userId && e.RunId == runId);
        Assert.Contains("Відвідано", await learner.GetHtmlAsync($"/learn/{runId}/lessons/{lessonId}"), StringComparison.Ordinal);
    }
}

public sealed class SqliteWebinarAttendanceTests(SqliteWebinarRemindersApp app) : WebinarAttendanceTests(app), IClassFixture<SqliteWebinarRemindersApp>;

public sealed class PostgresWebinarAttendanceTests(PostgresWebinarRemindersApp app) : WebinarAttendanceTests(app), IClassFixture<PostgresWebinarRemindersApp>;
