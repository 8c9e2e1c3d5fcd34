using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;

namespace Lounb.Learning.Tests;

/// <summary>A person's browser against the test app: cookies kept, redirects visible, forms posted with their antiforgery token.</summary>
public sealed partial class BrowserSession : IDisposable
{
    private readonly LounbAppFactory _factory;

    public BrowserSession(LounbAppFactory factory)
    {
        _factory = factory;
        Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = factory.ClientOptions.BaseAddress });
    }

    public HttpClient Client { get; }

    public async Task<HttpResponseMessage> GetAsync(string url) => await Client.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetHtmlAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="formPage"/>, takes the antiforgery token of its form that posts to <paramref name="action"/>, and posts <paramref name="fields"/> there.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = FormToken(await GetHtmlAsync(formPage), action);
        return await PostAsync(action, fields.Append(new("__RequestVerificationToken", token)));
    }

    /// <summary>The antiforgery token inside the page's form whose action is <paramref name="action"/>; fails when there is no such form or it has no token.</summary>
    public static string FormToken(string html, string action)
    {
        var form = Forms().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups[1].Value) == action);
        Assert.True(form is not null, $"The page has no form posting to {action}.");
        return AntiforgeryToken(form.Value);
    }

    public async Task<HttpResponseMessage> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password = LounbAppFactory.DemoPassword) =>
        await SubmitAsync("/account/login", "/account/login", [new("Email", email), new("Password", password)]);

    public async Task SignInAsync(string email, string password = LounbAppFactory.DemoPassword)
    {
        using var response = await LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard", response.Headers.Location?.OriginalString);
    }

    /// <summary>The newest letter sent to <paramref name="to"/> (the queue is sent first), or null.</summary>
    public async Task<MimeMessage?> LatestLetterToAsync(string to)
    {
        await _factory.SendQueuedMailAsync();
        if (!Directory.Exists(_factory.OutboxDirectory))
        {
            return null;
        }

        return Directory.GetFiles(_factory.OutboxDirectory, "*.eml")
            .Order()
            .Select(file => MimeMessage.Load(file))
            .LastOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)));
    }

    public static string LinkIn(MimeMessage letter, string pathPart)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var match = Links().Matches(letter.TextBody ?? "").FirstOrDefault(m => m.Value.Contains(pathPart, StringComparison.Ordinal));
        Assert.NotNull(match);
        var uri = new Uri(match.Value);
        return uri.PathAndQuery;
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
