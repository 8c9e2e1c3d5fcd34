using System.Net;

namespace Lounb.Learning.Tests;

/// <summary>
/// The signed-in course page of the exam day: the course comes from the catalog's cache and the people's enrolments of
/// the same moment are read by one query, yet each person sees only their own status and their own antiforgery token,
/// and a change shows on the very next page.
/// </summary>
public abstract partial class CoursesTests
{
    [Fact]
    public async Task CoursePage_PeopleAtTheSameMoment_EachSeesOwnStatusAndToken_EnrolmentAndEditShowOnTheNextPage()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var title = Unique("Медіаграмотність для дорослих");
        var (courseId, runId, _, slug) = await authoring.CreatePublishedAsync(title, capacity: 10);
        using var enrolled = await LearnerAsync();
        using var newcomer = await LearnerAsync();
        using (await EnrolAsync(enrolled, slug, runId))
        {
        }

        var page = $"/courses/{slug}";
        var withdraw = $"/courses/{slug}/runs/{runId}/withdraw";
        var enrol = $"/courses/{slug}/runs/{runId}/enrol";

        // Both people ask for the page at the same moment, again and again: their enrolments are read together.
        var pages = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => (i % 2 == 0 ? enrolled : newcomer).GetHtmlAsync(page)));
        for (var i = 0; i < pages.Length; i++)
        {
            var isEnrolled = i % 2 == 0;
            Assert.Equal(isEnrolled, pages[i].Contains($"action=\"{withdraw}\"", StringComparison.Ordinal));
            Assert.Equal(isEnrolled, pages[i].Contains("href=\"/learn/" + runId + "\"", StringComparison.Ordinal));
            Assert.Equal(!isEnrolled, pages[i].Contains($"action=\"{enrol}\"", StringComparison.Ordinal));
        }

        // Each page carries its own person's token: the enrolled person's token is refused for the newcomer, nothing changes.
        var enrolledToken = BrowserSession.FormToken(pages[0], withdraw);
        using (var foreign = await newcomer.PostAsync(enrol, [new("__RequestVerificationToken", enrolledToken)]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        }

        Assert.Contains($"action=\"{enrol}\"", await newcomer.GetHtmlAsync(page), StringComparison.Ordinal);

        // The newcomer's own token enrols them, and their very next page says so.
        using (var own = await newcomer.PostAsync(enrol, [new("__RequestVerificationToken", BrowserSession.FormToken(pages[1], enrol))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        }

        var afterEnrolment = await newcomer.GetHtmlAsync(page);
        Assert.Contains($"action=\"{withdraw}\"", afterEnrolment, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"{enrol}\"", afterEnrolment, StringComparison.Ordinal);

        // A withdrawal shows on the next page too.
        using (await enrolled.SubmitAsync(page, withdraw, []))
        {
        }

        Assert.Contains($"action=\"{enrol}\"", await enrolled.GetHtmlAsync(page), StringComparison.Ordinal);

        // An edit of the course shows at once on a page already served from the catalog's cache.
        var renamed = Unique("Медіаграмотність: нова назва");
        using (var edited = await staff.SubmitAsync($"/admin/courses/{courseId}/edit", $"/admin/courses/{courseId}/edit",
            [new("Title", renamed), new("Slug", slug), new("Summary", "Опис курсу для перевірки."), new("Audience", "Adults"),
             new("Format", "SelfPaced"), new("Hours", "4"), new("Topics", "тест")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        var afterEdit = await Task.WhenAll(newcomer.GetHtmlAsync(page), enrolled.GetHtmlAsync(page));
        Assert.All(afterEdit, html => Assert.Contains(WebUtility.HtmlEncode(renamed), html, StringComparison.Ordinal));
        Assert.Contains($"action=\"{withdraw}\"", afterEdit[0], StringComparison.Ordinal);
        Assert.Contains($"action=\"{enrol}\"", afterEdit[1], StringComparison.Ordinal);
    }
}
