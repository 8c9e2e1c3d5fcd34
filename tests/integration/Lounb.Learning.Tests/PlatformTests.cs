using System.Net;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests;

/// <summary>The foundation's behaviour end to end over HTTP; run once on PostgreSQL and once on SQLite.</summary>
public abstract class PlatformTests(LounbAppFactory app)
{
    protected LounbAppFactory App { get; } = app;

    protected BrowserSession NewSession() => new(App);

    protected static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid():N}@example.org";

    internal static KeyValuePair<string, string>[] CitizenForm(string email, string password = "sonce-nad-dnipro-42", string age = "Adult18To59") =>
    [
        new("FullName", "Марія Іваненко"), new("Email", email), new("Password", password), new("ConfirmPassword", password),
        new("Kind", nameof(PersonKind.Citizen)), new("AgeGroup", age), new("AcceptPersonalData", "true"),
    ];

    [Fact]
    public async Task Health_DatabaseReachable_ReportsHealthy()
    {
        using var session = NewSession();
        using var ready = await session.GetAsync("/health");
        using var live = await session.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Home_Anonymous_ShowsUkrainianPageWithNewsAndSecurityHeaders()
    {
        using var session = NewSession();
        using var response = await session.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"uk\">", html, StringComparison.Ordinal);
        Assert.Contains("Навчайтеся разом із Луганською обласною бібліотекою", html, StringComparison.Ordinal);
        Assert.Contains("Code Club Луганщина: набір на новий семестр", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Seed_ReferenceData_HasAll27RegionsAndEveryRole()
    {
        var (oblasts, roles) = await App.WithDbAsync(async db => (await db.Oblasts.CountAsync(), await db.Roles.Select(r => r.Name).ToListAsync()));
        Assert.Equal(27, oblasts);
        Assert.Equal(Roles.All.Order(), roles.Order());
    }

    [Fact]
    public async Task Seed_DemoRoles_OnlyStaffRolesCarryAScope()
    {
        var scoped = await App.WithDbAsync(db => db.UserRoles.Where(ur => ur.ScopeOblastCode != null)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).Distinct().ToListAsync());
        Assert.NotEmpty(scoped);
        Assert.All(scoped, role => Assert.Contains(role, Roles.Staff));
    }

    [Fact]
    public async Task UnknownPage_Anyone_GetsUkrainian404()
    {
        using var session = NewSession();
        using var response = await session.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Сторінку не знайдено", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Citizen_ConfirmsEmailFromOutboxThenSignsInToDashboard()
    {
        using var session = NewSession();
        var email = UniqueEmail("citizen");
        using (var registered = await session.SubmitAsync("/account/register", "/account/register", CitizenForm(email)))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
            Assert.StartsWith("/account/register-confirmation", registered.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using (var beforeConfirmation = await session.LoginAsync(email, "sonce-nad-dnipro-42"))
        {
            Assert.Equal(HttpStatusCode.OK, beforeConfirmation.StatusCode);
            Assert.Contains("Спершу підтвердьте електронну пошту", await beforeConfirmation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var letter = await session.LatestLetterToAsync(email);
        Assert.NotNull(letter);
        Assert.Contains("Підтвердьте адресу", letter.Subject, StringComparison.Ordinal);
        Assert.Contains("Адресу підтверджено", await session.GetHtmlAsync(BrowserSession.LinkIn(letter, "/account/confirm-email")), StringComparison.Ordinal);

        await session.SignInAsync(email, "sonce-nad-dnipro-42");
        var dashboard = await session.GetHtmlAsync("/dashboard");
        Assert.Contains("Марія Іваненко", dashboard, StringComparison.Ordinal);
        Assert.Contains("Слухач", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_DuplicateEmail_ShowsUkrainianErrorAndAddsNobody()
    {
        using var session = NewSession();
        var before = await App.WithDbAsync(db => db.Users.CountAsync());
        using var response = await session.SubmitAsync("/account/register", "/account/register", CitizenForm("admin@lounb.demo"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("admin@lounb.demo уже зареєстрована", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("12345", "Пароль закороткий")]
    [InlineData("password123", "Цей пароль легко вгадати")]
    [InlineData("abcdefghijkl", "хоча б одну цифру")]
    public async Task Register_WeakPassword_RefusedWithUkrainianReason(string password, string message)
    {
        using var session = NewSession();
        var email = UniqueEmail("weak");
        using var response = await session.SubmitAsync("/account/register", "/account/register", CitizenForm(email, password));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Null(await session.LatestLetterToAsync(email));
    }

    [Fact]
    public async Task Register_ChildWithoutGuardianConsent_RefusedThenAcceptedWithConsentRecorded()
    {
        using var session = NewSession();
        var email = UniqueEmail("child");
        var form = CitizenForm(email, age: nameof(AgeGroup.Child8To13));
        using (var refused = await session.SubmitAsync("/account/register", "/account/register", form))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("лише зі згодою батьків або опікуна", html, StringComparison.Ordinal);
            Assert.Contains("вкажіть ім&#x27;я батька, матері або опікуна", html.Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        using (var accepted = await session.SubmitAsync("/account/register", "/account/register",
            [.. form, new("GuardianName", "Олена Іваненко"), new("GuardianContact", "+380501234567"), new("GuardianConsent", "true")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var consent = await App.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.GuardianConsent).SingleAsync());
        Assert.NotNull(consent);
        Assert.Equal("Олена Іваненко", consent.GuardianName);
        Assert.Equal(DateTimeKind.Utc, consent.RecordedAt.Kind);
    }

    [Fact]
    public async Task Register_LibrarianWithLibraryOfAnotherHromada_Refused()
    {
        using var session = NewSession();
        var email = UniqueEmail("librarian");
        var (hromada, foreignLibrary, ownLibrary) = await App.WithDbAsync(async db =>
        {
            var h = await db.Hromadas.SingleAsync(x => x.Name == "Сєвєродонецька міська громада");
            var foreign = await db.Libraries.Where(l => l.HromadaId != h.Id).Select(l => l.Id).FirstAsync();
            var own = await db.Libraries.Where(l => l.HromadaId == h.Id).Select(l => l.Id).SingleAsync();
            return (h, foreign, own);
        });
        KeyValuePair<string, string>[] Form(Guid library) =>
        [
            new("FullName", "Ольга Бібліотекарка"), new("Email", email), new("Password", "knyha-i-chai-2027"), new("ConfirmPassword", "knyha-i-chai-2027"),
            new("Kind", nameof(PersonKind.Librarian)), new("OblastCode", hromada.OblastCode), new("HromadaId", hromada.Id.ToString()),
            new("LibraryId", library.ToString()), new("AcceptPersonalData", "true"),
        ];
        using (var refused = await session.SubmitAsync("/account/register", "/account/register", Form(foreignLibrary)))
        {
            Assert.Contains("Оберіть свою бібліотеку", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var accepted = await session.SubmitAsync("/account/register", "/account/register", Form(ownLibrary)))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var roles = await App.WithDbAsync(db => db.UserRoles.Where(ur => db.Users.Any(u => u.Id == ur.UserId && u.Email == email))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.Learner, Roles.Librarian], roles.Order());
    }

    [Fact]
    public async Task Post_WithForgedAntiforgeryToken_Rejected()
    {
        using var session = NewSession();
        var email = UniqueEmail("forged");
        await session.GetHtmlAsync("/account/register");
        using var response = await session.PostAsync("/account/register", [.. CitizenForm(email), new("__RequestVerificationToken", "forged-token")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Login_WrongPasswordFiveTimes_LocksOutAndAuditsEveryFailure()
    {
        using var session = NewSession();
        var email = UniqueEmail("lockout");
        using (await session.SubmitAsync("/account/register", "/account/register", CitizenForm(email)))
        {
        }

        var letter = (await session.LatestLetterToAsync(email))!;
        await session.GetHtmlAsync(BrowserSession.LinkIn(letter, "/account/confirm-email"));
        for (var i = 0; i < 5; i++)
        {
            using var failed = await session.LoginAsync(email, "wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using (var locked = await session.LoginAsync(email, "sonce-nad-dnipro-42"))
        {
            // The right password does not get in: the same page as for a wrong one (no redirect to the dashboard).
            Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
            Assert.Contains("вхід тимчасово заблоковано", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var actions = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Target == email).Select(a => a.Action).ToListAsync());
        Assert.Equal(4, actions.Count(a => a == AuditActions.LoginFailed));
        Assert.Equal(2, actions.Count(a => a == AuditActions.LockedOut));
    }

    [Fact]
    public async Task Login_RegisteredAndUnknownAddress_GetTheSameAnswerBeforeAndAfterTheLockout()
    {
        var registered = UniqueEmail("registered");
        await App.CreatePersonAsync(registered);
        var unknown = UniqueEmail("unknown");
        using var session = NewSession();
        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            foreach (var email in (string[])[registered, unknown])
            {
                using var failed = await session.LoginAsync(email, "wrong-password-1");
                Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
                answers.Add(LoginError(await failed.Content.ReadAsStringAsync()));
            }
        }

        Assert.Equal(Controllers.AccountController.SignInRefused, answers.Distinct().Single());
        var person = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == registered));
        Assert.True(person.LockoutEnd > DateTimeOffset.UtcNow, "The registered address is locked out by now.");
    }

    private static string LoginError(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "validation-summary-errors[^>]*>\\s*<ul>\\s*<li>([^<]*)</li>");
        Assert.True(match.Success, "The sign-in page shows no error.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task RegionalMethodologist_SearchesPeople_SeesOnlyOwnOblast()
    {
        using var session = NewSession();
        await session.SignInAsync("metodyst.luhansk@lounb.demo");
        var found = await session.GetHtmlAsync("/admin/users?q=%D1%81%D0%B0%D0%B2%D1%87%D0%B5%D0%BD%D0%BA%D0%BE");
        Assert.Contains("Тетяна Савченко", found, StringComparison.Ordinal);
        var foreign = await session.GetHtmlAsync("/admin/users?q=Руденко");
        Assert.DoesNotContain("Галина Руденко", foreign, StringComparison.Ordinal);
        Assert.Contains("id=\"user-count\">0<", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionalMethodologist_OpensAnotherOblastsUserById_Gets404AndCannotChangeThem()
    {
        var cherkasyLibrarian = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "bibliotekar.cherkasy@lounb.demo").Select(u => u.Id).SingleAsync());
        using var session = NewSession();
        await session.SignInAsync("metodyst.luhansk@lounb.demo");
        using (var details = await session.GetAsync($"/admin/users/{cherkasyLibrarian}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        }

        var token = BrowserSession.AntiforgeryToken(await session.GetHtmlAsync("/admin/users"));
        using (var locked = await session.PostAsync($"/admin/users/{cherkasyLibrarian}/lock", [new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, locked.StatusCode);
        }

        Assert.Null(await App.WithDbAsync(db => db.Users.Where(u => u.Id == cherkasyLibrarian).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task RegionalMethodologist_GrantsTrainerInOwnOblastButNotAdministrator()
    {
        var librarian = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "bibliotekar@lounb.demo").Select(u => u.Id).SingleAsync());
        using var session = NewSession();
        await session.SignInAsync("metodyst.luhansk@lounb.demo");
        var page = $"/admin/users/{librarian}";
        using (var forbidden = await session.SubmitAsync(page, $"{page}/roles", [new("role", Roles.Administrator), new("scope", "UA-09")]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using (var otherOblast = await session.SubmitAsync(page, $"{page}/roles", [new("role", Roles.Trainer), new("scope", "UA-71")]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, otherOblast.StatusCode);
        }

        using (var granted = await session.SubmitAsync(page, $"{page}/roles", [new("role", Roles.Trainer), new("scope", "UA-09")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        }

        var held = await App.WithDbAsync(db => db.UserRoles.Where(ur => ur.UserId == librarian)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { r.Name, ur.ScopeOblastCode }).ToListAsync());
        Assert.Contains(held, h => h.Name == Roles.Trainer && h.ScopeOblastCode == "UA-09");
        Assert.DoesNotContain(held, h => h.Name == Roles.Administrator);
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.RoleGranted && a.Target!.Contains("bibliotekar@lounb.demo")).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("Наталія Бондар", entry.ActorName);
        Assert.Contains("Trainer @ UA-09", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_LocksAndUnlocksPerson_LockBlocksSignInAndIsAudited()
    {
        using var citizen = NewSession();
        var email = UniqueEmail("locked");
        using (await citizen.SubmitAsync("/account/register", "/account/register", CitizenForm(email)))
        {
        }

        await citizen.GetHtmlAsync(BrowserSession.LinkIn((await citizen.LatestLetterToAsync(email))!, "/account/confirm-email"));
        var id = await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        using var admin = NewSession();
        await admin.SignInAsync("admin@lounb.demo");
        using (var locked = await admin.SubmitAsync($"/admin/users/{id}", $"/admin/users/{id}/lock", [new("reason", "Порушення правил")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        }

        using (var refused = await citizen.LoginAsync(email, "sonce-nad-dnipro-42"))
        {
            // The right password does not get in: the same page as for a wrong one (no redirect to the dashboard).
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("вхід тимчасово заблоковано", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (await admin.SubmitAsync($"/admin/users/{id}", $"/admin/users/{id}/unlock", []))
        {
        }

        await citizen.SignInAsync(email, "sonce-nad-dnipro-42");
        var actions = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Target!.Contains(email)).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.UserLocked, actions);
        Assert.Contains(AuditActions.UserUnlocked, actions);
        var log = await admin.GetHtmlAsync("/admin/audit?type=user.locked");
        Assert.Contains("Порушення правил", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffArea_LearnerGets403_AnonymousIsSentToLogin()
    {
        using var anonymous = NewSession();
        using (var redirect = await anonymous.GetAsync("/admin/users"))
        {
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
            Assert.StartsWith("http://localhost/account/login", redirect.Headers.Location?.ToString(), StringComparison.Ordinal);
        }

        using var learner = NewSession();
        await learner.SignInAsync("slukhach@lounb.demo");
        using var forbidden = await learner.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("Доступ заборонено", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var home = await learner.GetHtmlAsync("/");
        Assert.DoesNotContain("href=\"/admin\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvImport_OneBadLine_ImportsNothingAndReportsTheLine()
    {
        using var session = NewSession();
        await session.SignInAsync("metodyst.luhansk@lounb.demo");
        var before = await App.WithDbAsync(db => db.Hromadas.CountAsync());
        var csv = "Область;Громада;Бібліотека\nЛуганська область;Кремінська міська громада;Кремінська публічна бібліотека\nЧеркаська;Уманська міська громада;\nНарнія;Якась громада;\n";
        using var response = await UploadCsvAsync(session, csv);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Рядок 3: «Черкаська область» поза вашими повноваженнями.", html, StringComparison.Ordinal);
        Assert.Contains("Рядок 4: Невідома область «Нарнія»", html, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Hromadas.CountAsync()));
    }

    [Fact]
    public async Task CsvImport_ValidFile_ImportsHromadasAndLibrariesAndAudits()
    {
        using var session = NewSession();
        await session.SignInAsync("metodyst.luhansk@lounb.demo");
        var hromada = "Громада " + Guid.NewGuid().ToString("N")[..6];
        var csv = $"Область,Громада,Бібліотека,Ел. пошта\nUA-09,{hromada},Перша бібліотека,persha@example.org\nЛуганська,{hromada},Друга бібліотека,\n";
        using var response = await UploadCsvAsync(session, csv);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var libraries = await App.WithDbAsync(db => db.Libraries.Where(l => db.Hromadas.Any(h => h.Id == l.HromadaId && h.Name == hromada)).Select(l => l.Name).ToListAsync());
        Assert.Equal(["Друга бібліотека", "Перша бібліотека"], libraries.Order());
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.OrganisationImported)));
    }

    [Fact]
    public async Task Pages_MethodologistPublishesMarkdownWithScript_ScriptIsStrippedAndDraftsStayHidden()
    {
        using var staff = NewSession();
        await staff.SignInAsync("metodyst@lounb.demo");
        var slug = "test-" + Guid.NewGuid().ToString("N")[..8];
        using (var created = await staff.SubmitAsync("/admin/pages/new", "/admin/pages/new",
            [new("Kind", "Page"), new("Title", "Розклад занять"), new("Slug", slug), new("BodyMarkdown", "## Заняття\n<script>alert('x')</script>\n[посилання](javascript:alert(1))"), new("publish", "false")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        using var visitor = NewSession();
        using (var draft = await visitor.GetAsync($"/pages/{slug}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        }

        var id = await App.WithDbAsync(db => db.Database.SqlQueryRaw<Guid>("SELECT id AS \"Value\" FROM pages_page WHERE slug = {0}", slug).SingleAsync());
        using (await staff.SubmitAsync($"/admin/pages/{id}/edit", $"/admin/pages/{id}/publish", []))
        {
        }

        var html = await visitor.GetHtmlAsync($"/pages/{slug}");
        Assert.Matches("<h2[^>]*>Заняття</h2>", html);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Culture_SwitchToEnglish_PublicPagesInEnglish()
    {
        using var session = NewSession();
        using (var switched = await session.GetAsync("/culture?c=en&returnUrl=%2Faccount%2Flogin"))
        {
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
            Assert.Equal("/account/login", switched.Headers.Location?.OriginalString);
        }

        var html = await session.GetHtmlAsync("/account/login");
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Sign in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataProtection_KeysAreStoredInTheDatabase()
    {
        using var session = NewSession();
        await session.GetHtmlAsync("/account/login");
        Assert.True(await App.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task Migrations_BothApplied_NoPendingMigrationOrModelChange()
    {
        var (pending, changed) = await App.WithDbAsync(async db => ((await db.Database.GetPendingMigrationsAsync()).ToList(), db.Database.HasPendingModelChanges()));
        Assert.Empty(pending);
        Assert.False(changed, $"The {App.Database} migrations are behind the model: run `dotnet ef migrations add` for that provider (see README).");
    }

    private static async Task<HttpResponseMessage> UploadCsvAsync(BrowserSession session, string csv)
    {
        var token = BrowserSession.FormToken(await session.GetHtmlAsync("/admin/organisation/import"), "/admin/organisation/import");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "import.csv");
        return await session.Client.PostAsync(new Uri("/admin/organisation/import", UriKind.Relative), content);
    }
}

public sealed class SqlitePlatformTests(SqliteApp app) : PlatformTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresPlatformTests(PostgresApp app) : PlatformTests(app), IClassFixture<PostgresApp>;
