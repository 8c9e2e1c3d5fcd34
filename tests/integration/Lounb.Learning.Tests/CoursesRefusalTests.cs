using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lounb.Learning.Tests;

/// <summary>How the Courses module refuses: API answers in problem details with a <c>Courses:&lt;Name&gt;</c> code, buttons return with a message.</summary>
public abstract partial class CoursesTests
{
    [Fact]
    public async Task CompleteApi_Refusals_AreProblemDetailsWithCoursesCodes()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var (_, runId, lessons, slug) = await authoring.CreatePublishedAsync(Unique("Відмови API"), lessons: 1);
        using var learner = await LearnerAsync();
        using (await EnrolAsync(learner, slug, runId))
        {
        }

        var api = new Uri($"/api/courses/runs/{runId}/lessons/{lessons[0]}/complete", UriKind.Relative);
        using (var forged = new HttpRequestMessage(HttpMethod.Post, api))
        {
            forged.Headers.Add("X-CSRF-TOKEN", "forged");
            using var response = await learner.Client.SendAsync(forged);
            await AssertProblemAsync(response, HttpStatusCode.BadRequest, "Courses:PageExpired", "Сторінка застаріла");
        }

        // A person who is not learning in the run: their own page's token is fine, the run is not theirs.
        using var stranger = await LearnerAsync();
        var token = BrowserSession.FormToken(await stranger.GetHtmlAsync("/courses"), "/account/logout");
        using var request = new HttpRequestMessage(HttpMethod.Post, api);
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var notLearning = await stranger.Client.SendAsync(request);
        await AssertProblemAsync(notLearning, HttpStatusCode.NotFound, "Courses:NotEnrolled", "Ви не навчаєтеся на цьому курсі.");
        Assert.DoesNotContain("Пройдено 1", await learner.GetHtmlAsync("/learning"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_CourseWithTheLongestTitle_CopyStillFitsTheTitleColumn()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var title = $"{Guid.NewGuid():N} " + new string('д', 200 - 33);
        var courseId = await authoring.CreateCourseAsync(title);

        using var copied = await staff.SubmitAsync($"/admin/courses/{courseId}", $"/admin/courses/{courseId}/duplicate", []);

        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var copyPage = copied.Headers.Location!.OriginalString;
        Assert.Matches("^/admin/courses/[0-9a-f-]{36}$", copyPage);
        Assert.NotEqual($"/admin/courses/{courseId}", copyPage);
        var html = WebUtility.HtmlDecode(await staff.GetHtmlAsync(copyPage));
        Assert.Contains(title[..(200 - " (копія)".Length)] + " (копія)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approval_DecidedTwice_SecondSaysSo_AndAnUnknownRequestIsNotFound()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var (_, runId, _, slug) = await authoring.CreatePublishedAsync(Unique("Заявки"), lessons: 1, capacity: 5, mode: "Approval");
        using var learner = await LearnerAsync();
        using (var asked = await EnrolAsync(learner, slug, runId))
        {
            Assert.Contains("Заявку надіслано", await FlashAfterAsync(learner, asked), StringComparison.Ordinal);
        }

        var runPage = $"/admin/runs/{runId}";
        var approve = Regex.Match(await staff.GetHtmlAsync(runPage), $"action=\"(/admin/runs/{runId}/enrollments/[0-9a-f-]{{36}}/approve)\"").Groups[1].Value;
        Assert.NotEqual("", approve);
        using (var first = await staff.SubmitAsync(runPage, approve, []))
        {
            Assert.Contains("Заявку схвалено.", await FlashAfterAsync(staff, first), StringComparison.Ordinal);
        }

        var token = BrowserSession.FormToken(await staff.GetHtmlAsync(runPage), $"{runPage}/close");
        using (var again = await staff.PostAsync(approve, [new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.Contains("Цю заявку вже розглянуто.", await FlashAfterAsync(staff, again), StringComparison.Ordinal);
        }

        using var unknown = await staff.PostAsync($"{runPage}/enrollments/{Guid.NewGuid()}/approve", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Навчається", await learner.GetHtmlAsync("/learning"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_WithoutAPlace_SaysSoOnTheCoursePage()
    {
        var (staff, authoring) = await MethodologistAsync();
        using var _ = staff;
        var (_, runId, _, slug) = await authoring.CreatePublishedAsync(Unique("Вибуття"));
        using var learner = await LearnerAsync();

        // The page offers no withdrawal to someone without a place; a stale page or a crafted form still may post it.
        var token = BrowserSession.FormToken(await learner.GetHtmlAsync("/courses"), "/account/logout");
        using var withdrawn = await learner.PostAsync($"/courses/{slug}/runs/{runId}/withdraw", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("Ви не навчаєтеся в цьому наборі", await FlashAfterAsync(learner, withdrawn), StringComparison.Ordinal);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
        Assert.Contains(detail, body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
