using System.Globalization;
using Lounb.Learning.Seeding;
using Lounb.Modules.Certificates.Contracts;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Webinars.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>An app with the demo year on (Lounb:DemoData:ActivityYear), as a first <c>dotnet run</c> has it.</summary>
public abstract class DemoYearApp(TestDatabase database) : LounbAppFactory(database, new Dictionary<string, string?> { ["Lounb:DemoData:ActivityYear"] = "true" });

public sealed class SqliteDemoYearApp() : DemoYearApp(TestDatabase.Sqlite);

public sealed class PostgresDemoYearApp() : DemoYearApp(TestDatabase.Postgres);

/// <summary>
/// The demo year fills the reports' dashboard with webinar, certificate and attestation figures that are not zero and
/// equal what the source modules keep (read through their contracts and tables), and seeding again adds nothing.
/// </summary>
public abstract class DemoYearTests(DemoYearApp app)
{
    protected DemoYearApp App { get; } = app;

    [Fact]
    public async Task The_dashboard_counts_the_demo_years_webinars_certificates_and_attestation_decisions_exactly_as_the_modules_keep_them()
    {
        await App.DeliverEventsAsync();
        var before = await SourceCountsAsync();
        await DatabaseInitializer.InitializeAsync(App.Services, migrate: false, CancellationToken.None);
        await App.DeliverEventsAsync();
        var source = await SourceCountsAsync();
        Assert.Equal(before, source);

        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var html = await staff.GetHtmlAsync($"/admin/reports?from={today.AddYears(-2):yyyy-MM-dd}&to={today:yyyy-MM-dd}");

        Assert.All([source.Registrations, source.Attendances, source.Certificates, source.Fit, source.Conditions, source.NotFit], n => Assert.True(n > 0));
        Assert.Equal(source.Registrations, Figure(html, "webinar-registered"));
        Assert.Equal(source.Attendances, Figure(html, "webinar-attended"));
        Assert.Equal(source.Certificates, Figure(html, "certificate"));
        Assert.Equal(source.Fit, Figure(html, "attestation-fit"));
        Assert.Equal(source.Conditions, Figure(html, "attestation-conditions"));
        Assert.Equal(source.NotFit, Figure(html, "attestation-not-fit"));
    }

    /// <summary>What the modules keep: Webinars' and Certificates' read contracts, and each attestation candidate's latest decision.</summary>
    private async Task<SourceCounts> SourceCountsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var webinars = scope.ServiceProvider.GetRequiredService<IWebinarFacts>();
        var certificates = scope.ServiceProvider.GetRequiredService<ICertificateFacts>();
        var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
        var outcomes = await db.Database.SqlQueryRaw<string>(
            "SELECT d.outcome AS \"Value\" FROM attestation_decision d WHERE d.round = (SELECT MAX(e.round) FROM attestation_decision e WHERE e.candidate_id = d.candidate_id)")
            .ToListAsync();
        return new SourceCounts(
            await webinars.RegistrationsAsync(default).CountAsync(), await webinars.AttendancesAsync(default).CountAsync(), await certificates.IssuedAsync(default).CountAsync(),
            outcomes.Count(o => o == "Fit"), outcomes.Count(o => o == "FitWithConditions"), outcomes.Count(o => o == "NotFit"));
    }

    /// <summary>A figure of the dashboard as <see cref="ReportsDashboardTests"/> reads it.</summary>
    private static int Figure(string html, string measure) => int.Parse(ReportsDashboardTests.Figure(html, measure), CultureInfo.InvariantCulture);

    private sealed record SourceCounts(int Registrations, int Attendances, int Certificates, int Fit, int Conditions, int NotFit);
}

public sealed class SqliteDemoYearTests(SqliteDemoYearApp app) : DemoYearTests(app), IClassFixture<SqliteDemoYearApp>;

public sealed class PostgresDemoYearTests(PostgresDemoYearApp app) : DemoYearTests(app), IClassFixture<PostgresDemoYearApp>;
