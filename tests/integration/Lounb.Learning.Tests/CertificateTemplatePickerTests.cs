using System.Net;
using System.Text.Json;
using Lounb.Modules.Certificates.Domain;

namespace Lounb.Learning.Tests;

/// <summary>A certificate template's course is picked from a list that holds only what the methodologist may use (oblast scope).</summary>
public abstract partial class CertificatesTests
{
    private const string LuhanskMethodologist = "metodyst.luhansk@lounb.demo";
    private const string CherkasyMethodologist = "metodyst.cherkasy@lounb.demo";

    [Fact]
    public async Task TemplatePicker_CourseSearch_ListsOnlyTheCoursesOfTheMethodologistsOblast()
    {
        var title = $"Курс вибору {Guid.NewGuid():N}"[..20];
        var luhansk = await CourseAsync(title + " Л", LuhanskMethodologist);
        var cherkasy = await CourseAsync(title + " Ч", CherkasyMethodologist);

        Assert.Equal([cherkasy.ToString()], await TemplateSearchAsync(CherkasyMethodologist, "CourseCompletion", title));
        Assert.Equal([luhansk.ToString()], await TemplateSearchAsync(LuhanskMethodologist, "CourseCompletion", title));
        Assert.Equal(2, (await TemplateSearchAsync("metodyst@lounb.demo", "CourseCompletion", title)).Count);
        Assert.Empty(await TemplateSearchAsync(CherkasyMethodologist, "QuizPass", title));

        using var staff = new BrowserSession(App);
        await staff.SignInAsync(CherkasyMethodologist);
        using var unknown = await staff.GetAsync("/admin/certificates/templates/references/Other");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // Without JavaScript the search reloads the form with the results in the course list.
        var reloaded = WebUtility.HtmlDecode(await staff.GetHtmlAsync($"/admin/certificates/templates/new?searchKind=CourseCompletion&q={Uri.EscapeDataString(title)}"));
        Assert.Contains($"<option value=\"{cherkasy}\"", reloaded, StringComparison.Ordinal);
        Assert.DoesNotContain(luhansk.ToString(), reloaded, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"GroupId\"", reloaded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplatePicker_SavesThePickedCourse_AndRefusesAnotherOblastsCourseSavingNothing()
    {
        var own = await CourseAsync("Черкаський курс", CherkasyMethodologist);
        var foreign = await CourseAsync("Луганський курс", LuhanskMethodologist);
        using var staff = new BrowserSession(App);
        await staff.SignInAsync(CherkasyMethodologist);
        var refusedName = $"Шаблон {Guid.NewGuid():N}";

        using (var refused = await staff.SubmitAsync("/admin/certificates/templates/new", "/admin/certificates/templates/new",
            TemplateFields(refusedName, foreign, "завершив(-ла) «{назва}»", issueAutomatically: true)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Оберіть курс зі списку", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Empty(await TemplatesNamedAsync(refusedName));
        var name = $"Шаблон {Guid.NewGuid():N}";
        using (var saved = await staff.SubmitAsync("/admin/certificates/templates/new", "/admin/certificates/templates/new",
            TemplateFields(name, own, "завершив(-ла) «{назва}»", issueAutomatically: true)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var template = Assert.Single(await TemplatesNamedAsync(name));
        Assert.Equal((AchievementKind.CourseCompletion, own), (template.Kind, template.GroupId));
        var edit = WebUtility.HtmlDecode(await staff.GetHtmlAsync($"/admin/certificates/templates/{template.Id}"));
        Assert.Matches($"<option value=\"{own}\" selected=\"selected\"[^>]*>Черкаський курс", edit);
    }

    private async Task<List<string?>> TemplateSearchAsync(string email, string kind, string text)
    {
        using var session = new BrowserSession(App);
        await session.SignInAsync(email);
        using var response = await session.GetAsync($"/admin/certificates/templates/references/{kind}?q={Uri.EscapeDataString(text)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.EnumerateArray().Select(e => e.GetProperty("value").GetString())];
    }

    /// <summary>A course written by <paramref name="author"/> (so of their oblast; national for the national methodologist).</summary>
    private async Task<Guid> CourseAsync(string title, string author = "metodyst@lounb.demo")
    {
        using var staff = new BrowserSession(App);
        await staff.SignInAsync(author);
        return await new CourseAuthoringClient(staff).CreateCourseAsync(title);
    }
}
