using System.Net;
using System.Text.RegularExpressions;
using Lounb.Modules.Reports.Application;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Known activity in the modules (three people enrol in a course, two finish it) gives exactly the expected dashboard
/// figures through the events; the rebuild from the modules' contracts gives the same; the drill-down lists the right
/// people; an oblast outside the viewer's scope is refused and a period ending before it starts is explained.
/// </summary>
public abstract partial class ReportsDashboardTests(LounbAppFactory app)
{
    private const string National = "metodyst@lounb.demo";
    private const string Administrator = "admin@lounb.demo";

    protected LounbAppFactory App { get; } = app;

    [Fact]
    public async Task Enrolments_and_completions_in_a_course_give_exact_figures_live_and_after_a_rebuild_and_drill_down_to_the_people()
    {
        using var staff = new BrowserSession(App);
        await staff.SignInAsync(National);
        var (courseId, runId, lessons, slug) = await new CourseAuthoringClient(staff).CreatePublishedAsync("Звітний курс " + Guid.NewGuid().ToString("N")[..6], lessons: 1);
        var emails = Enumerable.Range(0, 3).Select(i => $"rep{i}.{Guid.NewGuid():N}@example.org").ToList();
        for (var i = 0; i < emails.Count; i++)
        {
            await App.CreatePersonAsync(emails[i]);
            using var learner = new BrowserSession(App);
            await learner.SignInAsync(emails[i]);
            using (await learner.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/enrol", []))
            {
            }

            if (i < 2)
            {
                using (await learner.SubmitAsync($"/learn/{runId}/lessons/{lessons[0]}", $"/learn/{runId}/lessons/{lessons[0]}/complete", []))
                {
                }
            }
        }

        await App.DeliverEventsAsync();
        await App.DeliverEventsAsync();
        var url = $"/admin/reports?course={courseId}";
        var live = await staff.GetHtmlAsync(url);
        AssertFigures(live);

        using var admin = new BrowserSession(App);
        await admin.SignInAsync(Administrator);
        using (var rebuilt = await admin.SubmitAsync("/admin/reports", "/admin/reports/rebuild", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, rebuilt.StatusCode);
        }

        AssertFigures(await staff.GetHtmlAsync(url));

        var completed = await staff.GetHtmlAsync($"/admin/reports/people?measure=completed&course={courseId}");
        Assert.Contains(emails[0], completed, StringComparison.Ordinal);
        Assert.Contains(emails[1], completed, StringComparison.Ordinal);
        Assert.DoesNotContain(emails[2], completed, StringComparison.Ordinal);
        Assert.Contains(">2</strong>", completed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Periods_that_cut_months_in_half_give_the_figures_of_the_facts_and_a_fact_moved_to_another_month_leaves_the_old_one()
    {
        var course = Guid.NewGuid();
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        ActivityFact Fact(string measure, Guid person, int month, int day) =>
            new($"{measure}:{course}:{person}", measure, new DateTime(2026, month, day, 9, 0, 0, DateTimeKind.Utc), person, course, Day: new DateOnly(2026, month, day));
        await RecordAsync(
        [
            Fact(ReportMeasures.Enrolled, first, 1, 10), Fact(ReportMeasures.LessonCompleted, first, 1, 25), Fact(ReportMeasures.CourseCompleted, first, 2, 3),
            Fact(ReportMeasures.Enrolled, second, 1, 20), Fact(ReportMeasures.LessonCompleted, second, 2, 20),
            Fact(ReportMeasures.Enrolled, third, 2, 25),
        ]);
        using var staff = new BrowserSession(App);
        await staff.SignInAsync(National);

        // Two half months, no whole month between; then a whole month between two part months; then a whole quarter.
        await AssertPeriodAsync(staff, course, new DateOnly(2026, 1, 15), new DateOnly(2026, 2, 14), enrolled: 1, lessons: 1, completed: 1, active: 2);
        await AssertPeriodAsync(staff, course, new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 10), enrolled: 2, lessons: 2, completed: 1, active: 3);
        await AssertPeriodAsync(staff, course, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), enrolled: 3, lessons: 2, completed: 1, active: 3);
        await AssertPeriodAsync(staff, course, new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 28), enrolled: 1, lessons: 1, completed: 0, active: 2);

        // The same source fact delivered again on another day (a correction) moves it to March: February no longer counts it.
        await RecordAsync([Fact(ReportMeasures.Enrolled, third, 3, 5)]);
        await AssertPeriodAsync(staff, course, new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 28), enrolled: 0, lessons: 1, completed: 0, active: 1);
        await AssertPeriodAsync(staff, course, new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 10), enrolled: 1, lessons: 1, completed: 0, active: 2);
    }

    [Fact]
    public async Task An_oblast_outside_the_viewers_scope_is_forbidden_for_the_dashboard_and_the_drill_down()
    {
        using var cherkasy = new BrowserSession(App);
        await cherkasy.SignInAsync("metodyst.cherkasy@lounb.demo");

        using var dashboard = await cherkasy.GetAsync("/admin/reports?oblast=UA-09");
        using var people = await cherkasy.GetAsync("/admin/reports/people?measure=enrolled&oblast=UA-09");

        Assert.Equal(HttpStatusCode.Forbidden, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, people.StatusCode);
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_explained_in_Ukrainian_and_no_figures_are_shown()
    {
        using var staff = new BrowserSession(App);
        await staff.SignInAsync(National);

        var html = await staff.GetHtmlAsync("/admin/reports?from=2026-05-10&to=2026-05-01");

        Assert.Contains("Кінець періоду має бути не раніше за його початок.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"figures\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_cannot_open_the_dashboard()
    {
        using var learner = new BrowserSession(App);
        await learner.SignInAsync("slukhach@lounb.demo");

        using var response = await learner.GetAsync("/admin/reports");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task RecordAsync(IReadOnlyList<ActivityFact> facts)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReadModelWriter>().RecordAsync(facts, CancellationToken.None);
    }

    /// <summary>The dashboard's figures for the course and period are the ones given, and the ones the facts themselves give.</summary>
    private async Task AssertPeriodAsync(BrowserSession staff, Guid course, DateOnly from, DateOnly to, int enrolled, int lessons, int completed, int active)
    {
        var html = await staff.GetHtmlAsync($"/admin/reports?course={course}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        var facts = await App.WithDbAsync(db => db.Set<ReportFact>().AsNoTracking().Where(f => f.CourseId == course && f.Day >= from && f.Day <= to)
            .Select(f => new { f.Measure, f.PersonId }).ToListAsync());
        int Of(string measure) => facts.Count(f => f.Measure == measure);
        Assert.Equal((enrolled, lessons, completed, active), (Of(ReportMeasures.Enrolled), Of(ReportMeasures.LessonCompleted), Of(ReportMeasures.CourseCompleted), facts.Select(f => f.PersonId).Distinct().Count()));
        Assert.Equal($"{enrolled}", Figure(html, "enrolled"));
        Assert.Equal($"{lessons}", Figure(html, "lesson"));
        Assert.Equal($"{completed}", Figure(html, "completed"));
        Assert.Equal($"{active}", Figure(html, "Активні слухачі"));
    }

    private static void AssertFigures(string html)
    {
        Assert.Equal("3", Figure(html, "enrolled"));
        Assert.Equal("2", Figure(html, "lesson"));
        Assert.Equal("2", Figure(html, "completed"));
        Assert.Equal("3", Figure(html, "Активні слухачі"));
        Assert.Matches("^66[,.]7", Figure(html, "Частка завершень"));
    }

    internal static string Figure(string html, string key)
    {
        var match = FigurePattern().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups[1].Value) == key);
        Assert.NotNull(match);
        return match.Groups[2].Value.Trim();
    }

    [GeneratedRegex("data-figure=\"([^\"]+)\">\\s*(?:<a[^>]*>)?([^<]+)")]
    private static partial Regex FigurePattern();
}

public sealed class SqliteReportsDashboardTests(SqliteApp app) : ReportsDashboardTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresReportsDashboardTests(PostgresApp app) : ReportsDashboardTests(app), IClassFixture<PostgresApp>;
