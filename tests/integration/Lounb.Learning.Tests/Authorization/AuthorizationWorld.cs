using System.Globalization;
using System.Net;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests.Authorization;

/// <summary>
/// The objects the matrix aims at, one of each kind a route names, keyed by the table's placeholders: the demo data's
/// national and Luhansk (UA-09) objects, plus what is built here through the app — a Luhansk course with a run made by
/// the Luhansk methodologist, and ANOTHER person (a Luhansk learner who is none of the personas) with an enrolment, an
/// attempt and a certificate issued by the Luhansk methodologist, whose account the user-admin routes aim at.
/// </summary>
public static class AuthorizationWorld
{
    public const string OtherPerson = "inshyi.slukhach@lounb.test";

    public static async Task<IReadOnlyDictionary<string, string>> BuildAsync(LounbAppFactory app)
    {
        var other = await app.CreatePersonAsync(OtherPerson);
        using var methodologist = new BrowserSession(app);
        await methodologist.SignInAsync("metodyst.luhansk@lounb.demo");
        var (courseId, runId, lessons, slug) = await new CourseAuthoringClient(methodologist).CreatePublishedAsync("Медіаграмотність для громад Луганщини");

        using var learner = new BrowserSession(app);
        await learner.SignInAsync(OtherPerson);
        using (var enrolled = await learner.SubmitAsync($"/courses/{slug}", $"/courses/{slug}/runs/{runId}/enrol", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        }

        var quiz = await app.WithDbAsync(db => db.Set<Quiz>().Where(q => q.OwnerOblastCode == null && q.Status == QuizStatus.Published && db.Set<QuizSlot>().Any(s => s.QuizId == q.Id))
            .OrderBy(q => q.Id).Select(q => q.Id).FirstAsync());
        Guid attempt;
        using (var started = await learner.SubmitAsync($"/quizzes/{quiz}", $"/quizzes/{quiz}/start", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            attempt = Guid.Parse(started.Headers.Location!.OriginalString.Split('/', '?')[2]);
        }

        var enrollment = await ScalarAsync(app, $"SELECT id FROM courses_enrollment WHERE lower(CAST(run_id AS TEXT)) = '{runId}'");
        var section = await ScalarAsync(app, $"SELECT section_id FROM courses_lesson WHERE lower(CAST(id AS TEXT)) = '{lessons[0]}'");
        using (var issued = await methodologist.SubmitAsync("/admin/certificates", "/admin/certificates/issue", [new("email", OtherPerson), new("title", "Медіаграмотність для громад Луганщини"), new("hours", "4")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }

        var national = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "metodyst@lounb.demo").Select(u => u.Id).SingleAsync());
        var targets = await app.WithDbAsync(async db =>
        {
            // A question of the national methodologist's own bank that no quiz uses (by itself or by a draw from its category),
            // chosen by name so every run aims at the same one.
            var question = await db.Set<Question>()
                .Where(q => q.OwnerId == national && !q.IsRemoved
                    && db.Set<QuestionCategory>().Any(c => c.Id == q.CategoryId && c.OwnerId == national)
                    && !db.Set<QuizSlot>().Any(s => s.QuestionId == q.Id || s.CategoryId == q.CategoryId))
                .OrderBy(q => q.Name).ThenBy(q => q.Id).FirstAsync();
            // The demo bank is shared (anyone may use and edit it); made private here, it is the national methodologist's own.
            await db.Set<QuestionCategory>().Where(c => c.OwnerId == national).ExecuteUpdateAsync(u => u.SetProperty(c => c.IsShared, false));
            var library = await db.Libraries.Where(l => l.OblastCode == "UA-09").OrderBy(l => l.Id).FirstAsync();
            // The demo campaign of Luhansk: a candidate with a «за умови» decision (its condition not met).
            var candidate = await db.Set<Candidate>().Where(c => db.Set<Decision>().Any(d => d.CandidateId == c.Id && db.Set<DecisionCondition>().Any(k => k.DecisionId == d.Id)))
                .OrderBy(c => c.Id).Select(c => new { c.Id, c.CampaignId }).FirstAsync();
            var hub = await db.Set<Lounb.Modules.Hubs.Domain.Hub>().Where(h => h.OblastCode == "UA-09" && db.Set<Lounb.Modules.Hubs.Domain.HubCoordinator>().Any(c => c.HubId == h.Id))
                .OrderBy(h => h.Id).Select(h => h.Id).FirstAsync();
            return new Dictionary<string, string>
            {
                ["quiz"] = quiz.ToString(),
                ["slot"] = (await OneAsync("quiz slot", db.Set<QuizSlot>().Where(s => s.QuizId == quiz).OrderBy(s => s.Id).Select(s => s.Id))).ToString(),
                ["question"] = question.Id.ToString(),
                ["category"] = question.CategoryId.ToString(),
                ["attempt"] = attempt.ToString(),
                ["user"] = other.ToString(),
                ["certificate"] = (await OneAsync("certificate of the other person", db.Set<Certificate>().Where(c => c.HolderId == other).Select(c => c.Id))).ToString(),
                ["template"] = (await db.Set<CertificateTemplate>().OrderBy(t => t.Id).Select(t => (Guid?)t.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["course"] = courseId.ToString(),
                ["course-slug"] = slug,
                ["run"] = runId.ToString(),
                ["section"] = section,
                ["lesson"] = lessons[0].ToString(),
                ["enrollment"] = enrollment,
                ["hromada"] = library.HromadaId.ToString(),
                ["library"] = library.Id.ToString(),
                ["department"] = (await db.Departments.Where(d => d.LibraryId == library.Id).Select(d => (Guid?)d.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["webinar"] = (await OneAsync("Luhansk webinar", db.Set<WebinarEvent>().Where(e => e.OblastCode == "UA-09").OrderBy(e => e.Id).Select(e => e.Id))).ToString(),
                ["registration"] = (await db.Set<Registration>().OrderBy(r => r.Id).Select(r => (Guid?)r.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["mail"] = (await db.Set<Lounb.Modules.Core.Email.QueuedMail>().OrderBy(m => m.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["outbox-event"] = (await db.Set<OutboxEvent>().OrderBy(e => e.Id).Select(e => (Guid?)e.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["hub"] = hub.ToString(),
                ["hub-stop"] = (await OneAsync("Luhansk hub stop", db.Set<Lounb.Modules.Hubs.Domain.HubStop>().Where(s => db.Set<Lounb.Modules.Hubs.Domain.Hub>().Any(h => h.Id == s.HubId && h.OblastCode == "UA-09")).OrderBy(s => s.Id).Select(s => s.Id))).ToString(),
                ["hub-coordinator"] = (await OneAsync("Luhansk hub coordinator", db.Set<Lounb.Modules.Hubs.Domain.HubCoordinator>().Where(c => c.HubId == hub).OrderBy(c => c.Id).Select(c => c.PersonId))).ToString(),
                ["hub-goal"] = (await OneAsync("mentoring goal", db.Set<Lounb.Modules.Hubs.Domain.MentoringGoal>().OrderBy(g => g.Id).Select(g => g.Id))).ToString(),
                ["hub-action"] = (await OneAsync("agreed action", db.Set<Lounb.Modules.Hubs.Domain.AgreedAction>().OrderBy(a => a.Id).Select(a => a.Id))).ToString(),
                ["attestation-campaign"] = candidate.CampaignId.ToString(),
                ["attestation-candidate"] = candidate.Id.ToString(),
                ["attestation-member"] = (await OneAsync("commission member", db.Set<CommissionMember>().Where(m => m.CampaignId == candidate.CampaignId).OrderBy(m => m.Id).Select(m => m.Id))).ToString(),
                ["attestation-condition"] = (await OneAsync("decision condition", db.Set<DecisionCondition>().Where(c => db.Set<Decision>().Any(d => d.Id == c.DecisionId && d.CandidateId == candidate.Id)).Select(c => c.Id))).ToString(),
            };
        });
        await AddLiveRoomAsync(app, targets);
        targets["page"] = await ScalarAsync(app, "SELECT id FROM pages_page ORDER BY id");
        targets["page-slug"] = await ScalarAsync(app, "SELECT slug FROM pages_page ORDER BY kind, slug");
        targets["news-slug"] = await ScalarAsync(app, "SELECT slug FROM pages_page ORDER BY kind DESC, slug");
        targets["hub-report"] = await ScalarAsync(app, $"SELECT id FROM hubs_report WHERE lower(CAST(hub_id AS TEXT)) = '{targets["hub"].ToLowerInvariant()}' ORDER BY id", orNew: true);
        targets["hub-digest"] = await ScalarAsync(app, "SELECT id FROM hubs_digest ORDER BY id", orNew: true);
        targets["export"] = await ScalarAsync(app, "SELECT id FROM reports_export_jobs ORDER BY id", orNew: true);
        targets["import"] = Guid.NewGuid().ToString();
        return targets;
    }

    /// <summary>
    /// The live room of <c>{webinar}</c> (the first Luhansk session of the methodologists' school, where the librarian is
    /// registered and the trainer moderates): a message and a question of the librarian and a poll of the trainer, for
    /// the hub rows. And another room: the learner registers for the «Йой» club, so a participant of another event calls
    /// this room's methods and must be refused.
    /// </summary>
    private static async Task AddLiveRoomAsync(LounbAppFactory app, Dictionary<string, string> targets)
    {
        var webinar = Guid.Parse(targets["webinar"]);
        var hubs = new HubClients(app, "/hubs/webinars");
        await using (var librarian = await hubs.ConnectAsync("bibliotekar@lounb.demo"))
        {
            targets["live-message"] = (await librarian.InvokeAsync<ChatMessageView>("SendMessage", webinar, Guid.NewGuid(), "Доброго ранку, колеги! Чи буде запис зустрічі?")).Id.ToString();
            targets["live-question"] = (await librarian.InvokeAsync<QuestionView>("AskQuestion", webinar, Guid.NewGuid(), "Де знайти презентації попередніх занять?")).Id.ToString();
        }

        await using (var trainer = await hubs.ConnectAsync("trener@lounb.demo"))
        {
            targets["live-poll"] = (await trainer.InvokeAsync<PollView>("CreatePoll", webinar, "Чи зручний вам час зустрічі?", new[] { "Так", "Ні" })).Id.ToString();
        }

        var club = await app.WithDbAsync(db => OneAsync("«Йой» club meeting",
            db.Set<WebinarEvent>().Where(e => e.Kind == EventKind.ClubMeeting && e.OblastCode == "UA-09").OrderBy(e => e.StartsAt).Select(e => e.Id)));
        using var learner = new BrowserSession(app);
        await learner.SignInAsync("slukhach@lounb.demo");
        using (var registered = await learner.SubmitAsync($"/webinars/{club}", $"/webinars/{club}/register", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }

        Assert.True(await app.WithDbAsync(db => db.Set<Registration>().AnyAsync(r => r.EventId == club && r.Status == RegistrationStatus.Confirmed
            && db.Users.Any(u => u.Id == r.UserId && u.Email == "slukhach@lounb.demo"))), "The learner's registration for the club is not confirmed.");
    }

    /// <summary>The first row of a query the world needs; fails naming what is missing.</summary>
    private static async Task<T> OneAsync<T>(string what, IQueryable<T> query)
    {
        var rows = await query.Take(1).ToListAsync();
        Assert.True(rows.Count == 1, $"The matrix world has no {what}.");
        return rows[0];
    }

    /// <summary>Replaces each {kind} of the world in <paramref name="text"/>; {new} (and any kind the world lacks) becomes an id nobody has.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> targets)
    {
        var filled = targets.Aggregate(text, (current, target) => current.Replace($"{{{target.Key}}}", target.Value, StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Replace(filled, @"\{[a-z-]+\}", _ => Guid.NewGuid().ToString("N"));
    }

    /// <summary>The first column of the first row of a query, as text (an id nobody has when <paramref name="orNew"/> and there is no row).</summary>
    private static Task<string> ScalarAsync(LounbAppFactory app, string sql, bool orNew = false) =>
        app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql + " LIMIT 1";
            var value = await command.ExecuteScalarAsync();
            Assert.True(value is not (null or DBNull) || orNew, "No row: " + sql);
            return value is null or DBNull ? Guid.NewGuid().ToString() : Convert.ToString(value, CultureInfo.InvariantCulture)!;
        });
}
