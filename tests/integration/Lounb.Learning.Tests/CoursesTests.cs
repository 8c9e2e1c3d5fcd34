using System.Net;
using System.Text.RegularExpressions;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Courses.Contracts;

namespace Lounb.Learning.Tests;

/// <summary>The Courses module over HTTP: authoring, catalog search, enrolment rules, the last seat, the waiting list, learning and completion.</summary>
public abstract partial class CoursesTests(LounbAppFactory app)
{
    private static readonly string[] AlphabetOrder = ["Бібліотечна школа non stop", "Інформаційна гігієна", "Йой: бадьора українська", "Кібербезпека для всіх"];

    protected LounbAppFactory App { get; } = app;

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<(BrowserSession Staff, CourseAuthoringClient Authoring)> MethodologistAsync()
    {
        var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        return (staff, new CourseAuthoringClient(staff));
    }

    private async Task<BrowserSession> LearnerAsync(AgeGroup age = AgeGroup.Adult18To59, bool consent = false)
    {
        var email = $"learner.{Guid.NewGuid():N}@example.org";
        await App.CreatePersonAsync(email, age, consent);
        var session = new BrowserSession(App);
        await session.SignInAsync(email);
        return session;
    }

    private static Task<HttpResponseMessage> EnrolAsync(BrowserSession learner, string slug, Guid runId, string? inviteCode = null) =>
        learner.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/enrol", inviteCode is null ? [] : [new("inviteCode", inviteCode)]);

    private static async Task<string> FlashAfterAsync(BrowserSession session, HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString;
        Assert.NotNull(location);
        return await session.GetHtmlAsync(location);
    }

    [Fact]
    public async Task Authoring_MethodologistBuildsCourse_LearnerCompletesItAndCourseCompletedIsPublished()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var title = Unique("Кав’ярня знань");
        var courseId = await authoring.CreateCourseAsync(title, hours: 6, topics: "кава, спілкування");
        var section = await authoring.AddSectionAsync(courseId, "Знайомство");
        var first = await authoring.AddLessonAsync(courseId, section, "Вступ", body: "## Вітаємо\n\n<script>alert('x')</script>\n\n**Почнімо!**");
        var second = await authoring.AddLessonAsync(courseId, section, "Корисний ресурс", kind: "external", url: "https://osvita.diia.gov.ua/");
        await authoring.AddLessonAsync(courseId, section, "Для допитливих", required: false);
        await authoring.PublishCourseAsync(courseId);
        var runId = await authoring.CreateOpenRunAsync(courseId, capacity: 10);

        using var learner = await LearnerAsync();
        var catalog = await learner.GetHtmlAsync("/courses?q=" + Uri.EscapeDataString("КАВʼЯРНЯ"));
        var slug = Regex.Match(catalog, "href=\"/courses/([a-z0-9-]+)\"[^>]*>" + Regex.Escape(title)).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(slug), "The catalog search did not find the course by another apostrophe and letter case.");
        Assert.Contains(title, await learner.GetHtmlAsync("/courses?q=" + Uri.EscapeDataString("кав'ярня")), StringComparison.Ordinal);

        using (var enrolled = await EnrolAsync(learner, slug, runId))
        {
            Assert.Equal($"/learn/{runId}", enrolled.Headers.Location?.OriginalString);
        }

        var lessonPage = await learner.GetHtmlAsync($"/learn/{runId}/lessons/{first}");
        Assert.Contains("<strong>Почнімо!</strong>", lessonPage, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", lessonPage, StringComparison.Ordinal);
        Assert.Contains("Пройдено 0 з 2 обов’язкових уроків", lessonPage, StringComparison.Ordinal);

        foreach (var lesson in new[] { first, second })
        {
            using var done = await learner.SubmitAsync($"/learn/{runId}/lessons/{lesson}", $"/learn/{runId}/lessons/{lesson}/complete", []);
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }

        var learning = await learner.GetHtmlAsync("/learning");
        Assert.Contains("Завершено", learning, StringComparison.Ordinal);
        Assert.Contains("Пройдено 2 з 2 обов’язкових уроків", learning, StringComparison.Ordinal);
        var completed = Assert.Single(await App.EventsOfAsync<CourseCompleted>(), e => e.CourseId == courseId);
        Assert.Equal(6, completed.Hours);
        Assert.Equal(runId, completed.RunId);
    }

    [Fact]
    public async Task Enrolment_LastFreeSeatRequestedInParallel_OnlyOnePersonGetsIt()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var (_, runId, _, slug) = await authoring.CreatePublishedAsync(Unique("Останнє місце"), capacity: 1);
        var learners = new List<BrowserSession>();
        for (var i = 0; i < 8; i++)
        {
            learners.Add(await LearnerAsync());
        }

        var tokens = new List<string>();
        foreach (var learner in learners)
        {
            tokens.Add(BrowserSession.FormToken(await learner.GetHtmlAsync($"/courses/{slug}"), $"/courses/{slug}/runs/{runId}/enrol"));
        }

        var responses = await Task.WhenAll(learners.Select((learner, i) =>
            learner.PostAsync($"/courses/{slug}/runs/{runId}/enrol", [new("__RequestVerificationToken", tokens[i])])));
        var destinations = responses.Select(r => r.Headers.Location?.OriginalString).ToList();
        Assert.Equal(1, destinations.Count(d => d == $"/learn/{runId}"));
        Assert.Equal(7, destinations.Count(d => d == $"/courses/{slug}"));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        var run = await staff.GetHtmlAsync($"/admin/runs/{runId}");
        Assert.Contains("id=\"seats\">1 з 1<", run, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(run, "<td>Навчається</td>"));
        Assert.Equal(7, Regex.Count(run, "<td>У списку очікування</td>"));
        learners.ForEach(l => l.Dispose());
    }

    [Fact]
    public async Task Withdrawal_SeatFreed_LongestWaitingPersonIsPromoted()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var (_, runId, _, slug) = await authoring.CreatePublishedAsync(Unique("Черга"), capacity: 1);
        using var first = await LearnerAsync();
        using var second = await LearnerAsync();
        using (await EnrolAsync(first, slug, runId))
        {
        }

        using (var waiting = await EnrolAsync(second, slug, runId))
        {
            Assert.Contains("ви в списку очікування", await FlashAfterAsync(second, waiting), StringComparison.Ordinal);
        }

        using (var withdrawn = await first.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/withdraw", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        Assert.Contains("Навчається", await second.GetHtmlAsync("/learning"), StringComparison.Ordinal);
        Assert.Contains("id=\"seats\">1 з 1<", await staff.GetHtmlAsync($"/admin/runs/{runId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_BadInput_RefusedInUkrainianAndNothingChanges()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var (courseId, runId, _, slug) = await authoring.CreatePublishedAsync(Unique("Перевірка набору"), capacity: 2);
        using (var backwards = await authoring.SubmitRunAsync(courseId, 5, starts: "2027-03-01", ends: "2027-02-01"))
        {
            Assert.Equal(HttpStatusCode.OK, backwards.StatusCode);
            Assert.Contains("Набір не може закінчитися раніше, ніж почнеться.", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var a = await LearnerAsync();
        using var b = await LearnerAsync();
        using (await EnrolAsync(a, slug, runId))
        {
        }

        using (await EnrolAsync(b, slug, runId))
        {
        }

        var edit = $"/admin/runs/{runId}/edit";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using (var below = await staff.SubmitAsync(edit, edit,
        [
            new("Title", "Тестовий набір"), new("StartsOn", today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("EndsOn", today.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("Capacity", "1"), new("Mode", "Open"),
        ]))
        {
            Assert.Contains("Місць не може бути менше, ніж уже записано людей (2).", await below.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("id=\"seats\">2 з 2<", await staff.GetHtmlAsync($"/admin/runs/{runId}"), StringComparison.Ordinal);
        using var late = await LearnerAsync();
        using (var full = await EnrolAsync(late, slug, runId))
        {
            Assert.Contains("ви в списку очікування", await FlashAfterAsync(late, full), StringComparison.Ordinal);
        }

        using (await staff.SubmitAsync($"/admin/runs/{runId}", $"/admin/runs/{runId}/close", []))
        {
        }

        using var closedLearner = await LearnerAsync();
        var token = BrowserSession.FormToken(await closedLearner.GetHtmlAsync("/courses"), "/account/logout");
        using var closed = await closedLearner.PostAsync($"/courses/{slug}/runs/{runId}/enrol", [new("__RequestVerificationToken", token)]);
        Assert.Contains("Запис на цей набір закрито.", await FlashAfterAsync(closedLearner, closed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enrolment_ChildUnder14WithoutConsent_RefusedThenAllowedWithConsent()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var (_, runId, _, slug) = await authoring.CreatePublishedAsync(Unique("Code Club тест"));
        using var child = await LearnerAsync(AgeGroup.Child8To13, consent: false);
        using (var refused = await EnrolAsync(child, slug, runId))
        {
            Assert.Contains("лише зі згодою батьків або опікуна", await FlashAfterAsync(child, refused), StringComparison.Ordinal);
        }

        Assert.Contains("Ви ще не записані на жоден курс", await child.GetHtmlAsync("/learning"), StringComparison.Ordinal);
        using var allowed = await LearnerAsync(AgeGroup.Child8To13, consent: true);
        using var enrolled = await EnrolAsync(allowed, slug, runId);
        Assert.Equal($"/learn/{runId}", enrolled.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task InviteCodeRun_WrongCodeRefused_RightCodeEnrols()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var courseId = await authoring.CreateCourseAsync(Unique("Закритий клуб"));
        var section = await authoring.AddSectionAsync(courseId, "Розділ");
        await authoring.AddLessonAsync(courseId, section, "Урок");
        await authoring.PublishCourseAsync(courseId);
        var runId = await authoring.CreateOpenRunAsync(courseId, 5, mode: "InviteCode", inviteCode: "YOI-2027");
        var slug = Regex.Match(await staff.GetHtmlAsync($"/admin/courses/{courseId}"), "href=\"/courses/([a-z0-9-]+)\">Сторінка в каталозі").Groups[1].Value;
        using var learner = await LearnerAsync();
        using (var wrong = await EnrolAsync(learner, slug, runId, "NOPE"))
        {
            Assert.Contains("Неправильний код запрошення.", await FlashAfterAsync(learner, wrong), StringComparison.Ordinal);
        }

        using var right = await EnrolAsync(learner, slug, runId, "yoi-2027");
        Assert.Equal($"/learn/{runId}", right.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Cover_ForgedExtensionOrTooLarge_RefusedAndCourseUnchanged()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var courseId = await authoring.CreateCourseAsync(Unique("Обкладинка"));
        var page = $"/admin/courses/{courseId}";
        async Task<string> UploadAsync(byte[] bytes, string name)
        {
            var token = BrowserSession.FormToken(await staff.GetHtmlAsync(page), $"{page}/cover");
            using var content = new MultipartFormDataContent();
            content.Add(new StringContent(token), "__RequestVerificationToken");
            content.Add(new ByteArrayContent(bytes), "file", name);
            using var response = await staff.Client.PostAsync(new Uri($"{page}/cover", UriKind.Relative), content);
            return await FlashAfterAsync(staff, response);
        }

        var executable = "MZ\u0090\0\u0003\0\0\0 not an image"u8.ToArray();
        Assert.Contains("Такий тип файлу не приймаємо.", await UploadAsync(executable, "cover.png"), StringComparison.Ordinal);
        var huge = new byte[6 * 1024 * 1024];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(huge);
        Assert.Contains("Файл завеликий: не більше 5 МБ.", await UploadAsync(huge, "cover.png"), StringComparison.Ordinal);
        Assert.DoesNotContain("/courses/files/", await staff.GetHtmlAsync(page), StringComparison.Ordinal);

        var png = new byte[64];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png);
        Assert.Contains("Обкладинку оновлено.", await UploadAsync(png, "обкладинка.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingPublishedCourse_LessonRemovedAndAdded_ProgressKeptAndCompletionFollowsNewRules()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var (courseId, runId, lessons, slug) = await authoring.CreatePublishedAsync(Unique("Живий курс"), lessons: 2);
        using var learner = await LearnerAsync();
        using (await EnrolAsync(learner, slug, runId))
        {
        }

        using (await learner.SubmitAsync($"/learn/{runId}/lessons/{lessons[0]}", $"/learn/{runId}/lessons/{lessons[0]}/complete", []))
        {
        }

        using (await staff.SubmitAsync($"/admin/courses/{courseId}", $"/admin/courses/{courseId}/lessons/{lessons[1]}/remove", []))
        {
        }

        var section = Regex.Match(await staff.GetHtmlAsync($"/admin/courses/{courseId}"), "id=\"s-([0-9a-f-]{36})\"").Groups[1].Value;
        var added = await authoring.AddLessonAsync(courseId, Guid.Parse(section), "Новий урок");
        var learning = await learner.GetHtmlAsync("/learning");
        Assert.Contains("Пройдено 1 з 2 обов’язкових уроків", learning, StringComparison.Ordinal);
        Assert.DoesNotContain("Завершено", learning, StringComparison.Ordinal);
        using (var removed = await learner.GetAsync($"/learn/{runId}/lessons/{lessons[1]}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        }

        using (await learner.SubmitAsync($"/learn/{runId}/lessons/{added}", $"/learn/{runId}/lessons/{added}/complete", []))
        {
        }

        Assert.Contains("Пройдено 2 з 2 обов’язкових уроків", await learner.GetHtmlAsync("/learning"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteApi_ReplayedTapFromOfflineQueue_CountsOnceAndNeedsAntiforgery()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var (_, runId, lessons, slug) = await authoring.CreatePublishedAsync(Unique("Офлайн"), lessons: 2);
        using var learner = await LearnerAsync();
        using (await EnrolAsync(learner, slug, runId))
        {
        }

        var page = await learner.GetHtmlAsync($"/learn/{runId}/lessons/{lessons[0]}");
        var token = BrowserSession.FormToken(page, $"/learn/{runId}/lessons/{lessons[0]}/complete");
        var api = new Uri($"/api/courses/runs/{runId}/lessons/{lessons[0]}/complete", UriKind.Relative);
        using (var forged = new HttpRequestMessage(HttpMethod.Post, api))
        {
            forged.Headers.Add("X-CSRF-TOKEN", "forged");
            using var response = await learner.Client.SendAsync(forged);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, api);
            request.Headers.Add("X-CSRF-TOKEN", token);
            using var response = await learner.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"done\":1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("Пройдено 1 з 2 обов’язкових уроків", await learner.GetHtmlAsync("/learning"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionalAuthor_NationalCourse_NotVisibleOrEditable()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var courseId = await authoring.CreateCourseAsync(Unique("Національний курс"));
        using var regional = new BrowserSession(App);
        await regional.SignInAsync("metodyst.luhansk@lounb.demo");
        using (var page = await regional.GetAsync($"/admin/courses/{courseId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }

        var token = BrowserSession.FormToken(await regional.GetHtmlAsync("/admin/courses/new"), "/admin/courses/new");
        using var publish = await regional.PostAsync($"/admin/courses/{courseId}/publish", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, publish.StatusCode);
    }

    [Fact]
    public async Task Assignment_LibrariansOfOneLibrary_AllEnrolledOthersNot()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var courseId = await authoring.CreateCourseAsync(Unique("Атестаційна підготовка"), audience: "Librarians");
        var section = await authoring.AddSectionAsync(courseId, "Розділ");
        await authoring.AddLessonAsync(courseId, section, "Урок");
        await authoring.PublishCourseAsync(courseId);
        var runId = await authoring.CreateOpenRunAsync(courseId, null, mode: "Assigned");
        var library = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Libraries, l => l.Name == "Біловодська публічна бібліотека"));
        var email = $"librarian.{Guid.NewGuid():N}@example.org";
        await App.CreatePersonAsync(email, libraryId: library.Id);
        using (var assigned = await staff.SubmitAsync($"/admin/runs/{runId}", $"/admin/runs/{runId}/assign", [new("libraryId", library.Id.ToString())]))
        {
            Assert.Contains("Записано бібліотекарів: 1.", await FlashAfterAsync(staff, assigned), StringComparison.Ordinal);
        }

        var run = await staff.GetHtmlAsync($"/admin/runs/{runId}");
        Assert.Contains(email, run, StringComparison.Ordinal);
        Assert.DoesNotContain("bibliotekar@lounb.demo", run, StringComparison.Ordinal);
        using var librarian = new BrowserSession(App);
        await librarian.SignInAsync(email);
        Assert.Contains("Навчається", await librarian.GetHtmlAsync("/learning"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_Filters_AudienceFormatAndOpenOnlyNarrowTheList()
    {
        using var visitor = new BrowserSession(App);
        var all = await visitor.GetHtmlAsync("/courses");
        var children = await visitor.GetHtmlAsync("/courses?audience=Children");
        Assert.Contains("Code Club Луганщина", children, StringComparison.Ordinal);
        Assert.DoesNotContain("Медіаграмотність для дорослих", children, StringComparison.Ordinal);
        var atHub = await visitor.GetHtmlAsync("/courses?format=AtHub&open=true");
        Assert.Contains("Цифрові послуги для населення", atHub, StringComparison.Ordinal);
        Assert.DoesNotContain("Code Club Луганщина", atHub, StringComparison.Ordinal);
        Assert.Contains("Знайдено курсів:", all, StringComparison.Ordinal);
        var ukrainianOrder = AlphabetOrder.Select(title => all.IndexOf(title, StringComparison.Ordinal)).ToList();
        Assert.All(ukrainianOrder, index => Assert.True(index > 0));
        Assert.Equal(ukrainianOrder.Order(), ukrainianOrder);
    }

    [Fact]
    public async Task LessonPage_TextLesson_IsUnder100KilobytesWithoutMedia()
    {
        using var learner = await LearnerAsync();
        var course = await learner.GetHtmlAsync("/courses/media-literacy-adults");
        var runId = Regex.Match(course, "/courses/media-literacy-adults/runs/([0-9a-f-]{36})/enrol").Groups[1].Value;
        using (await EnrolAsync(learner, "media-literacy-adults", Guid.Parse(runId)))
        {
        }

        using var lesson = await learner.GetAsync($"/learn/{runId}");
        var page = await learner.GetAsync(lesson.Headers.Location!.OriginalString);
        var bytes = await page.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(bytes.Length < 100 * 1024, $"The lesson page is {bytes.Length} bytes.");
    }
}

public sealed class SqliteCoursesTests(SqliteApp app) : CoursesTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCoursesTests(PostgresApp app) : CoursesTests(app), IClassFixture<PostgresApp>;
