using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Authoring without ids: a lesson's quiz or event is picked from a list that holds only what the author may link (oblast
/// scope), a reference outside it is refused, and the staff area tells every role what it may do.
/// </summary>
public abstract class AuthoringPickerTests(LounbAppFactory app)
{
    private const string Luhansk = "metodyst.luhansk@lounb.demo";
    private const string Cherkasy = "metodyst.cherkasy@lounb.demo";

    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    [Fact]
    public async Task Quiz_search_lists_only_the_quizzes_of_the_authors_oblast()
    {
        var title = Unique("Луганський тест");
        var quizId = await QuizAsync(title, "UA-09");

        Assert.Empty(await SearchAsync(Cherkasy, "quiz", title));
        var found = Assert.Single(await SearchAsync(Luhansk, "quiz", title));
        Assert.Equal(quizId.ToString(), found.GetProperty("value").GetString());
        Assert.Contains("Луганська область", found.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/admin/quizzes/{quizId}", found.GetProperty("openUrl").GetString());
        Assert.Single(await SearchAsync("metodyst@lounb.demo", "quiz", title));
    }

    [Fact]
    public async Task Event_search_lists_only_the_events_of_the_authors_oblast_and_national_ones()
    {
        var title = Unique("Вебінар для вибору");
        var eventId = await EventAsync(title, "UA-09");
        var national = await EventAsync(title + " для всіх", null);

        var cherkasy = await SearchAsync(Cherkasy, "live", title);
        Assert.Equal([national.ToString()], cherkasy.Select(e => e.GetProperty("value").GetString()));
        Assert.Equal($"/webinars/{national}", cherkasy[0].GetProperty("openUrl").GetString());
        var luhansk = await SearchAsync(Luhansk, "live", title);
        Assert.Equal([eventId.ToString(), national.ToString()], luhansk.Select(e => e.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Search_of_an_unknown_kind_is_not_found_and_a_learner_may_not_search()
    {
        using var staff = new BrowserSession(app);
        await staff.SignInAsync(Luhansk);
        using (var unknown = await staff.GetAsync("/admin/courses/lesson-references/text"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        using var learner = new BrowserSession(app);
        await learner.SignInAsync("slukhach@lounb.demo");
        using var refused = await learner.GetAsync("/admin/courses/lesson-references/quiz");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task A_lesson_takes_a_quiz_picked_from_the_list_and_refuses_one_from_another_oblast()
    {
        var own = Unique("Черкаський тест");
        var ownQuiz = await QuizAsync(own, "UA-71");
        var foreignQuiz = await QuizAsync(Unique("Луганський тест"), "UA-09");
        using var staff = new BrowserSession(app);
        await staff.SignInAsync(Cherkasy);
        var authoring = new CourseAuthoringClient(staff);
        var courseId = await authoring.CreateCourseAsync(Unique("Курс із тестом"));
        var section = await authoring.AddSectionAsync(courseId, "Підсумок");
        var lessonId = await authoring.AddLessonAsync(courseId, section, "Підсумковий тест", kind: "quiz");
        var page = $"/admin/courses/{courseId}/lessons/{lessonId}";

        // Without JavaScript the search box reloads the page with the results in the list.
        var searched = await staff.GetHtmlAsync($"{page}?q={Uri.EscapeDataString(own)}");
        Assert.Contains($"<option value=\"{ownQuiz}\"", searched, StringComparison.Ordinal);
        Assert.DoesNotContain(foreignQuiz.ToString(), searched, StringComparison.Ordinal);

        using (var refused = await staff.SubmitAsync(page, page, [new("Title", "Підсумковий тест"), new("IsRequired", "true"), new("ExtensionRef", foreignQuiz.ToString())]))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Оберіть тест зі списку", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Null(await ReferenceAsync(staff, page));
        using (var saved = await staff.SubmitAsync(page, page, [new("Title", "Підсумковий тест"), new("IsRequired", "true"), new("ExtensionRef", ownQuiz.ToString())]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(ownQuiz.ToString(), await ReferenceAsync(staff, page));
        var reopened = await staff.GetHtmlAsync(page);
        Assert.Contains($"href=\"/admin/quizzes/{ownQuiz}\"", reopened, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentor_reads_what_the_role_allows_in_the_staff_area()
    {
        using var mentor = new BrowserSession(app);
        await mentor.SignInAsync("mentor@lounb.demo");

        var home = await mentor.GetHtmlAsync("/admin");

        Assert.DoesNotContain("нічого немає", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/webinars\"", home, StringComparison.Ordinal);
        Assert.Contains("Ментор", home, StringComparison.Ordinal);
        Assert.Contains("Модерувати чат і запитання", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/courses\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_role_lists_its_own_pages_in_the_staff_area()
    {
        using var coordinator = new BrowserSession(app);
        await coordinator.SignInAsync("koordynator@lounb.demo");
        var home = await coordinator.GetHtmlAsync("/admin");
        Assert.Contains("Координатор хабу", home, StringComparison.Ordinal);
        Assert.Contains("Дніпропетровська область", home, StringComparison.Ordinal);
        Assert.Contains("Планувати вебінари", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/users\"", home, StringComparison.Ordinal);

        using var admin = new BrowserSession(app);
        await admin.SignInAsync("admin@lounb.demo");
        var adminHome = await admin.GetHtmlAsync("/admin");
        Assert.Contains("href=\"/admin/audit\"", adminHome, StringComparison.Ordinal);
        Assert.Contains("уся Україна", adminHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_who_speaks_at_another_oblasts_event_sees_it_read_only()
    {
        var title = Unique("Доповідь координатора");
        var eventId = await EventAsync(title, "UA-09", speaker: "koordynator@lounb.demo");
        var other = await EventAsync(Unique("Чужа подія"), "UA-09");
        using var coordinator = new BrowserSession(app);
        await coordinator.SignInAsync("koordynator@lounb.demo");

        var list = await coordinator.GetHtmlAsync("/admin/webinars");

        Assert.Contains($"href=\"/webinars/{eventId}\">{title}</a>", list, StringComparison.Ordinal);
        Assert.Contains("ви доповідаєте", list, StringComparison.Ordinal);
        Assert.DoesNotContain(other.ToString(), list, StringComparison.Ordinal);
        using var staffPage = await coordinator.GetAsync($"/admin/webinars/{eventId}");
        Assert.Equal(HttpStatusCode.NotFound, staffPage.StatusCode);
    }

    [Fact]
    public async Task A_runs_learner_list_counts_required_lessons_passed_out_of_all_required()
    {
        using var staff = new BrowserSession(app);
        await staff.SignInAsync("metodyst@lounb.demo");
        var authoring = new CourseAuthoringClient(staff);
        var courseId = await authoring.CreateCourseAsync(Unique("Курс з лічильником"));
        var section = await authoring.AddSectionAsync(courseId, "Розділ");
        var required = await authoring.AddLessonAsync(courseId, section, "Обов'язковий перший");
        await authoring.AddLessonAsync(courseId, section, "Обов'язковий другий");
        var optional = await authoring.AddLessonAsync(courseId, section, "Для допитливих", required: false);
        await authoring.PublishCourseAsync(courseId);
        var runId = await authoring.CreateOpenRunAsync(courseId, capacity: null);
        var slug = Regex.Match(await staff.GetHtmlAsync($"/admin/courses/{courseId}"), "href=\"/courses/([a-z0-9-]+)\"").Groups[1].Value;
        var email = $"slukhach.{Guid.NewGuid():N}@example.org";
        await app.CreatePersonAsync(email);
        using var learner = new BrowserSession(app);
        await learner.SignInAsync(email);
        using (await learner.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/enrol", []))
        {
        }

        foreach (var lesson in new[] { required, optional })
        {
            using var done = await learner.SubmitAsync($"/learn/{runId}/lessons/{lesson}", $"/learn/{runId}/lessons/{lesson}/complete", []);
        }

        Assert.Contains("Пройдено 1 з 2 обов’язкових уроків", await learner.GetHtmlAsync($"/learn/{runId}/lessons/{required}"), StringComparison.Ordinal);
        Assert.Contains("<td>1 з 2</td>", await staff.GetHtmlAsync($"/admin/runs/{runId}"), StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> SearchAsync(string email, string kind, string text)
    {
        using var session = new BrowserSession(app);
        await session.SignInAsync(email);
        using var response = await session.GetAsync($"/admin/courses/lesson-references/{kind}?q={Uri.EscapeDataString(text)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private async Task<Guid> QuizAsync(string title, string oblast)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var author = await services.GetRequiredService<Lounb.Modules.Core.Data.LounbDbContext>().Users.Where(u => u.Email == Luhansk).Select(u => u.Id).FirstAsync();
        var settings = new QuizSettings(title, "Вступ", null, null, null, 0, GradingMethod.Highest, 60m,
            ShuffleQuestions: false, ShuffleAnswers: false, QuestionsPerPage: 2, NavigationMode.Free, ReviewTiming.Immediately, true, true, true);
        var created = await services.GetRequiredService<QuizAuthoringService>().CreateAsync(author, oblast, settings, default);
        Assert.True(created.IsSuccess);
        return created.Value;
    }

    private Task<Guid> EventAsync(string title, string? oblast, string? speaker = null) => app.WithDbAsync(async db =>
    {
        var webinar = new WebinarEvent(title, EventKind.Webinar, DateTime.UtcNow.AddDays(5), 90, oblast, "test.lounb", DateTime.UtcNow);
        if (speaker is not null)
        {
            var user = await db.Users.FirstAsync(u => u.Email == speaker);
            webinar.Hosts.Add(new EventHost(webinar.Id, user.Id, user.FullName, HostRole.Speaker));
        }

        db.Add(webinar);
        await db.SaveChangesAsync();
        return webinar.Id;
    });

    /// <summary>The quiz the lesson's form shows as chosen, or null.</summary>
    private static async Task<string?> ReferenceAsync(BrowserSession staff, string page)
    {
        var chosen = Regex.Match(await staff.GetHtmlAsync(page), "<option value=\"([0-9a-f-]{36})\" selected=\"selected\"");
        return chosen.Success ? chosen.Groups[1].Value : null;
    }
}

public sealed class SqliteAuthoringPickerTests(SqliteApp app) : AuthoringPickerTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuthoringPickerTests(PostgresApp app) : AuthoringPickerTests(app), IClassFixture<PostgresApp>;
