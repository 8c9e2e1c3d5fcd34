using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using Lounb.Modules.Certificates.Application;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Certificates.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests;

/// <summary>
/// The live progress of a bulk issue for a course run over the real hub (/hubs/certificates, SignalR .NET client over
/// the test server): only the staff member who started it hears it, it ends with done == total, and only people who
/// manage certificates may connect.
/// </summary>
public abstract class CertificatesProgressTests(LounbAppFactory app)
{
    private const string Methodologist = "metodyst@lounb.demo";
    private const string Administrator = "admin@lounb.demo";

    protected LounbAppFactory App { get; } = app;

    [Fact]
    public async Task BulkIssue_ProgressReachesOnlyTheStaffMemberWhoStartedIt_AndEndsWithDoneEqualToTotal()
    {
        using var staff = new BrowserSession(App);
        await staff.SignInAsync(Methodologist);
        var (runId, holders) = await RunWithCompletionsAsync(staff, 3);
        // The completions' certificates come from the outbox: let them all arrive before one is taken away.
        await App.DeliverEventsAsync();
        await App.WithDbAsync(db => db.Set<Certificate>().Where(c => c.HolderId == holders[0]).ExecuteDeleteAsync());

        await using var mine = await ConnectAsync(Methodologist);
        var myProgress = Listen(mine);
        await using var colleague = await ConnectAsync(Administrator);
        var colleagueProgress = Listen(colleague);

        using (var issued = await staff.SubmitAsync("/admin/certificates", $"/admin/certificates/runs/{runId}/issue", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        // With 3 completions the throttle reports the start and the end only.
        Assert.Equal(new BulkIssueProgress(runId, 0, 3), await NextAsync(myProgress));
        Assert.Equal(new BulkIssueProgress(runId, 3, 3), await NextAsync(myProgress));
        Assert.Contains("Видано нових сертифікатів: 1, уже мали: 2", await staff.GetHtmlAsync("/admin/certificates"), StringComparison.Ordinal);

        // The colleague's first message is the start of their own issue: had they heard the methodologist's, those
        // would have come first (one connection's messages arrive in the order they were sent).
        using var administrator = new BrowserSession(App);
        await administrator.SignInAsync(Administrator);
        var otherRun = Guid.NewGuid();
        var administratorToken = BrowserSession.FormToken(await administrator.GetHtmlAsync("/admin/certificates"), $"/admin/certificates/runs/{runId}/issue");
        using (var issued = await administrator.PostAsync($"/admin/certificates/runs/{otherRun}/issue", [new("__RequestVerificationToken", administratorToken)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        Assert.Equal(new BulkIssueProgress(otherRun, 0, 0), await NextAsync(colleagueProgress));

        // And the other way round; the page's script gets the summary as JSON.
        var token = BrowserSession.FormToken(await staff.GetHtmlAsync("/admin/certificates"), $"/admin/certificates/runs/{runId}/issue");
        using (var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/admin/certificates/runs/{runId}/issue", UriKind.Relative)))
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var json = await staff.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, json.StatusCode);
            using var summary = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
            Assert.Equal(3, summary.RootElement.GetProperty("completed").GetInt32());
            Assert.Equal(0, summary.RootElement.GetProperty("issued").GetInt32());
            Assert.Equal(3, summary.RootElement.GetProperty("alreadyHad").GetInt32());
            Assert.Equal($"/admin/certificates/runs/{runId}.zip", summary.RootElement.GetProperty("zipUrl").GetString());
        }

        Assert.Equal(new BulkIssueProgress(runId, 0, 3), await NextAsync(myProgress));
        Assert.Equal(new BulkIssueProgress(runId, 3, 3), await NextAsync(myProgress));
        foreach (var holder in holders)
        {
            Assert.Equal(1, await App.WithDbAsync(db => db.Set<Certificate>().CountAsync(c => c.HolderId == holder)));
        }
    }

    [Fact]
    public async Task BulkIssue_RunOutsideRegionalStaffsOblasts_ScriptGetsProblemDetailsWithTheCode_FormGets404()
    {
        using var regional = new BrowserSession(App);
        await regional.SignInAsync("metodyst.cherkasy@lounb.demo");
        var token = BrowserSession.AntiforgeryToken(await regional.GetHtmlAsync("/admin/certificates"));
        var run = Guid.NewGuid();

        using (var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/admin/certificates/runs/{run}/issue", UriKind.Relative)))
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var refused = await regional.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("Certificates:RunNotFound", problem.RootElement.GetProperty("code").GetString());
            Assert.Equal(CertificateErrors.RunNotFound.Message, problem.RootElement.GetProperty("detail").GetString());
        }

        using (var posted = await regional.PostAsync($"/admin/certificates/runs/{run}/issue", [new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }
    }

    [Fact]
    public async Task Hub_RefusesAnonymousConnections_AndPeopleWhoDoNotManageCertificates()
    {
        await using var anonymous = HubFor(new CookieContainer());
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var email = $"learner.{Guid.NewGuid():N}@example.org";
        await App.CreatePersonAsync(email);
        var learner = HubFor(await SignedInCookiesAsync(email));
        await using (learner)
        {
            var forbidden = await Assert.ThrowsAsync<HttpRequestException>(() => learner.StartAsync());
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        await using var trainer = HubFor(await SignedInCookiesAsync("trener@lounb.demo"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Assert.ThrowsAsync<HttpRequestException>(() => trainer.StartAsync())).StatusCode);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /// <summary>A published course whose run <paramref name="count"/> new learners completed (each through the pages).</summary>
    private async Task<(Guid RunId, List<Guid> Holders)> RunWithCompletionsAsync(BrowserSession staff, int count)
    {
        var (_, runId, lessons, slug) = await new CourseAuthoringClient(staff).CreatePublishedAsync("Набір із поступом " + Guid.NewGuid().ToString("N")[..6], lessons: 1);
        var holders = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var email = $"progress.{Guid.NewGuid():N}@example.org";
            holders.Add(await App.CreatePersonAsync(email));
            using var learner = new BrowserSession(App);
            await learner.SignInAsync(email);
            using (await learner.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/enrol", []))
            {
            }

            using (await learner.SubmitAsync($"/learn/{runId}/lessons/{lessons[0]}", $"/learn/{runId}/lessons/{lessons[0]}/complete", []))
            {
            }
        }

        return (runId, holders);
    }

    private HubClients Hubs => new(App, CertificatesLive.HubPath);

    private Task<CookieContainer> SignedInCookiesAsync(string email) => Hubs.SignedInCookiesAsync(email);

    private Task<HubConnection> ConnectAsync(string email) => Hubs.ConnectAsync(email);

    private HubConnection HubFor(CookieContainer cookies) => Hubs.HubFor(cookies);

    private static ChannelReader<BulkIssueProgress> Listen(HubConnection connection) => HubClients.Listen<BulkIssueProgress>(connection, CertificatesLive.IssueProgress);

    private static Task<BulkIssueProgress> NextAsync(ChannelReader<BulkIssueProgress> reader) => HubClients.NextAsync(reader);
}

public sealed class SqliteCertificatesProgressTests(SqliteApp app) : CertificatesProgressTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCertificatesProgressTests(PostgresApp app) : CertificatesProgressTests(app), IClassFixture<PostgresApp>;
