using System.Net;

namespace Lounb.Learning.Tests;

/// <summary>Which pages follow the choice of English, and that forms carry no framework default message.</summary>
public abstract class LanguageTests(LounbAppFactory app)
{
    private static async Task<string> GetInEnglishAsync(BrowserSession session, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var response = await session.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/courses")]
    [InlineData("/webinars")]
    [InlineData("/verify")]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    public async Task PublicPage_EnglishChosen_IsEnglishAndOffersUkrainian(string path)
    {
        using var session = new BrowserSession(app);

        var html = await GetInEnglishAsync(session, path);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Українською", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageNotOfferedInEnglish_EnglishChosen_StaysUkrainianWithoutTheSwitch()
    {
        using var session = new BrowserSession(app);
        await session.SignInAsync("slukhach@lounb.demo");

        var html = await GetInEnglishAsync(session, "/dashboard");

        Assert.Contains("<html lang=\"uk\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Українською", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">English<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInForm_CheckBox_HasAUkrainianRequiredMessageNotTheFrameworkDefault()
    {
        using var session = new BrowserSession(app);

        var ukrainian = await session.GetHtmlAsync("/account/login");
        var english = await GetInEnglishAsync(session, "/account/login");

        Assert.DoesNotContain("field is required", ukrainian, StringComparison.Ordinal);
        Assert.Contains("data-val-required=\"Заповніть поле «Запам&#x27;ятати мене на цьому пристрої».\"", ukrainian, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoursePage_HoursFollowTheAudience()
    {
        using var session = new BrowserSession(app);

        var citizens = await session.GetHtmlAsync("/courses/media-literacy-adults");

        Assert.Contains("год навчання", citizens, StringComparison.Ordinal);
        Assert.DoesNotContain("підвищення кваліфікації", citizens, StringComparison.Ordinal);
    }
}

public sealed class SqliteLanguageTests(SqliteApp app) : LanguageTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresLanguageTests(PostgresApp app) : LanguageTests(app), IClassFixture<PostgresApp>;
