using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Lounb.Learning.Tests;

/// <summary>
/// Phones on slow connections (issue 12 §1): anonymous public pages set no cookie and may be kept by a proxy for a
/// short while, signed-in pages never; the language switch is a link that cannot redirect elsewhere; static files are
/// fingerprinted, precompressed and immutable; HTML is compressed; an offline-kept lesson answers 304 when unchanged.
/// </summary>
public abstract partial class PageCachingTests(LounbAppFactory app)
{
    private BrowserSession NewSession() => new(app);

    private static async Task<string> FirstLinkAsync(BrowserSession session, string page, Regex link)
    {
        var match = link.Match(await session.GetHtmlAsync(page));
        Assert.True(match.Success, $"{page} links to nothing like {link}.");
        return match.Groups[1].Value;
    }

    private async Task<string[]> PublicPagesAsync()
    {
        using var session = NewSession();
        return ["/", "/courses", await FirstLinkAsync(session, "/courses", CourseLink()), "/webinars",
            await FirstLinkAsync(session, "/webinars", EventLink()), "/verify", "/pages/about"];
    }

    [Fact]
    public async Task PublicPages_Anonymous_NoCookieAndShortPublicCacheVaryingByCookie()
    {
        foreach (var page in await PublicPagesAsync())
        {
            using var session = NewSession();
            using var response = await session.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{page} sets a cookie: {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [])}");
            var cache = response.Headers.CacheControl;
            Assert.True(cache is { Public: true, MaxAge.TotalSeconds: 60 }, $"{page}: Cache-Control {cache}");
            Assert.Contains("Cookie", response.Headers.Vary);
        }
    }

    [Fact]
    public async Task PublicPages_SignedIn_PrivateNeverPublic()
    {
        using var session = NewSession();
        await session.SignInAsync("slukhach@lounb.demo");
        foreach (var page in await PublicPagesAsync())
        {
            using var response = await session.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cache = response.Headers.CacheControl;
            Assert.True(cache is not null && !cache.Public && (cache.Private || cache.NoStore), $"{page} signed in: Cache-Control {cache}");
        }
    }

    [Fact]
    public async Task CultureLink_SupportedCulture_SetsCookieAndReturnsToThePage()
    {
        using var session = NewSession();
        using var response = await session.GetAsync("/culture?c=en&returnUrl=%2Fcourses%3Fq%3Dmedia");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/courses?q=media", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"en\">", await session.GetHtmlAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/é")]
    [InlineData("/。/x")]
    public async Task CultureLink_ForeignReturnUrl_GoesHome(string returnUrl)
    {
        using var session = NewSession();
        using var response = await session.GetAsync($"/culture?c=en&returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/culture?c=de&returnUrl=%2F")]
    [InlineData("/culture?returnUrl=%2F")]
    public async Task CultureLink_UnsupportedCulture_RefusedWithoutCookie(string url)
    {
        using var session = NewSession();
        using var response = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Layout_LanguageSwitchIsALinkAndTheMenuFoldsIntoADisclosure()
    {
        using var session = NewSession();
        var html = await session.GetHtmlAsync("/courses?q=x");
        Assert.Contains("href=\"/culture?c=en&amp;returnUrl=%2Fcourses%3Fq%3Dx\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.Matches("<details class=\"site-menu\">\\s*<summary>", html);
    }

    [Fact]
    public async Task StaticAssets_LinkedByFingerprint_PrecompressedAndImmutable()
    {
        using var session = NewSession();
        var href = BootstrapLink().Match(await session.GetHtmlAsync("/")).Groups[1].Value;
        Assert.Matches(@"^/_content/Lounb\.Themes\.Default/lib/bootstrap/bootstrap\.min\.[a-z0-9]{10}\.css$", href);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await session.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentEncoding.Single(), new[] { "gzip", "br" });
        Assert.True(response.Content.Headers.ContentLength < 40_000, $"bootstrap.min.css is {response.Content.Headers.ContentLength} bytes compressed");
        Assert.True(response.Headers.CacheControl is { MaxAge.TotalDays: >= 365 } && response.Headers.CacheControl.Extensions.Any(e => e.Name == "immutable"),
            $"Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Html_ClientAcceptsBrotli_SentCompressed()
    {
        using var session = NewSession();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/courses", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await session.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        await using var body = new System.IO.Compression.BrotliStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(body);
        Assert.Contains("<html lang=\"uk\">", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lesson_UnchangedSinceTheKeptCopy_Answers304_ChangedAnswersTheNewPage()
    {
        var email = $"learner.{Guid.NewGuid():N}@example.org";
        await app.CreatePersonAsync(email);
        using var learner = NewSession();
        await learner.SignInAsync(email);
        var (slug, runId) = await OpenCourseAsync(learner);
        using (var enrolled = await learner.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/enrol", []))
        {
            Assert.Equal($"/learn/{runId}", enrolled.Headers.Location?.OriginalString);
        }

        string lesson;
        using (var resume = await learner.GetAsync($"/learn/{runId}"))
        {
            lesson = resume.Headers.Location!.OriginalString;
        }

        // The first view shows the enrolment message once; from then on the page is the same until something changes.
        await learner.GetHtmlAsync(lesson);
        using var first = await learner.GetAsync(lesson);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true, NoStore: false }, $"Cache-Control {first.Headers.CacheControl}");

        // Another response carries another antiforgery token, yet the page is the same: same ETag, and 304 when asked.
        using var again = await learner.GetAsync(lesson);
        Assert.Equal(etag, again.Headers.ETag);
        using (var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(lesson, UriKind.Relative)))
        {
            conditional.Headers.IfNoneMatch.Add(etag);
            using var notModified = await learner.Client.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        }

        using (await learner.SubmitAsync(lesson, $"{lesson}/complete", []))
        {
        }

        using var changed = new HttpRequestMessage(HttpMethod.Get, new Uri(lesson, UriKind.Relative));
        changed.Headers.IfNoneMatch.Add(etag);
        using var fresh = await learner.Client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(etag, fresh.Headers.ETag);
    }

    /// <summary>A demo course with a run anyone may join at once.</summary>
    private static async Task<(string Slug, Guid RunId)> OpenCourseAsync(BrowserSession learner)
    {
        foreach (Match course in CourseLink().Matches(await learner.GetHtmlAsync("/courses")))
        {
            var slug = course.Groups[1].Value["/courses/".Length..];
            var form = OpenEnrolForm().Match(await learner.GetHtmlAsync(course.Groups[1].Value));
            if (form.Success && form.Groups[1].Value == slug)
            {
                return (slug, Guid.Parse(form.Groups[2].Value));
            }
        }

        throw new InvalidOperationException("No demo course has a run open for enrolment.");
    }

    [GeneratedRegex("href=\"(/courses/[a-z0-9-]+)\"")]
    private static partial Regex CourseLink();

    [GeneratedRegex("href=\"(/webinars/[0-9a-f-]{36})\"")]
    private static partial Regex EventLink();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]*bootstrap[^\"]*)\"")]
    private static partial Regex BootstrapLink();

    [GeneratedRegex("action=\"/courses/([a-z0-9-]+)/runs/([0-9a-f-]{36})/enrol\"[^>]*>\\s*<button type=\"submit\" class=\"btn btn-primary btn-sm\">Записатися</button>")]
    private static partial Regex OpenEnrolForm();
}

public sealed class SqlitePageCachingTests(SqliteApp app) : PageCachingTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresPageCachingTests(PostgresApp app) : PageCachingTests(app), IClassFixture<PostgresApp>;
