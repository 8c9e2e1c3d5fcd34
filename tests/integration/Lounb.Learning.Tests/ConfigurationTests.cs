using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Lounb.Learning.Tests;

/// <summary>Behaviour that depends on configuration: switched-off modules, required two-factor sign-in, rate limits.</summary>
public sealed partial class ConfigurationTests
{
    [Fact]
    public async Task DisabledModule_PagesSwitchedOff_RoutesMenuAndHomeSectionDisappearButTablesStay()
    {
        using var app = new LounbAppFactory(TestDatabase.Sqlite, new Dictionary<string, string?> { ["Lounb:Modules:Pages:Enabled"] = "false" });
        using var session = new BrowserSession(app);
        using (var news = await session.GetAsync("/news"))
        {
            Assert.Equal(HttpStatusCode.NotFound, news.StatusCode);
        }

        using (var about = await session.GetAsync("/pages/about"))
        {
            Assert.Equal(HttpStatusCode.NotFound, about.StatusCode);
        }

        var home = await session.GetHtmlAsync("/");
        Assert.DoesNotContain("href=\"/news\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Новини та оголошення", home, StringComparison.Ordinal);
        await session.SignInAsync("admin@lounb.demo");
        using (var admin = await session.GetAsync("/admin/pages"))
        {
            Assert.Equal(HttpStatusCode.NotFound, admin.StatusCode);
        }

        Assert.DoesNotContain("/admin/pages", await session.GetHtmlAsync("/admin"), StringComparison.Ordinal);
        var tables = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'pages_page'").ToListAsync());
        Assert.Single(tables);
    }

    [Fact]
    public async Task StaffTwoFactor_Required_AdministratorMustSetUpTotpThenSignsInWithCode()
    {
        using var app = new LounbAppFactory(TestDatabase.Sqlite, new Dictionary<string, string?> { ["Lounb:Security:RequireStaff2fa"] = "true" });
        using var session = new BrowserSession(app);
        await session.SignInAsync("admin@lounb.demo");
        using (var blocked = await session.GetAsync("/admin/users"))
        {
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal("/account/two-factor?required=1", blocked.Headers.Location?.OriginalString);
        }

        Assert.Contains("Почати налаштування", await session.GetHtmlAsync("/account/two-factor?required=1"), StringComparison.Ordinal);
        using (await session.SubmitAsync("/account/two-factor", "/account/two-factor/setup", []))
        {
        }

        var setup = await session.GetHtmlAsync("/account/two-factor");
        var key = SharedKey().Match(setup).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        using (var wrong = await session.SubmitAsync("/account/two-factor", "/account/two-factor/enable", [new("Code", "000000")]))
        {
            Assert.Contains("Код неправильний", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        using (var enabled = await session.SubmitAsync("/account/two-factor", "/account/two-factor/enable", [new("Code", totp.ComputeTotp())]))
        {
            var html = await enabled.Content.ReadAsStringAsync();
            Assert.Contains("Коди відновлення", html, StringComparison.Ordinal);
        }

        using (var allowed = await session.GetAsync("/admin/users"))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var next = new BrowserSession(app);
        using (var login = await next.LoginAsync("admin@lounb.demo"))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.StartsWith("/account/login-2fa", login.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using (var wrongCode = await next.SubmitAsync("/account/login-2fa", "/account/login-2fa", [new("Code", "123456"), new("RememberMe", "false")]))
        {
            Assert.Contains("Код неправильний", await wrongCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var signedIn = await next.SubmitAsync("/account/login-2fa", "/account/login-2fa", [new("Code", totp.ComputeTotp()), new("RememberMe", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/dashboard", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RateLimit_TooManySignInAttemptsFromOneAddress_Answers429()
    {
        using var app = new LounbAppFactory(TestDatabase.Sqlite, new Dictionary<string, string?> { ["Lounb:Security:AuthPermitPerMinute"] = "3" });
        using var session = new BrowserSession(app);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await session.LoginAsync("nobody@example.org", "wrong-password-1");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task DemoData_InProduction_IsNeverWritten()
    {
        using var app = new ProductionApp();
        var demoUsers = await app.WithDbAsync(db => db.Users.CountAsync());
        var oblasts = await app.WithDbAsync(db => db.Oblasts.CountAsync());
        Assert.Equal(0, demoUsers);
        Assert.Equal(27, oblasts);
    }

    [GeneratedRegex("<code id=\"shared-key\">([a-z2-7 ]+)</code>")]
    private static partial Regex SharedKey();

    private sealed class ProductionApp() : LounbAppFactory(TestDatabase.Sqlite)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseEnvironment(builder, "Production");
        }
    }
}
