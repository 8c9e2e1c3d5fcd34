using System.Net;
using System.Text.RegularExpressions;

namespace Lounb.Learning.Tests;

/// <summary>Drives the staff pages of the Courses module the way a methodologist does, returning the ids the pages give back.</summary>
public sealed partial class CourseAuthoringClient(BrowserSession staff)
{
    public async Task<Guid> CreateCourseAsync(string title, string audience = "Adults", string format = "SelfPaced", int hours = 4, string topics = "тест")
    {
        using var response = await staff.SubmitAsync("/admin/courses/new", "/admin/courses/new",
            [new("Title", title), new("Summary", "Опис курсу для перевірки."), new("Audience", audience), new("Format", format),
             new("Hours", hours.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Topics", topics)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdAfter(response, "/admin/courses/");
    }

    public async Task<Guid> AddSectionAsync(Guid courseId, string title)
    {
        using var response = await staff.SubmitAsync($"/admin/courses/{courseId}", $"/admin/courses/{courseId}/sections", [new("title", title)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await staff.GetHtmlAsync($"/admin/courses/{courseId}");
        var ids = SectionIds().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        return ids[^1];
    }

    public async Task<Guid> AddLessonAsync(Guid courseId, Guid sectionId, string title, string kind = "text", string body = "Текст уроку.", bool required = true, string? url = null, string? reference = null)
    {
        using var added = await staff.SubmitAsync($"/admin/courses/{courseId}", $"/admin/courses/{courseId}/sections/{sectionId}/lessons", [new("title", title), new("kind", kind)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var lessonId = IdAfter(added, $"/admin/courses/{courseId}/lessons/");
        var page = $"/admin/courses/{courseId}/lessons/{lessonId}";
        var fields = new List<KeyValuePair<string, string>> { new("Title", title), new("BodyMarkdown", body), new("IsRequired", required ? "true" : "false") };
        if (url is not null)
        {
            fields.Add(new("Url", url));
        }

        if (reference is not null)
        {
            fields.Add(new("ExtensionRef", reference));
        }

        using var saved = await staff.SubmitAsync(page, page, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return lessonId;
    }

    public async Task PublishCourseAsync(Guid courseId)
    {
        using var response = await staff.SubmitAsync($"/admin/courses/{courseId}", $"/admin/courses/{courseId}/publish", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task<HttpResponseMessage> SubmitRunAsync(Guid courseId, int? capacity, string mode = "Open", string? starts = null, string? ends = null, string? inviteCode = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await staff.SubmitAsync($"/admin/courses/{courseId}/runs/new", $"/admin/courses/{courseId}/runs/new",
        [
            new("Title", "Тестовий набір"), new("StartsOn", starts ?? today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("EndsOn", ends ?? today.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("Capacity", capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""), new("Mode", mode), new("InviteCode", inviteCode ?? ""),
        ]);
    }

    public async Task<Guid> CreateOpenRunAsync(Guid courseId, int? capacity, string mode = "Open", string? inviteCode = null)
    {
        using var response = await SubmitRunAsync(courseId, capacity, mode, inviteCode: inviteCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var runId = IdAfter(response, "/admin/runs/");
        using var published = await staff.SubmitAsync($"/admin/runs/{runId}", $"/admin/runs/{runId}/publish", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return runId;
    }

    /// <summary>A published course with one section of the given lessons and an open run (enrolling as <paramref name="mode"/> says).</summary>
    public async Task<(Guid CourseId, Guid RunId, IReadOnlyList<Guid> Lessons, string Slug)> CreatePublishedAsync(string title, int lessons = 2, int? capacity = null, string mode = "Open")
    {
        var courseId = await CreateCourseAsync(title);
        var section = await AddSectionAsync(courseId, "Розділ перший");
        var ids = new List<Guid>();
        for (var i = 1; i <= lessons; i++)
        {
            ids.Add(await AddLessonAsync(courseId, section, $"Урок {i}"));
        }

        await PublishCourseAsync(courseId);
        var runId = await CreateOpenRunAsync(courseId, capacity, mode);
        var html = await staff.GetHtmlAsync($"/admin/courses/{courseId}");
        var slug = CatalogLink().Match(html).Groups[1].Value;
        return (courseId, runId, ids, slug);
    }

    private static Guid IdAfter(HttpResponseMessage response, string prefix)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.StartsWith(prefix, location, StringComparison.Ordinal);
        return Guid.Parse(location[prefix.Length..].Split('/', '?')[0]);
    }

    [GeneratedRegex("id=\"s-([0-9a-f-]{36})\"")]
    private static partial Regex SectionIds();

    [GeneratedRegex("href=\"/courses/([a-z0-9-]+)\">Сторінка в каталозі")]
    private static partial Regex CatalogLink();
}
