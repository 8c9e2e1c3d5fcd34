using System.Net;
using System.Text.RegularExpressions;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Lounb.Learning.Tests;

/// <summary>Hostile or careless input over HTTP: forwarded headers, the two-factor page, HTTPS headers and cookies.</summary>
public abstract partial class BadInputTests(HardenedApp app)
{
    private static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid():N}@example.org";

    private BrowserSession SessionFrom(string peer)
    {
        var session = new BrowserSession(app);
        session.Client.DefaultRequestHeaders.Add(HardenedApp.PeerHeader, peer);
        return session;
    }

    private async Task<string?> AuditedAddressAsync(string email) =>
        await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Target == email && a.Action == AuditActions.LoginFailed).Select(a => a.IpAddress).SingleAsync());

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("203.0.113.7")]
    public async Task ForwardedFor_FromACallerThatIsNotAConfiguredProxy_IsIgnored(string caller)
    {
        using var session = SessionFrom(caller);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
        var email = UniqueEmail("spoofed");

        using (await session.LoginAsync(email, "wrong-password-1"))
        {
        }

        Assert.Equal(caller, await AuditedAddressAsync(email));
    }

    [Fact]
    public async Task ForwardedFor_FromTheConfiguredProxy_IsTheClientsAddress()
    {
        using var session = SessionFrom(HardenedApp.Proxy);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.24");
        var email = UniqueEmail("proxied");

        using (await session.LoginAsync(email, "wrong-password-1"))
        {
        }

        Assert.Equal("198.51.100.24", await AuditedAddressAsync(email));
    }

    [Fact]
    public async Task TwoFactorPage_Viewing_ChangesNothingAndAnotherSessionStaysSignedIn()
    {
        var email = UniqueEmail("totp");
        var id = await app.CreatePersonAsync(email);
        using var first = new BrowserSession(app);
        using var second = new BrowserSession(app);
        await first.SignInAsync(email);
        await second.SignInAsync(email);
        var before = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

        var page = await first.GetHtmlAsync("/account/two-factor");
        await first.GetHtmlAsync("/account/two-factor");

        Assert.Contains("Почати налаштування", page, StringComparison.Ordinal);
        Assert.DoesNotContain("shared-key", page, StringComparison.Ordinal);
        await AssertUnchangedAsync(before);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/dashboard")).StatusCode);

        // Starting a set-up makes a key but replaces nothing: the other session stays signed in.
        using (var started = await first.SubmitAsync("/account/two-factor", "/account/two-factor/setup", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        var key = SharedKey().Match(await first.GetHtmlAsync("/account/two-factor")).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.NotEmpty(key);
        await AssertUnchangedAsync(before);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/dashboard")).StatusCode);

        // Only a confirmed code makes it the authenticator key; then other sessions must sign in again.
        using (var enabled = await first.SubmitAsync("/account/two-factor", "/account/two-factor/enable", [new("Code", new Totp(Base32Encoding.ToBytes(key)).ComputeTotp())]))
        {
            Assert.Contains("Коди відновлення", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var after = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.True(after.TwoFactorEnabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Equal(key, await AuthenticatorKeyAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/dashboard")).StatusCode);
        using var signedOut = await second.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/account/login", signedOut.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task AssertUnchangedAsync(LounbUser before)
    {
        var now = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == before.Id));
        Assert.Equal(before.SecurityStamp, now.SecurityStamp);
        Assert.False(now.TwoFactorEnabled);
        Assert.Null(await AuthenticatorKeyAsync(before.Id));
    }

    private async Task<string?> AuthenticatorKeyAsync(Guid userId) =>
        await app.WithDbAsync(db => db.UserTokens
            .Where(t => t.UserId == userId && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleOrDefaultAsync());

    [Fact]
    public async Task Https_HstsForAYearWithSubdomainsAndEveryCookieSecure()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://learning.lounb.test/"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("lounb.af=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("<code id=\"shared-key\">([a-z2-7 ]+)</code>")]
    private static partial Regex SharedKey();
}

public sealed class SqliteBadInputTests(SqliteHardenedApp app) : BadInputTests(app), IClassFixture<SqliteHardenedApp>;

public sealed class PostgresBadInputTests(PostgresHardenedApp app) : BadInputTests(app), IClassFixture<PostgresHardenedApp>;
