using System.Text.RegularExpressions;
using Lounb.Modules.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests;

/// <summary>Every list of regions shows them in the one order of <see cref="Oblasts"/> (Вінницька, Волинська, …, Крим, Київ, Севастополь).</summary>
public abstract partial class OblastListsTests(LounbAppFactory app)
{
    private static readonly string[] OfficialOrder = [.. Oblasts.Create().Select(o => o.Code)];

    [Fact]
    public async Task Registration_ListsTheRegionsInTheOfficialOrder()
    {
        using var session = new BrowserSession(app);

        AssertOfficialOrder(await session.GetHtmlAsync("/account/register"));
    }

    [Fact]
    public async Task StaffPages_ListTheRegionsInTheOfficialOrder()
    {
        using var admin = new BrowserSession(app);
        await admin.SignInAsync("admin@lounb.demo");
        var person = await app.WithDbAsync(db => db.Users.Where(u => u.NormalizedEmail == "BIBLIOTEKAR@LOUNB.DEMO").Select(u => u.Id).SingleAsync());
        var (_, runId, _, _) = await new CourseAuthoringClient(admin).CreatePublishedAsync($"Області {Guid.NewGuid():N}", lessons: 1);

        foreach (var page in new[] { "/admin/users", $"/admin/users/{person}", $"/admin/runs/{runId}", "/admin/webinars/new", "/admin/organisation" })
        {
            AssertOfficialOrder(await admin.GetHtmlAsync(page), page);
        }
    }

    private static void AssertOfficialOrder(string html, string page = "/account/register")
    {
        var codes = RegionCode().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(codes.Count == OfficialOrder.Length, $"{page} lists {codes.Count} regions, not {OfficialOrder.Length}");
        Assert.Equal(OfficialOrder, codes);
    }

    [GeneratedRegex("(?:value=\"|/admin/organisation/)(UA-[0-9]{2})\"")]
    private static partial Regex RegionCode();
}

public sealed class SqliteOblastListsTests(SqliteApp app) : OblastListsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresOblastListsTests(PostgresApp app) : OblastListsTests(app), IClassFixture<PostgresApp>;
