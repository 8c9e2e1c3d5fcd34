using System.Globalization;
using System.Net;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Hubs.Application.Reports;
using Lounb.Modules.Hubs.Contracts;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Hub activity reports through HTTP: a coordinator files, the current mentor returns and approves (the event goes
/// through the outbox), strangers get 404, bad input changes nothing; the dashboards and the export sum approved figures
/// only; a digest queues one letter per coordinator. Hubs, coordinators and mentors are arranged in the database.
/// </summary>
public abstract partial class HubReportsTests(LounbAppFactory app)
{
    private const string NationalMethodologist = "metodyst@lounb.demo";
    private const string LuhanskMethodologist = "metodyst.luhansk@lounb.demo";
    private const string CherkasyMethodologist = "metodyst.cherkasy@lounb.demo";
    private const string Cherkasy = "UA-71";

    private LounbAppFactory App { get; } = app;

    private static DateOnly KyivToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv")));

    private static ReportMonth LastMonth => ReportMonth.Of(KyivToday).Previous;

    private sealed record Person(Guid Id, string Email);

    private sealed record Setup(Hub Hub, Person Coordinator, Person? Mentor);

    private async Task<Person> PersonAsync(string role, string? oblast)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        var id = await App.CreatePersonAsync(email);
        await App.WithDbAsync(async db =>
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
            db.UserRoles.Add(new LounbUserRole { UserId = id, RoleId = roleId, ScopeOblastCode = oblast });
            return await db.SaveChangesAsync();
        });
        return new Person(id, email);
    }

    /// <summary>A hub of <paramref name="oblast"/> with a coordinator (since half a year) and, unless told otherwise, their mentor.</summary>
    private async Task<Setup> HubAsync(string oblast = "UA-09", bool mentored = true)
    {
        var coordinator = await PersonAsync(Roles.HubCoordinator, oblast);
        var mentor = mentored ? await PersonAsync(Roles.Mentor, oblast) : null;
        var hub = await App.WithDbAsync(async db =>
        {
            var libraryId = await db.Libraries.Where(l => l.OblastCode == oblast).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
            var created = new Hub(libraryId, oblast, $"Хаб цифрової освіти {Guid.NewGuid():N}"[..36], HubStatus.Active);
            db.Add(created);
            db.Add(new HubCoordinator(created.Id, coordinator.Id, KyivToday.AddMonths(-6)));
            if (mentor is not null)
            {
                db.Add(new MentorAssignment(mentor.Id, coordinator.Id, KyivToday.AddMonths(-6)));
            }

            await db.SaveChangesAsync();
            return created;
        });
        return new Setup(hub, coordinator, mentor);
    }

    private static async Task<BrowserSession> SignedInAsync(LounbAppFactory app, string email)
    {
        var session = new BrowserSession(app);
        await session.SignInAsync(email);
        return session;
    }

    private static async Task<Guid> NewReportAsync(BrowserSession coordinator, Guid hubId, ReportMonth month)
    {
        using var created = await coordinator.SubmitAsync("/hubs/reports", "/hubs/reports/new", [new("hubId", hubId.ToString()), new("month", month.Value)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>The form's fields: one Code Club event on the 3rd with the youth count given, and Diia consultations.</summary>
    private static List<KeyValuePair<string, string>> Form(ReportMonth month, int youth, int diia, string intent, string? date = null) =>
    [
        new("Events[0].Kind", "CodeClub"), new("Events[0].Date", date ?? month.First.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new("Events[0].Topic", "Code Club: перші ігри на Scratch"),
        new("Events[0].Displaced", "3"), new("Events[0].Older", ""), new("Events[0].Youth", youth.ToString(CultureInfo.InvariantCulture)), new("Events[0].WithDisabilities", "1"), new("Events[0].Other", "0"),
        new("Events[1].Kind", "Other"), new("Events[1].Date", ""), new("Events[1].Topic", ""),
        new("Diia", diia.ToString(CultureInfo.InvariantCulture)), new("HousingAndIdpAid", "2"), new("PensionFund", ""), new("Tax", ""), new("Health", ""), new("OtherServices", ""),
        new("Notes", "Заняття в укритті"), new("intent", intent),
    ];

    private Task<ReportOfMonth> ReportAsync(Guid id) =>
        App.WithDbAsync(db => ReportAccess.Whole(db.Set<ReportOfMonth>().AsNoTracking()).SingleAsync(r => r.Id == id));

    private async Task<int> WaitingForAsync(Guid mentorId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportReviewQueue>().WaitingCountAsync(mentorId, default);
    }

    [Fact]
    public async Task Coordinator_Files_MentorReturns_Corrected_Approved_EventInOutbox_CorrectionKeepsApprovedUntilApproved()
    {
        var setup = await HubAsync();
        using var coordinator = await SignedInAsync(App, setup.Coordinator.Email);
        using var mentor = await SignedInAsync(App, setup.Mentor!.Email);
        var month = LastMonth;
        var id = await NewReportAsync(coordinator, setup.Hub.Id, month);
        var page = $"/hubs/reports/{id}";
        var review = $"/hubs/review/{id}";

        using (var submitted = await coordinator.SubmitAsync(page, page, Form(month, youth: 14, diia: 20, "submit")))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        Assert.Equal(1, await WaitingForAsync(setup.Mentor.Id));
        Assert.Contains(setup.Hub.Name, await mentor.GetHtmlAsync("/hubs/review"));
        Assert.Contains("Очікують вашої перевірки: <strong>1</strong>", await mentor.GetHtmlAsync("/hubs/mentoring"), StringComparison.Ordinal);
        using (var returned = await mentor.SubmitAsync(review, $"{review}/return", [new("comment", "У журналі 12 дітей, а не 14.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        Assert.Contains("У журналі 12 дітей, а не 14.", await coordinator.GetHtmlAsync(page));
        Assert.Equal(0, await WaitingForAsync(setup.Mentor.Id));
        using (var resubmitted = await coordinator.SubmitAsync(page, page, Form(month, youth: 12, diia: 20, "submit")))
        {
            Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        }

        using (var approved = await mentor.SubmitAsync(review, $"{review}/approve", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var raised = Assert.Single(await App.EventsOfAsync<HubReportApproved>(), e => e.ReportId == id);
        Assert.Equal((setup.Hub.Id, "UA-09", month.Year, month.Month, 1, 16, 12, 22), (raised.HubId, raised.OblastCode, raised.Year, raised.Month, raised.EventsHeld, raised.Participants, raised.ParticipantsYouth, raised.Consultations));

        // A correction after approval: a new revision; the approved figures stay until it is approved too.
        using (var correction = await coordinator.SubmitAsync(page, $"{page}/correction", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, correction.StatusCode);
        }

        using (var corrected = await coordinator.SubmitAsync(page, page, Form(month, youth: 30, diia: 25, "submit")))
        {
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        }

        var pending = await ReportAsync(id);
        Assert.Equal((2, ReportStatus.Submitted, 1, 12), (pending.Working.Number, pending.Working.Status, pending.Approved!.Number, pending.Approved.Participants.Youth));
        using (var approvedAgain = await mentor.SubmitAsync(review, $"{review}/approve", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, approvedAgain.StatusCode);
        }

        var events = (await App.EventsOfAsync<HubReportApproved>()).Where(e => e.ReportId == id).ToList();
        Assert.Equal([12, 30], events.Select(e => e.ParticipantsYouth));
        var final = await ReportAsync(id);
        Assert.Equal((2, 30, 12), (final.Approved!.Number, final.Approved.Participants.Youth, final.Revisions.Single(r => r.Number == 1).Participants.Youth));
        var history = await coordinator.GetHtmlAsync(page);
        Assert.Contains("Повернуто на доопрацювання", history);
        Assert.Contains("Розпочато виправлення затвердженого звіту", history);
    }

    [Fact]
    public async Task StrangerMentor_FormerMentor_OtherCoordinator_Get404_AndNothingChanges()
    {
        var setup = await HubAsync();
        var other = await HubAsync();
        using var coordinator = await SignedInAsync(App, setup.Coordinator.Email);
        var id = await NewReportAsync(coordinator, setup.Hub.Id, LastMonth);
        var page = $"/hubs/reports/{id}";
        using (var submitted = await coordinator.SubmitAsync(page, page, Form(LastMonth, 5, 5, "submit")))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        // The other hub's mentor, and a mentor whose assignment with this coordinator ended yesterday.
        var former = await PersonAsync(Roles.Mentor, "UA-09");
        await App.WithDbAsync(async db =>
        {
            var ended = new MentorAssignment(former.Id, setup.Coordinator.Id, KyivToday.AddMonths(-12));
            ended.End(KyivToday.AddDays(-1));
            db.Add(ended);
            return await db.SaveChangesAsync();
        });
        foreach (var email in new[] { other.Mentor!.Email, former.Email })
        {
            using var stranger = await SignedInAsync(App, email);
            using var opened = await stranger.GetAsync($"/hubs/review/{id}");
            Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
            var token = BrowserSession.AntiforgeryToken(await stranger.GetHtmlAsync("/hubs/review"));
            using var approve = await stranger.PostAsync($"/hubs/review/{id}/approve", [new("__RequestVerificationToken", token)]);
            Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
            using var giveBack = await stranger.PostAsync($"/hubs/review/{id}/return", [new("__RequestVerificationToken", token), new("comment", "Захоплено")]);
            Assert.Equal(HttpStatusCode.NotFound, giveBack.StatusCode);
        }

        using var otherCoordinator = await SignedInAsync(App, other.Coordinator.Email);
        using (var opened = await otherCoordinator.GetAsync(page))
        {
            Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        }

        var otherToken = BrowserSession.AntiforgeryToken(await otherCoordinator.GetHtmlAsync("/hubs/reports"));
        using (var save = await otherCoordinator.PostAsync(page, [.. Form(LastMonth, 1, 1, "draft"), new("__RequestVerificationToken", otherToken)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        }

        using (var foreignHub = await otherCoordinator.PostAsync("/hubs/reports/new", [new("__RequestVerificationToken", otherToken), new("hubId", setup.Hub.Id.ToString()), new("month", ReportMonth.Of(KyivToday).Value)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignHub.StatusCode);
        }

        using var librarian = await SignedInAsync(App, "bibliotekar@lounb.demo");
        using (var forbidden = await librarian.GetAsync("/hubs/review"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var unchanged = await ReportAsync(id);
        Assert.Equal((ReportStatus.Submitted, 1, 9), (unchanged.Working.Status, unchanged.Revisions.Count, unchanged.Working.Participants.Total));
        Assert.DoesNotContain(unchanged.History, h => h.Action != ReportAction.Submitted);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<ReportOfMonth>().CountAsync(r => r.HubId == setup.Hub.Id)));
    }

    [Fact]
    public async Task BadInput_FutureMonth_SecondReport_ImpossibleCounts_DateOutsideMonth_RefusedWithMessage_NothingChanged()
    {
        var setup = await HubAsync();
        using var coordinator = await SignedInAsync(App, setup.Coordinator.Email);
        var future = ReportMonth.FromIndex(ReportMonth.Of(KyivToday).Index + 1);
        using (var refused = await coordinator.SubmitAsync("/hubs/reports", "/hubs/reports/new", [new("hubId", setup.Hub.Id.ToString()), new("month", future.Value)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        }

        Assert.Contains(HubsErrors.FutureMonth.Message, await coordinator.GetHtmlAsync("/hubs/reports"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<ReportOfMonth>().CountAsync(r => r.HubId == setup.Hub.Id)));

        var id = await NewReportAsync(coordinator, setup.Hub.Id, LastMonth);
        using (var second = await coordinator.SubmitAsync("/hubs/reports", "/hubs/reports/new", [new("hubId", setup.Hub.Id.ToString()), new("month", LastMonth.Value)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }

        Assert.Contains(HubsErrors.ReportExists.Message, await coordinator.GetHtmlAsync("/hubs/reports"));
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<ReportOfMonth>().CountAsync(r => r.HubId == setup.Hub.Id)));

        var page = $"/hubs/reports/{id}";
        var outside = LastMonth.Last.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var bad = new (List<KeyValuePair<string, string>> Fields, string Message)[]
        {
            (Form(LastMonth, youth: 10_001, diia: 1, "submit"), "разом не більше 10"),
            (Form(LastMonth, youth: -2, diia: 1, "submit"), "ціле число від 0"),
            (Form(LastMonth, youth: 2, diia: -1, "submit"), "Консультації «Дія — е-документи»"),
            (Form(LastMonth, youth: 2, diia: 1, "submit", date: outside), "дата має бути в межах звітного місяця"),
        };
        foreach (var (fields, message) in bad)
        {
            using var response = await coordinator.SubmitAsync(page, page, fields);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        var token = BrowserSession.AntiforgeryToken(await coordinator.GetHtmlAsync(page));
        using (var autosaveRefused = await coordinator.PostAsync($"{page}/autosave", [.. Form(LastMonth, youth: -1, diia: 1, "draft"), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, autosaveRefused.StatusCode);
            Assert.Contains("Hubs:ParticipantsInvalid", await autosaveRefused.Content.ReadAsStringAsync());
        }

        var untouched = await ReportAsync(id);
        Assert.Equal((ReportStatus.Draft, 0, 0), (untouched.Working.Status, untouched.Working.Events.Count, untouched.Working.Consultations.Total));

        using (var autosaved = await coordinator.PostAsync($"{page}/autosave", [.. Form(LastMonth, youth: 6, diia: 1, "submit"), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.NoContent, autosaved.StatusCode);
        }

        var draft = await ReportAsync(id);
        Assert.Equal((ReportStatus.Draft, 1, 10), (draft.Working.Status, draft.Working.Events.Count, draft.Working.Participants.Total));
    }

    [Fact]
    public async Task Digest_OneLetterPerCoordinatorOfTheOblast_UnreadUntilOpened_Sanitized_OtherOblastRefused()
    {
        var first = await HubAsync();
        var second = await HubAsync(mentored: false);
        var cherkasy = await HubAsync(Cherkasy, mentored: false);
        var title = $"Дайджест {Guid.NewGuid():N}";
        using var methodologist = await SignedInAsync(App, LuhanskMethodologist);
        using (var foreign = await methodologist.SubmitAsync("/admin/hubs/digests", "/admin/hubs/digests", [new("Title", title), new("Body", "x"), new("OblastCode", Cherkasy)]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        }

        using (var everyone = await methodologist.SubmitAsync("/admin/hubs/digests", "/admin/hubs/digests", [new("Title", title), new("Body", "x"), new("OblastCode", "")]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, everyone.StatusCode);
        }

        Assert.False(await App.WithDbAsync(db => db.Set<Digest>().AnyAsync(d => d.Title == title)));
        using (var posted = await methodologist.SubmitAsync("/admin/hubs/digests", "/admin/hubs/digests",
                   [new("Title", title), new("Body", "## Дія\n\nОновіть застосунок.<script>alert(1)</script>"), new("OblastCode", "UA-09")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        var today = KyivToday;
        var luhanskCoordinators = await App.WithDbAsync(db => db.Set<HubCoordinator>()
            .Where(c => c.Since <= today && (c.Until == null || c.Until >= today) && db.Set<Hub>().Any(h => h.Id == c.HubId && h.OblastCode == "UA-09"))
            .Select(c => c.PersonId).Distinct().CountAsync());
        var letters = await App.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking().Where(m => m.Subject.Contains(title)).Select(m => m.To).ToListAsync());
        Assert.Equal(luhanskCoordinators, letters.Count);
        Assert.Single(letters, first.Coordinator.Email);
        Assert.Single(letters, second.Coordinator.Email);
        Assert.DoesNotContain(cherkasy.Coordinator.Email, letters);

        var digestId = await App.WithDbAsync(db => db.Set<Digest>().Where(d => d.Title == title).Select(d => d.Id).SingleAsync());
        using var coordinator = await SignedInAsync(App, first.Coordinator.Email);
        Assert.Matches($"Нове</span>\\s*<a href=\"/hubs/digests/{digestId}\"", await coordinator.GetHtmlAsync("/hubs/digests"));
        var shown = await coordinator.GetHtmlAsync($"/hubs/digests/{digestId}");
        Assert.Contains("Оновіть застосунок.", shown);
        Assert.DoesNotContain("alert(1)", shown);
        Assert.DoesNotMatch($"Нове</span>\\s*<a href=\"/hubs/digests/{digestId}\"", await coordinator.GetHtmlAsync("/hubs/digests"));

        using var outsider = await SignedInAsync(App, cherkasy.Coordinator.Email);
        using var hidden = await outsider.GetAsync($"/hubs/digests/{digestId}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task DemoSeed_ThreeMonthsApprovedReturnedWaiting_ForEveryMentoredHub_Idempotent()
    {
        var setup = await HubAsync();
        var unmentored = await HubAsync(mentored: false);
        for (var run = 0; run < 2; run++)
        {
            await using var scope = App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReportSeeder>().SeedAsync(default);
        }

        var reports = await App.WithDbAsync(db => ReportAccess.Whole(db.Set<ReportOfMonth>().AsNoTracking()).Where(r => r.HubId == setup.Hub.Id).ToListAsync());
        var thisMonth = ReportMonth.Of(KyivToday).Index;
        Assert.Equal(
            [(thisMonth - 3, ReportStatus.Approved), (thisMonth - 2, ReportStatus.Returned), (thisMonth - 1, ReportStatus.Submitted)],
            reports.Select(r => (r.Period.Index, r.Working.Status)).Order().ToList());
        Assert.False(await App.WithDbAsync(db => db.Set<ReportOfMonth>().AnyAsync(r => r.HubId == unmentored.Hub.Id)));

        // The approved one raised its event once, as a mentor's approval does, so the reports count the demo hubs.
        await App.DeliverEventsAsync();
        var approved = reports.Single(r => r.Working.Status == ReportStatus.Approved);
        var raised = Assert.Single(App.Events.Of<HubReportApproved>(), e => e.ReportId == approved.Id);
        Assert.Equal((setup.Hub.Id, 4, (18 + 3) + 9 + 6 + 3 + 7 + 2), (raised.HubId, raised.EventsHeld, raised.Consultations));
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<Digest>().CountAsync(d => d.OblastCode == null && d.Title.StartsWith("Дайджест: нове в Дії"))));
    }
}

public sealed class SqliteHubReportsTests(SqliteApp app) : HubReportsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresHubReportsTests(PostgresApp app) : HubReportsTests(app), IClassFixture<PostgresApp>;
