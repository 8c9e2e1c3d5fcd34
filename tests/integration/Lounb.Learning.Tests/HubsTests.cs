using System.Net;
using System.Text.RegularExpressions;
using Lounb.Modules.Hubs.Application;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests;

/// <summary>
/// Hubs and mentoring through HTTP (issue 15 §1–§3): the registry within a methodologist's oblast, the mobile hub's
/// itinerary with its refusals, the public /hubs page, a mentor's reach (a stranger's mentee is 404), sessions and the
/// self-assessment growth of the demo data.
/// </summary>
public abstract partial class HubsTests(LounbAppFactory app)
{
    private const string Methodologist = "metodyst.luhansk@lounb.demo";
    private const string OtherMethodologist = "metodyst.cherkasy@lounb.demo";
    private const string Mentor = "mentor@lounb.demo";
    private const string OtherMentor = "mentor2@lounb.demo";

    private LounbAppFactory App { get; } = app;

    [Fact]
    public async Task PublicPage_Anonymous_ShowsHubsAndTheMobileHubsNextStops()
    {
        using var citizen = new BrowserSession(App);

        var html = WebUtility.HtmlDecode(await citizen.GetHtmlAsync("/hubs"));

        Assert.Contains(HubsDemoSeeder.MobileHubName, html, StringComparison.Ordinal);
        Assert.Contains("Модульне містечко для переселенців", html, StringComparison.Ordinal);
        Assert.Contains("Хаб цифрової освіти Смілянської бібліотеки", html, StringComparison.Ordinal);
        Assert.Contains("Консультації з е-послуг (Дія)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedOut_AHubsPage_LeadsToTheSignInPage_NotTheBare401OfTheSignalRHubs()
    {
        using var visitor = new BrowserSession(App);

        // A mentor following a letter's link while signed out: /hubs/… are pages, unlike the SignalR hubs' /hubs/webinars.
        using var page = await visitor.GetAsync("/hubs/mentoring");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registry_MethodologistCreatesInOwnOblast_OtherOblastSeesNothing_ForeignLibraryRefused()
    {
        var (sievierodonetsk, cherkasy) = await App.WithDbAsync(async db => (
            await db.Libraries.Where(l => l.Name == "Сєвєродонецька міська публічна бібліотека").Select(l => l.Id).FirstAsync(),
            await db.Libraries.Where(l => l.OblastCode == "UA-71").Select(l => l.Id).FirstAsync()));
        using var methodologist = new BrowserSession(App);
        await methodologist.SignInAsync(Methodologist);
        var name = $"Хаб для перевірки {Guid.NewGuid():N}";

        using var created = await methodologist.SubmitAsync("/hubs/registry/new", "/hubs/registry/new", HubFields(sievierodonetsk, name, "Active"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        Assert.Contains(name, WebUtility.HtmlDecode(await methodologist.GetHtmlAsync("/hubs/registry?oblast=UA-09")), StringComparison.Ordinal);
        var hub = await App.WithDbAsync(db => db.Set<Hub>().Include(h => h.Equipment).SingleAsync(h => h.Name == name));
        Assert.Equal("UA-09", hub.OblastCode);
        Assert.Equal(HubServices.DiiaConsultations | HubServices.CodeClub, hub.Services);
        Assert.Equal(2, Assert.Single(hub.Equipment).Quantity);
        Assert.Equal("10:00–18:00", hub.HoursByDay()[0]);

        using var other = new BrowserSession(App);
        await other.SignInAsync(OtherMethodologist);
        using (var foreign = await other.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        Assert.DoesNotContain(name, await other.GetHtmlAsync("/hubs/registry"), StringComparison.Ordinal);
        var before = await App.WithDbAsync(db => db.Set<Hub>().CountAsync());
        using var refused = await methodologist.SubmitAsync("/hubs/registry/new", "/hubs/registry/new", HubFields(cherkasy, "Чужий хаб", "Active"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var negative = await methodologist.SubmitAsync("/hubs/registry/new", "/hubs/registry/new",
            [.. HubFields(sievierodonetsk, "Хаб з мінусом", "Active").Where(f => f.Key != "Equipment[0].Quantity"), new("Equipment[0].Quantity", "-3")]);
        Assert.Contains("має бути цілим числом від 1", WebUtility.HtmlDecode(await negative.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Set<Hub>().CountAsync()));
    }

    [Fact]
    public async Task Itinerary_PastOverlappingAndBackwardStopsRefused_NothingChanged()
    {
        var library = await App.WithDbAsync(db => db.Libraries.Where(l => l.Name == "Біловодська публічна бібліотека").Select(l => l.Id).FirstAsync());
        using var methodologist = new BrowserSession(App);
        await methodologist.SignInAsync(Methodologist);
        var name = $"Мобільний хаб {Guid.NewGuid():N}";
        using var created = await methodologist.SubmitAsync("/hubs/registry/new", "/hubs/registry/new", HubFields(library, name, "Mobile"));
        var url = created.Headers.Location!.OriginalString;
        var hubId = Guid.Parse(url.Split('/')[^1]);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        using (var ok = await methodologist.SubmitAsync(url, $"{url}/stops", Stop(today.AddDays(30), "10:00", "12:00")))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        foreach (var (bad, message) in new[]
                 {
                     (Stop(today.AddDays(-2), "10:00", "12:00"), "в минулому"),
                     (Stop(today.AddDays(30), "11:00", "13:00"), "уже стоїть"),
                     (Stop(today.AddDays(31), "14:00", "12:00"), "закінчуватися пізніше"),
                 })
        {
            using var refused = await methodologist.SubmitAsync(url, $"{url}/stops", bad);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await methodologist.GetHtmlAsync(url)), StringComparison.Ordinal);
        }

        Assert.Equal(1, await App.WithDbAsync(db => db.Set<HubStop>().CountAsync(s => s.HubId == hubId)));
        using var citizen = new BrowserSession(App);
        Assert.Contains(name, await citizen.GetHtmlAsync("/hubs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentor_OpensOwnMentee_StrangersMenteeIs404_AndNothingChanges()
    {
        var (own, stranger) = await CoordinatorsAsync("koordynator@lounb.demo", "koordynator3@lounb.demo");
        using var mentor = new BrowserSession(App);
        await mentor.SignInAsync(Mentor);
        Assert.Contains("Максим Олійник", await mentor.GetHtmlAsync("/hubs/mentoring"), StringComparison.Ordinal);
        var ownPage = await mentor.GetHtmlAsync($"/hubs/mentoring/{own}");
        Assert.Contains("прострочено", ownPage, StringComparison.Ordinal);

        using (var response = await mentor.GetAsync($"/hubs/mentoring/{stranger}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Богдан Кравець", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var goals = await App.WithDbAsync(db => db.Set<MentoringGoal>().CountAsync(g => g.CoordinatorId == stranger));
        var token = BrowserSession.AntiforgeryToken(ownPage);
        using (var refused = await mentor.PostAsync($"/hubs/mentoring/{stranger}/goals", [new("title", "Чужа мета"), new("targetDate", "2030-01-01"), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        Assert.Equal(goals, await App.WithDbAsync(db => db.Set<MentoringGoal>().CountAsync(g => g.CoordinatorId == stranger)));

        using var other = new BrowserSession(App);
        await other.SignInAsync(OtherMentor);
        using var reverse = await other.GetAsync($"/hubs/mentoring/{own}");
        Assert.Equal(HttpStatusCode.NotFound, reverse.StatusCode);
    }

    [Fact]
    public async Task Mentor_RecordsSessionWithAction_ImpossibleDurationRefused()
    {
        var (coordinator, _) = await CoordinatorsAsync("koordynator2@lounb.demo", "koordynator2@lounb.demo");
        using var mentor = new BrowserSession(App);
        await mentor.SignInAsync(Mentor);
        var url = $"/hubs/mentoring/{coordinator}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var sessions = await App.WithDbAsync(db => db.Set<MentoringSession>().CountAsync(s => s.CoordinatorId == coordinator));

        using (var refused = await mentor.SubmitAsync(url, $"{url}/sessions", Session(today, "-30")))
        {
            Assert.Contains("Тривалість — ціле число хвилин", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(sessions, await App.WithDbAsync(db => db.Set<MentoringSession>().CountAsync(s => s.CoordinatorId == coordinator)));
        using (var recorded = await mentor.SubmitAsync(url, $"{url}/sessions", Session(today, "45")))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }

        var action = await App.WithDbAsync(db => db.Set<AgreedAction>().SingleAsync(a => a.CoordinatorId == coordinator && a.Text == "Підготувати оголошення про Code Club"));
        Assert.Equal(ActionOwner.Coordinator, action.Owner);

        using var own = new BrowserSession(App);
        await own.SignInAsync("koordynator2@lounb.demo");
        using var done = await own.SubmitAsync("/hubs/my", $"/hubs/my/actions/{action.Id}/done", []);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.NotNull(await App.WithDbAsync(db => db.Set<AgreedAction>().Where(a => a.Id == action.Id).Select(a => a.DoneOn).SingleAsync()));
    }

    [Fact]
    public async Task Growth_OfTheDemoSelfAssessments_ShownPerAreaToMentorAndMethodologist()
    {
        var (coordinator, _) = await CoordinatorsAsync("koordynator2@lounb.demo", "koordynator2@lounb.demo");
        using var mentor = new BrowserSession(App);
        await mentor.SignInAsync(Mentor);
        using var methodologist = new BrowserSession(App);
        await methodologist.SignInAsync(Methodologist);
        using var other = new BrowserSession(App);
        await other.SignInAsync(OtherMethodologist);

        foreach (var html in new[] { await mentor.GetHtmlAsync($"/hubs/mentoring/{coordinator}"), await methodologist.GetHtmlAsync($"/hubs/people/{coordinator}") }.Select(WebUtility.HtmlDecode))
        {
            // Demo levels: area 1 starts at 2, 3, 2 (2.3) and ends at 4, 5, 4 (4.3); area 4 from 2, 3, 2, 3 (2.5) to 3.5.
            Assert.Matches(new Regex("data-area=\"1\">.*?2[.,]3.*?4[.,]3.*?\\+2[.,]0", RegexOptions.Singleline), html);
            Assert.Matches(new Regex("data-area=\"4\">.*?2[.,]5.*?3[.,]5.*?\\+1[.,]0", RegexOptions.Singleline), html);
        }

        using var foreign = await other.GetAsync($"/hubs/people/{coordinator}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private Task<(Guid First, Guid Second)> CoordinatorsAsync(string first, string second) =>
        App.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == first).Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == second).Select(u => u.Id).SingleAsync()));

    private static KeyValuePair<string, string>[] HubFields(Guid library, string name, string status) =>
    [
        new("LibraryId", library.ToString()), new("Name", name), new("Status", status), new("Address", "м. Дніпро, вул. Січеславська Набережна, 29а"),
        new("Phone", "+380 50 000 00 00"), new("Email", "hub@example.org"), new("Hours[0]", "10:00–18:00"),
        new("Services", "DiiaConsultations"), new("Services", "CodeClub"),
        new("Equipment[0].Name", "Ноутбук"), new("Equipment[0].Quantity", "2"), new("Equipment[0].Note", "для Code Club"),
    ];

    private static KeyValuePair<string, string>[] Stop(DateOnly day, string starts, string ends) =>
    [
        new("Place", "Центр підтримки ВПО"), new("Address", "м. Дніпро, вул. Князя Ярослава Мудрого, 65"), new("Community", "Дніпровська міська громада"),
        new("OblastCode", "UA-12"), new("Day", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("Starts", starts), new("Ends", ends), new("Offer", "Консультації з «Дії»"),
    ];

    private static KeyValuePair<string, string>[] Session(DateOnly day, string minutes) =>
    [
        new("HeldOn", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("Format", "Online"), new("DurationMinutes", minutes), new("Topics", "Набір до Code Club"),
        new("Actions[0].Text", "Підготувати оголошення про Code Club"), new("Actions[0].Owner", "Coordinator"), new("Actions[0].DueOn", day.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
    ];
}

public sealed class SqliteHubsTests(SqliteApp app) : HubsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresHubsTests(PostgresApp app) : HubsTests(app), IClassFixture<PostgresApp>;
