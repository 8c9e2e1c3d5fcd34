using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>Certificates: issued once per achievement, numbered, verified by anyone, revoked with a reason, scoped to oblasts.</summary>
public abstract partial class CertificatesTests(LounbAppFactory app)
{
    protected LounbAppFactory App { get; } = app;

    private async Task PublishAsync<T>(T integrationEvent)
        where T : IIntegrationEvent
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IIntegrationEventPublisher>().PublishAsync(integrationEvent, default);
        await scope.ServiceProvider.GetRequiredService<LounbDbContext>().SaveChangesAsync();
        await App.DeliverEventsAsync();
    }

    private Task<List<Certificate>> CertificatesOfAsync(Guid holderId) =>
        App.WithDbAsync(db => db.Set<Certificate>().AsNoTracking().Where(c => c.HolderId == holderId).ToListAsync());

    private async Task<(BrowserSession Session, Guid UserId)> LearnerAsync()
    {
        var email = $"holder.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        var session = new BrowserSession(App);
        await session.SignInAsync(email);
        return (session, userId);
    }

    [Fact]
    public async Task CourseCompleted_IssuesOneNumberedCertificate_AnyoneVerifiesIt_RevocationShowsWithItsReason()
    {
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        var completed = new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), "Медіаграмотність для дорослих", 6, DateTime.UtcNow);
        await PublishAsync(completed);
        await PublishAsync(completed);

        var certificate = Assert.Single(await CertificatesOfAsync(userId));
        Assert.Matches(CertificateNumber(), certificate.Number);
        Assert.Equal(20, certificate.VerificationCode.Length);
        Assert.Contains(certificate.Number, await learner.GetHtmlAsync("/my/certificates"), StringComparison.Ordinal);

        using var stranger = new BrowserSession(App);
        var byCode = await stranger.GetHtmlAsync($"/verify/{certificate.VerificationCode}");
        Assert.Contains("Сертифікат дійсний", byCode, StringComparison.Ordinal);
        Assert.Contains(certificate.HolderName, byCode, StringComparison.Ordinal);
        Assert.Contains("Медіаграмотність для дорослих", byCode, StringComparison.Ordinal);
        Assert.Contains("Сертифікат дійсний", await stranger.GetHtmlAsync("/verify?number=" + Uri.EscapeDataString(certificate.Number.ToLowerInvariant())), StringComparison.Ordinal);
        using (var unknown = await stranger.GetAsync("/verify/AAAAAAAAAAAAAAAAAAAA"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Contains("не знайдено", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        using (var noReason = await staff.SubmitAsync("/admin/certificates", $"/admin/certificates/{certificate.Id}/revoke", [new("reason", " ")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, noReason.StatusCode);
        }

        Assert.Contains("Сертифікат дійсний", await stranger.GetHtmlAsync($"/verify/{certificate.VerificationCode}"), StringComparison.Ordinal);
        using (await staff.SubmitAsync("/admin/certificates", $"/admin/certificates/{certificate.Id}/revoke", [new("reason", "Курс зараховано помилково")]))
        {
        }

        var revoked = await stranger.GetHtmlAsync($"/verify/{certificate.VerificationCode}");
        Assert.Contains("ВІДКЛИКАНО", revoked, StringComparison.Ordinal);
        Assert.Contains("Курс зараховано помилково", revoked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebinarAttended_EarnsAParticipationCertificateInAcademicHours_ACourseClassDoesNot()
    {
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        var attended = new Lounb.Modules.Webinars.Contracts.WebinarAttended(Guid.NewGuid(), userId, Guid.NewGuid(), "Бібліотечна школа non stop", "UA-09", 80, 90, false, DateTime.UtcNow, false);
        await PublishAsync(attended);
        await PublishAsync(attended);
        await PublishAsync(attended with { EventId = Guid.NewGuid(), Title = "Code Club: заняття", PartOfCourse = true });

        var certificate = Assert.Single(await CertificatesOfAsync(userId));
        Assert.Equal(AchievementKind.WebinarAttendance, certificate.Kind);
        Assert.Equal(2, certificate.Hours);
        Assert.Equal(attended.SeriesId, certificate.GroupId);
        using var stranger = new BrowserSession(App);
        var page = await stranger.GetHtmlAsync($"/verify/{certificate.VerificationCode}");
        Assert.Contains("Вебінар", page, StringComparison.Ordinal);
        Assert.Contains("Бібліотечна школа non stop", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuizPassed_OnItsOwnEarnsACertificate_AsACourseLessonItDoesNot()
    {
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        await PublishAsync(new QuizPassed(Guid.NewGuid(), userId, "Атестація бібліотекарів 2026", 80m, DateTime.UtcNow, LessonId: null));
        await PublishAsync(new QuizPassed(Guid.NewGuid(), userId, "Тест уроку", 90m, DateTime.UtcNow, LessonId: Guid.NewGuid()));

        var certificate = Assert.Single(await CertificatesOfAsync(userId));
        Assert.Equal(AchievementKind.QuizPass, certificate.Kind);
        Assert.Equal("Атестація бібліотекарів 2026", certificate.Title);
    }

    [Fact]
    public async Task ParallelIssues_GetDistinctConsecutiveNumbers()
    {
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            PublishAsync(new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), $"Курс {i}", i, DateTime.UtcNow))));

        var numbers = (await CertificatesOfAsync(userId)).Select(c => c.Number).ToList();
        Assert.Equal(8, numbers.Distinct().Count());
        // SERIES-YEAR-NNNNNN: one series and year, and the eight counters follow each other with no gap.
        Assert.Single(numbers.Select(n => n[..n.LastIndexOf('-')]).Distinct());
        var counters = numbers.Select(n => int.Parse(n[(n.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(counters[0], 8), counters);
    }

    [Fact]
    public async Task Verify_AResult_IsNeverReusedWithoutAsking_SoARevocationShowsAtOnce()
    {
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        await PublishAsync(new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), "Кібергігієна", 6, DateTime.UtcNow));
        var certificate = Assert.Single(await CertificatesOfAsync(userId));

        using var stranger = new BrowserSession(App);
        foreach (var url in new[] { $"/verify/{certificate.VerificationCode}", $"/verify?number={Uri.EscapeDataString(certificate.Number)}" })
        {
            using var response = await stranger.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoCache, $"{url} may be reused without asking.");
            Assert.False(response.Headers.CacheControl?.Public ?? false, $"{url} may be kept by a shared proxy.");
        }
    }

    [Fact]
    public async Task Scope_ARegionalMethodologistCannotSeeOrRevokeAnotherOblastsCertificate_AndStrangersGetNoPdf()
    {
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        await PublishAsync(new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), "Code Club", 12, DateTime.UtcNow));
        var certificate = Assert.Single(await CertificatesOfAsync(userId));

        using var cherkasy = new BrowserSession(App);
        await cherkasy.SignInAsync("metodyst.cherkasy@lounb.demo");
        Assert.DoesNotContain(certificate.Number, await cherkasy.GetHtmlAsync("/admin/certificates"), StringComparison.Ordinal);
        var token = BrowserSession.AntiforgeryToken(await cherkasy.GetHtmlAsync("/admin/certificates"));
        using (var refused = await cherkasy.PostAsync($"/admin/certificates/{certificate.Id}/revoke", [new("reason", "Спроба"), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        var (other, _) = await LearnerAsync();
        using var __ = other;
        using (var foreignPdf = await other.GetAsync($"/certificates/{certificate.Id}.pdf"))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignPdf.StatusCode);
        }

        Assert.Null((await CertificatesOfAsync(userId)).Single().RevokedAt);
    }

    [Fact]
    public async Task Pdf_TheHolderDownloadsARealPdfNamedByItsNumber()
    {
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        await PublishAsync(new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), "Йой: бадьора українська", 8, DateTime.UtcNow));
        var certificate = Assert.Single(await CertificatesOfAsync(userId));

        using var pdf = await learner.GetAsync($"/certificates/{certificate.Id}.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenBadges_Hours_ACitizenLearns_LibraryStaffEarnProfessionalDevelopment()
    {
        var library = await App.WithDbAsync(db => db.Libraries.Select(l => l.Id).FirstAsync());
        foreach (var (libraryId, expected) in new[] { ((Guid?)null, "Обсяг навчання — 4 год."), (library, "Обсяг підвищення кваліфікації — 4 год.") })
        {
            var email = $"hours.{Guid.NewGuid():N}@example.org";
            var userId = await App.CreatePersonAsync(email, libraryId: libraryId);
            using var holder = new BrowserSession(App);
            await holder.SignInAsync(email);
            await PublishAsync(new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), "Медіаграмотність для дорослих", 4, DateTime.UtcNow));
            var certificate = Assert.Single(await CertificatesOfAsync(userId));

            using var download = await holder.GetAsync($"/certificates/{certificate.Id}.jwt");
            var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode((await download.Content.ReadAsStringAsync()).Split('.')[1]);
            using var json = System.Text.Json.JsonDocument.Parse(payload);
            Assert.Equal(expected, json.RootElement.GetProperty("credentialSubject").GetProperty("narrative").GetString());
        }
    }

    [Fact]
    public async Task OpenBadges_CredentialVerifiesWithThePublishedKey_ATamperedOneFails_RevocationAndRotationAreVisible()
    {
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        await PublishAsync(new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), "Бібліотечна школа non stop", 4, DateTime.UtcNow));
        var certificate = Assert.Single(await CertificatesOfAsync(userId));

        using var download = await learner.GetAsync($"/certificates/{certificate.Id}.jwt");
        Assert.Equal("application/vc+jwt", download.Content.Headers.ContentType?.MediaType);
        var token = await download.Content.ReadAsStringAsync();
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        using var header = System.Text.Json.JsonDocument.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[0]));
        Assert.Equal("RS256", header.RootElement.GetProperty("alg").GetString());
        using var payload = System.Text.Json.JsonDocument.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]));
        Assert.Equal($"urn:uuid:{certificate.Id}", payload.RootElement.GetProperty("jti").GetString());
        Assert.Equal("AchievementCredential", payload.RootElement.GetProperty("type")[1].GetString());
        Assert.Equal(payload.RootElement.GetProperty("issuer").GetProperty("id").GetString(), payload.RootElement.GetProperty("iss").GetString());

        using var stranger = new BrowserSession(App);
        var keySet = await stranger.GetHtmlAsync("/ob/keys");
        Assert.Contains(header.RootElement.GetProperty("kid").GetString()!, keySet, StringComparison.Ordinal);
        Assert.Contains("Підпис дійсний, сертифікат чинний.", await UploadAsync(stranger, token), StringComparison.Ordinal);
        var tampered = parts[0] + "." + parts[1][..^2] + (parts[1][^2] == 'A' ? "B" : "A") + parts[1][^1] + "." + parts[2];
        Assert.Contains("Підпис недійсний", await UploadAsync(stranger, tampered), StringComparison.Ordinal);

        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        using (await staff.SubmitAsync("/admin/certificates", "/admin/certificates/keys/rotate", []))
        {
        }

        using (await staff.SubmitAsync("/admin/certificates", $"/admin/certificates/{certificate.Id}/revoke", [new("reason", "Подвійне зарахування")]))
        {
        }

        // Signed before the rotation, still verifiable; its status is now revoked, and the list says so.
        Assert.Contains("Підпис дійсний, але сертифікат ВІДКЛИКАНО: Подвійне зарахування", await UploadAsync(stranger, token), StringComparison.Ordinal);
        Assert.Contains($"urn:uuid:{certificate.Id}", await stranger.GetHtmlAsync("/ob/revocations"), StringComparison.Ordinal);
        Assert.True(System.Text.Json.JsonDocument.Parse(await stranger.GetHtmlAsync("/ob/keys")).RootElement.GetProperty("keys").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Reissue_AfterANameCorrection_NewNumberAndTheOldOneRevokedWithALink_ManualIssueWithinScope()
    {
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        var completed = new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), "Цифрові послуги для населення", 10, DateTime.UtcNow);
        await PublishAsync(completed);
        var original = Assert.Single(await CertificatesOfAsync(userId));

        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        using (await staff.SubmitAsync("/admin/certificates", $"/admin/certificates/{original.Id}/reissue", [new("holderName", "Ольга Ґрунтовська")]))
        {
        }

        var both = await CertificatesOfAsync(userId);
        Assert.Equal(2, both.Count);
        var copy = both.Single(c => c.Id != original.Id);
        var old = both.Single(c => c.Id == original.Id);
        Assert.Equal("Ольга Ґрунтовська", copy.HolderName);
        Assert.Equal(original.Id, copy.ReplacesId);
        Assert.Equal(copy.Id, old.ReplacedById);
        Assert.NotEqual(old.Number, copy.Number);
        Assert.Contains(copy.Number, old.RevocationReason, StringComparison.Ordinal);
        Assert.Contains("ВІДКЛИКАНО", await new BrowserSession(App).GetHtmlAsync($"/verify/{old.VerificationCode}"), StringComparison.Ordinal);

        // The same achievement announced again gives the current certificate, not a third one.
        await PublishAsync(completed);
        Assert.Equal(2, (await CertificatesOfAsync(userId)).Count);

        var email = await App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync());
        using (await staff.SubmitAsync("/admin/certificates", "/admin/certificates/issue", [new("email", email), new("title", "Форум «Бібліотека — простір стійкості»"), new("hours", "3")]))
        {
        }

        Assert.Contains(await CertificatesOfAsync(userId), c => c.Kind == AchievementKind.Manual && c.Hours == 3);
        using var cherkasy = new BrowserSession(App);
        await cherkasy.SignInAsync("metodyst.cherkasy@lounb.demo");
        using (await cherkasy.SubmitAsync("/admin/certificates", "/admin/certificates/issue", [new("email", email), new("title", "Чужий захід"), new("hours", "1")]))
        {
        }

        Assert.DoesNotContain(await CertificatesOfAsync(userId), c => c.Title == "Чужий захід");
    }

    [Fact]
    public async Task Run_CertificatesForEveryoneWhoCompleted_IssuedOnceAndDownloadedAsAZip()
    {
        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        var (courseId, runId, lessons, slug) = await new CourseAuthoringClient(staff).CreatePublishedAsync("Набір із сертифікатами " + Guid.NewGuid().ToString("N")[..6], lessons: 1);
        var holders = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (learner, userId) = await LearnerAsync();
            using var _ = learner;
            using (await learner.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/enrol", []))
            {
            }

            using (await learner.SubmitAsync($"/learn/{runId}/lessons/{lessons[0]}", $"/learn/{runId}/lessons/{lessons[0]}/complete", []))
            {
            }

            holders.Add(userId);
        }

        // Certificates issued automatically on completion (once the outbox delivered it); one is lost (say, issued before the module was switched on).
        await App.DeliverEventsAsync();
        foreach (var holder in holders)
        {
            Assert.Single(await CertificatesOfAsync(holder));
        }

        await App.WithDbAsync(db => db.Set<Certificate>().Where(c => c.HolderId == holders[0]).ExecuteDeleteAsync());

        using (var issued = await staff.SubmitAsync("/admin/certificates", $"/admin/certificates/runs/{runId}/issue", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        Assert.Contains("Видано нових сертифікатів: 1, уже мали: 2", await staff.GetHtmlAsync("/admin/certificates"), StringComparison.Ordinal);
        foreach (var holder in holders)
        {
            Assert.Single(await CertificatesOfAsync(holder));
        }

        using var zip = await staff.GetAsync($"/admin/certificates/runs/{runId}.zip");
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using var archive = new System.IO.Compression.ZipArchive(await zip.Content.ReadAsStreamAsync());
        Assert.Equal(3, archive.Entries.Count);
        Assert.All(archive.Entries, e => Assert.Matches(@"^ЛОУНБ-\d{4}-\d{6}\.pdf$", e.Name));
        Assert.NotEqual(Guid.Empty, courseId);
    }

    private static KeyValuePair<string, string>[] TemplateFields(string name, Guid courseId, string body, bool issueAutomatically) =>
    [
        new("Name", name), new("Kind", "CourseCompletion"), new("CourseGroupId", courseId.ToString()), new("Title", "СЕРТИФІКАТ {номер}"),
        new("Body", body), new("SignatoryPosition", "Директор"), new("SignatoryName", "Ірина Коваленко"),
        new("IssueAutomatically", issueAutomatically ? "true" : "false"), new("IssueAutomatically", "false"),
    ];

    private Task<List<CertificateTemplate>> TemplatesNamedAsync(string name) =>
        App.WithDbAsync(db => db.Set<CertificateTemplate>().AsNoTracking().Where(t => t.Name == name).ToListAsync());

    [Fact]
    public async Task Template_WithAnUnknownPlaceholder_IsRefusedAndNothingIsSaved()
    {
        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        Assert.Contains("Новий шаблон", await staff.GetHtmlAsync("/admin/certificates/templates"), StringComparison.Ordinal);
        Assert.Contains("/admin/certificates/templates", await staff.GetHtmlAsync("/admin/certificates"), StringComparison.Ordinal);
        var name = $"Шаблон {Guid.NewGuid():N}";

        using var refused = await staff.SubmitAsync("/admin/certificates/templates/new", "/admin/certificates/templates/new",
            TemplateFields(name, await CourseAsync("Курс для шаблону"), "успішно завершив(-ла) {курс}", issueAutomatically: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("{курс}", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await TemplatesNamedAsync(name));
    }

    [Fact]
    public async Task Template_NotIssuingAutomatically_StopsAutomaticIssueForItsCourseOnly()
    {
        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        var courseId = await CourseAsync("Курс без автоматичних сертифікатів");
        var name = $"Шаблон {Guid.NewGuid():N}";
        using (var saved = await staff.SubmitAsync("/admin/certificates/templates/new", "/admin/certificates/templates/new",
            TemplateFields(name, courseId, "завершив(-ла) «{назва}»", issueAutomatically: false)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.False(Assert.Single(await TemplatesNamedAsync(name)).IssueAutomatically);
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        await PublishAsync(new CourseCompleted(Guid.NewGuid(), userId, courseId, Guid.NewGuid(), "Курс без автоматичних сертифікатів", 3, DateTime.UtcNow));
        Assert.Empty(await CertificatesOfAsync(userId));

        await PublishAsync(new CourseCompleted(Guid.NewGuid(), userId, Guid.NewGuid(), Guid.NewGuid(), "Інший курс", 3, DateTime.UtcNow));
        Assert.Equal("Інший курс", Assert.Single(await CertificatesOfAsync(userId)).Title);
    }

    [Fact]
    public async Task Template_ItsFilledBodyIsPrinted_AndThePreviewIsAPdf()
    {
        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        var courseId = await CourseAsync("Курс для друку");
        var fields = TemplateFields($"Шаблон {Guid.NewGuid():N}", courseId, "прослухав(-ла) курс «{назва}» — {години} год.\nвидавець: {видавець}", issueAutomatically: true);
        using (var saved = await staff.SubmitAsync("/admin/certificates/templates/new", "/admin/certificates/templates/new", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var token = BrowserSession.FormToken(await staff.GetHtmlAsync("/admin/certificates/templates/new"), "/admin/certificates/templates/new");
        using (var preview = await staff.PostAsync("/admin/certificates/templates/preview", [.. fields, new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            var previewText = Pdfs.Text(await preview.Content.ReadAsByteArrayAsync());
            Assert.Contains("Олена Петрівна Шевчук", previewText, StringComparison.Ordinal);
            Assert.Contains("ЛОУНБ-2026-000000", previewText, StringComparison.Ordinal);
        }

        var (learner, userId) = await LearnerAsync();
        using var __ = learner;
        await PublishAsync(new CourseCompleted(Guid.NewGuid(), userId, courseId, Guid.NewGuid(), "Цифрова безпека", 5, DateTime.UtcNow));
        var certificate = Assert.Single(await CertificatesOfAsync(userId));
        using var pdf = await learner.GetAsync($"/certificates/{certificate.Id}.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        // words joined by single spaces: the large title may wrap
        var text = Pdfs.Words(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("прослухав(-ла) курс «Цифрова безпека» — 5 год.", text, StringComparison.Ordinal);
        Assert.Contains("видавець: ", text, StringComparison.Ordinal);
        Assert.Contains($"СЕРТИФІКАТ {certificate.Number}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }

    private static async Task<string> UploadAsync(BrowserSession session, string token)
    {
        // The public check takes no antiforgery token (it changes nothing; a token would set a cookie on a cacheable page).
        Assert.Contains("action=\"/verify/credential\"", await session.GetHtmlAsync("/verify"), StringComparison.Ordinal);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes(token)), "credential", "certificate.jwt" },
        };
        using var response = await session.Client.PostAsync(new Uri("/verify/credential", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"^ЛОУНБ-\d{4}-\d{6}$")]
    private static partial Regex CertificateNumber();
}

public sealed class SqliteCertificatesTests(SqliteApp app) : CertificatesTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCertificatesTests(PostgresApp app) : CertificatesTests(app), IClassFixture<PostgresApp>;
