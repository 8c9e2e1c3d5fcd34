using System.Data.Common;
using System.Net;
using System.Text;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Every state-changing route (POST, PUT, DELETE, PATCH) of every module and of the host, read from the endpoint data
/// sources: each is named below, either with the objects a regional methodologist of another oblast (Cherkasy, UA-71)
/// aims it at — national or Luhansk (UA-09) ones, which do not exist for them — or with why it changes only the caller's
/// own data. Every aimed request must answer 404 (or 403) and the whole database must be unchanged afterwards.
/// </summary>
public abstract class ScopeSweepTests(LounbAppFactory app)
{
    private const string Outsider = "metodyst.cherkasy@lounb.demo";

    /// <summary>Routes that change only the caller's own data, or are public/signed intake: no other oblast's object is named.</summary>
    private static readonly Dictionary<string, string> OwnData = new(StringComparer.Ordinal)
    {
        ["POST account/forgot-password"] = "own account",
        ["POST account/login"] = "own account",
        ["POST account/login-2fa"] = "own account",
        ["POST account/login-recovery"] = "own account",
        ["POST account/logout"] = "own account",
        ["POST account/register"] = "own account",
        ["POST account/resend-confirmation"] = "own account",
        ["POST account/reset-password"] = "own account (token in the letter)",
        ["POST account/two-factor/disable"] = "own account",
        ["POST account/two-factor/enable"] = "own account",
        ["POST account/two-factor/recovery-codes"] = "own account",
        ["POST account/two-factor/setup"] = "own account (a pending key)",
        ["POST account/two-factor/cancel"] = "own account (drops the pending key)",
        ["POST my/calendar/regenerate"] = "own feed token",
        ["POST my/calendar/telegram/disconnect"] = "own Telegram link",
        ["POST /hooks/livekit"] = "signed by LiveKit",
        ["POST /hooks/telegram/{secret}"] = "Telegram's secret",
        ["POST verify/credential"] = "public verification, changes nothing",
        ["POST quizzes/{id:guid}/start"] = "own attempt (QuizAvailability decides)",
        ["POST attempts/{id:guid}"] = "own attempt (404 for another's)",
        ["POST attempts/{id:guid}/submit"] = "own attempt (404 for another's)",
        ["PUT /api/attempts/{attemptId:guid}/answers/{slot:int}"] = "own attempt (one SQL statement checks the owner)",
        ["PUT /api/attempts/{attemptId:guid}/page/{page:int}"] = "own attempt",
        ["POST admin/reports/exports"] = "queues an export job of the caller's own, run with the caller's reach (a run's other-oblast learners are left out)",
        ["POST courses/{slug}/runs/{runId:guid}/enrol"] = "own enrolment",
        ["POST courses/{slug}/runs/{runId:guid}/withdraw"] = "own enrolment",
        ["POST learn/{runId:guid}/lessons/{lessonId:guid}/complete"] = "own progress",
        ["POST /api/courses/runs/{runId:guid}/lessons/{lessonId:guid}/complete"] = "own progress",
        ["POST webinars/{id:guid}/register"] = "own registration",
        ["POST webinars/{id:guid}/cancel-registration"] = "own registration",
        ["POST admin/quizzes/new"] = "creates in the author's own scope",
        ["POST admin/courses/new"] = "creates in the author's own scope",
        ["POST admin/assessments/questions/new"] = "own bank category (checked like the category routes)",
        ["POST admin/assessments/categories"] = "own bank",
        ["POST admin/assessments/import"] = "own pending import",
        ["POST admin/certificates/templates/preview"] = "renders a PDF, changes nothing",
        ["POST admin/pages/new"] = "site-wide content: pages have no oblast (their GET is open to every Pages.Manage holder too)",
        ["POST admin/pages/{id:guid}/delete"] = "site-wide content, no oblast",
        ["POST admin/pages/{id:guid}/edit"] = "site-wide content, no oblast",
        ["POST admin/pages/{id:guid}/publish"] = "site-wide content, no oblast",
        ["POST admin/pages/{id:guid}/unpublish"] = "site-wide content, no oblast",
        ["POST admin/certificates/templates/new"] = "templates have no oblast (their GET is open to every Certificates.Manage holder too)",
        ["POST admin/certificates/templates/{id:guid}"] = "templates have no oblast",
        ["POST admin/certificates/templates/{id:guid}/delete"] = "templates have no oblast",
        ["POST hubs/reports/new"] = "own hub's report (Hubs.Coordinate; another's hub is 404 — HubReportsTests)",
        ["POST hubs/reports/{id:guid}"] = "own hub's report (Hubs.Coordinate; another's is 404 — HubReportsTests)",
        ["POST hubs/reports/{id:guid}/autosave"] = "own hub's report (Hubs.Coordinate; another's is 404)",
        ["POST hubs/reports/{id:guid}/correction"] = "own hub's report (Hubs.Coordinate; another's is 404)",
        ["POST hubs/review/{id:guid}/approve"] = "own current mentees' reports (Hubs.Mentor; anyone else's is 404 — HubReportsTests)",
        ["POST hubs/review/{id:guid}/return"] = "own current mentees' reports (Hubs.Mentor; anyone else's is 404 — HubReportsTests)",
        ["POST hubs/my/actions/{actionId:guid}/done"] = "own mentoring actions (404 for another's)",
        ["POST hubs/my/self-assessment/{stage}"] = "own self-assessment",
    };

    private LounbAppFactory App { get; } = app;

    /// <summary>Every aimed route with the form it sends; {…} are filled with the targets.</summary>
    private static readonly Dictionary<string, (string Url, KeyValuePair<string, string>[] Form)> Aimed = new(StringComparer.Ordinal)
    {
        ["POST admin/quizzes/{id:guid}"] = ("/admin/quizzes/{quiz}", [new("Title", "Захоплено"), new("GradingMethod", "Highest")]),
        ["POST admin/quizzes/{id:guid}/copy"] = ("/admin/quizzes/{quiz}/copy", []),
        ["POST admin/quizzes/{id:guid}/draws"] = ("/admin/quizzes/{quiz}/draws", [new("categoryId", "{category}"), new("count", "1"), new("mark", "1")]),
        ["POST admin/quizzes/{id:guid}/overrides"] = ("/admin/quizzes/{quiz}/overrides", [new("Email", Outsider), new("AttemptsAllowed", "9"), new("Reason", "x")]),
        ["POST admin/quizzes/{id:guid}/overrides/{userId:guid}/remove"] = ("/admin/quizzes/{quiz}/overrides/{user}/remove", []),
        ["POST admin/quizzes/{id:guid}/questions"] = ("/admin/quizzes/{quiz}/questions", [new("questionIds", "{question}")]),
        ["POST admin/quizzes/{id:guid}/regrade"] = ("/admin/quizzes/{quiz}/regrade", [new("useLatestVersions", "true")]),
        ["POST admin/quizzes/{id:guid}/slots/{slotId:guid}/mark"] = ("/admin/quizzes/{quiz}/slots/{slot}/mark", [new("mark", "5")]),
        ["POST admin/quizzes/{id:guid}/slots/{slotId:guid}/move"] = ("/admin/quizzes/{quiz}/slots/{slot}/move", [new("direction", "down")]),
        ["POST admin/quizzes/{id:guid}/slots/{slotId:guid}/remove"] = ("/admin/quizzes/{quiz}/slots/{slot}/remove", []),
        ["POST admin/quizzes/{id:guid}/status"] = ("/admin/quizzes/{quiz}/status", [new("status", "Closed")]),
        ["POST admin/assessments/categories/{id:guid}"] = ("/admin/assessments/categories/{category}", [new("name", "Захоплено")]),
        ["POST admin/assessments/categories/{id:guid}/delete"] = ("/admin/assessments/categories/{category}/delete", []),
        ["POST admin/assessments/questions/{id:guid}"] = ("/admin/assessments/questions/{question}", [new("Name", "Захоплено"), new("Text", "Захоплено"), new("Type", "TrueFalse")]),
        ["POST admin/assessments/questions/{id:guid}/remove"] = ("/admin/assessments/questions/{question}/remove", []),
        ["POST admin/assessments/import/{id:guid}/cancel"] = ("/admin/assessments/import/{import}/cancel", []),
        ["POST admin/assessments/import/{id:guid}/confirm"] = ("/admin/assessments/import/{import}/confirm", []),
        ["POST admin/grading/{attemptId:guid}/{slot:int}"] = ("/admin/grading/{attempt}/1", [new("mark", "1")]),
        ["POST admin/certificates/{id:guid}/reissue"] = ("/admin/certificates/{certificate}/reissue", [new("holderName", "Інше Ім'я")]),
        ["POST admin/certificates/{id:guid}/revoke"] = ("/admin/certificates/{certificate}/revoke", [new("reason", "Захоплено")]),
        ["POST admin/certificates/issue"] = ("/admin/certificates/issue", [new("email", "trener@lounb.demo"), new("courseId", "{course}")]),
        ["POST admin/certificates/keys/rotate"] = ("/admin/certificates/keys/rotate", []),
        ["POST admin/certificates/runs/{runId:guid}/issue"] = ("/admin/certificates/runs/{run}/issue", []),
        ["POST admin/courses/{courseId:guid}/runs/new"] = ("/admin/courses/{course}/runs/new", [new("Title", "Захоплено"), new("StartsOn", "2030-01-01"), new("EndsOn", "2030-02-01"), new("Mode", "Open")]),
        ["POST admin/courses/{id:guid}/archive"] = ("/admin/courses/{course}/archive", []),
        ["POST admin/courses/{id:guid}/cover"] = ("/admin/courses/{course}/cover", []),
        ["POST admin/courses/{id:guid}/duplicate"] = ("/admin/courses/{course}/duplicate", []),
        ["POST admin/courses/{id:guid}/edit"] = ("/admin/courses/{course}/edit", [new("Title", "Захоплено"), new("Audience", "Adults"), new("Format", "SelfPaced"), new("Hours", "1")]),
        ["POST admin/courses/{id:guid}/lessons/{lessonId:guid}"] = ("/admin/courses/{course}/lessons/{lesson}", [new("Title", "Захоплено"), new("Kind", "text"), new("Body", "x")]),
        ["POST admin/courses/{id:guid}/lessons/{lessonId:guid}/move"] = ("/admin/courses/{course}/lessons/{lesson}/move", [new("direction", "down")]),
        ["POST admin/courses/{id:guid}/lessons/{lessonId:guid}/remove"] = ("/admin/courses/{course}/lessons/{lesson}/remove", []),
        ["POST admin/courses/{id:guid}/publish"] = ("/admin/courses/{course}/publish", []),
        ["POST admin/courses/{id:guid}/sections"] = ("/admin/courses/{course}/sections", [new("title", "Захоплено")]),
        ["POST admin/courses/{id:guid}/sections/{sectionId:guid}/lessons"] = ("/admin/courses/{course}/sections/{section}/lessons", [new("Title", "Захоплено"), new("Kind", "text")]),
        ["POST admin/courses/{id:guid}/sections/{sectionId:guid}/move"] = ("/admin/courses/{course}/sections/{section}/move", [new("direction", "down")]),
        ["POST admin/courses/{id:guid}/sections/{sectionId:guid}/rename"] = ("/admin/courses/{course}/sections/{section}/rename", [new("title", "Захоплено")]),
        ["POST admin/runs/{runId:guid}/assign"] = ("/admin/runs/{run}/assign", [new("oblastCode", "UA-71")]),
        ["POST admin/runs/{runId:guid}/close"] = ("/admin/runs/{run}/close", []),
        ["POST admin/runs/{runId:guid}/edit"] = ("/admin/runs/{run}/edit", [new("Title", "Захоплено"), new("StartsOn", "2030-01-01"), new("EndsOn", "2030-02-01"), new("Mode", "Open")]),
        ["POST admin/runs/{runId:guid}/enrollments/{enrollmentId:guid}/approve"] = ("/admin/runs/{run}/enrollments/{enrollment}/approve", []),
        ["POST admin/runs/{runId:guid}/enrollments/{enrollmentId:guid}/reject"] = ("/admin/runs/{run}/enrollments/{enrollment}/reject", []),
        ["POST admin/runs/{runId:guid}/publish"] = ("/admin/runs/{run}/publish", []),
        ["POST admin/organisation/{code:regex(^UA-\\d\\d$)}/hromadas"] = ("/admin/organisation/UA-09/hromadas", [new("name", "Захоплена громада")]),
        ["POST admin/organisation/{code:regex(^UA-\\d\\d$)}/libraries"] = ("/admin/organisation/UA-09/libraries", [new("name", "Захоплена бібліотека"), new("hromadaId", "{hromada}")]),
        ["POST admin/organisation/import"] = ("/admin/organisation/import", []),
        ["POST admin/organisation/libraries/{id:guid}"] = ("/admin/organisation/libraries/{library}", [new("name", "Захоплено")]),
        ["POST admin/organisation/libraries/{id:guid}/departments"] = ("/admin/organisation/libraries/{library}/departments", [new("name", "Захоплено")]),
        ["POST admin/organisation/libraries/{id:guid}/departments/{departmentId:guid}/delete"] = ("/admin/organisation/libraries/{library}/departments/{department}/delete", []),
        ["POST admin/users/{id:guid}/lock"] = ("/admin/users/{user}/lock", []),
        ["POST admin/users/{id:guid}/roles"] = ("/admin/users/{user}/roles", [new("role", "Methodologist"), new("oblastCode", "UA-71")]),
        ["POST admin/users/{id:guid}/roles/{role}/revoke"] = ("/admin/users/{user}/roles/Trainer/revoke", []),
        ["POST admin/users/{id:guid}/unlock"] = ("/admin/users/{user}/unlock", []),
        ["POST admin/webinars/{id:guid}/attendance/{userId:guid}"] = ("/admin/webinars/{webinar}/attendance/{user}", [new("decision", "yes")]),
        ["POST admin/webinars/{id:guid}/attendance/{userId:guid}/check-in"] = ("/admin/webinars/{webinar}/attendance/{user}/check-in", []),
        ["POST admin/webinars/{id:guid}/cancel"] = ("/admin/webinars/{webinar}/cancel", [new("reason", "Захоплено")]),
        ["POST admin/webinars/{id:guid}/edit"] = ("/admin/webinars/{webinar}/edit", [new("Title", "Захоплено"), new("OblastCode", "UA-71")]),
        ["POST admin/webinars/new"] = ("/admin/webinars/new", [new("Title", "Захоплено"), new("Kind", "Webinar"), new("Date", "2030-01-09"), new("Time", "18:00"), new("DurationMinutes", "90"), new("OblastCode", "UA-09"), new("RegistrationMode", "Open"), new("RoomKind", "ExternalLink"), new("ExternalUrl", "https://meet.example.org/x")]),
        ["POST admin/webinars/registrations/{registrationId:guid}/approve"] = ("/admin/webinars/registrations/{registration}/approve", []),
        ["POST admin/webinars/registrations/{registrationId:guid}/decline"] = ("/admin/webinars/registrations/{registration}/decline", []),
        ["POST webinars/{id:guid}/room/end"] = ("/webinars/{webinar}/room/end", []),
        ["POST /api/webinars/{eventId:guid}/presence"] = ("/api/webinars/{webinar}/presence", [new("kind", "joined")]),
        ["POST /api/webinars/{eventId:guid}/token"] = ("/api/webinars/{webinar}/token", []),
        ["POST admin/queues/mail/{id:guid}/retry"] = ("/admin/queues/mail/{mail}/retry", []),
        ["POST admin/queues/events/{id:guid}/retry"] = ("/admin/queues/events/{outbox-event}/retry", []),
        ["POST admin/hubs/digests"] = ("/admin/hubs/digests", [new("Title", "Захоплено"), new("Body", "Захоплено"), new("OblastCode", "UA-09")]),
        ["POST admin/reports/plan/targets"] = ("/admin/reports/plan/targets", [new("year", "2026"), new("oblast", "UA-09"), new("values[Users]", "1")]),
        ["POST admin/reports/plan/figures"] = ("/admin/reports/plan/figures", [new("year", "2026"), new("month", "1"), new("oblast", "UA-09"), new("values[BookIssue]", "1")]),
        ["POST admin/attestation/new"] = ("/admin/attestation/new", [new("Name", "Захоплено"), new("OrderNumber", "1"), new("OrderDate", "2026-01-01"), new("OblastCode", "UA-09"), new("AppealDays", "10"), new("QuorumNumerator", "2"), new("QuorumDenominator", "3")]),
        ["POST admin/attestation/{id:guid}/start"] = ("/admin/attestation/{attestation-campaign}/start", []),
        ["POST admin/reports/rebuild"] = ("/admin/reports/rebuild", []),
        ["POST admin/attestation/{id:guid}/close"] = ("/admin/attestation/{attestation-campaign}/close", []),
        ["POST admin/attestation/{id:guid}/dates"] = ("/admin/attestation/{attestation-campaign}/dates", [new("kind", "Interview"), new("date", "2030-01-01")]),
        ["POST admin/attestation/{id:guid}/commission"] = ("/admin/attestation/{attestation-campaign}/commission", [new("email", Outsider), new("role", "Member")]),
        ["POST admin/attestation/{id:guid}/commission/{memberId:guid}/remove"] = ("/admin/attestation/{attestation-campaign}/commission/{attestation-member}/remove", []),
        ["POST admin/attestation/{id:guid}/edit"] = ("/admin/attestation/{attestation-campaign}/edit", [new("Name", "Захоплено"), new("OrderNumber", "1"), new("OrderDate", "2026-01-01"), new("AppealDays", "10"), new("QuorumNumerator", "2"), new("QuorumDenominator", "3")]),
        ["POST admin/attestation/{id:guid}/test"] = ("/admin/attestation/{attestation-campaign}/test", [new("PassPercent", "10"), new("TimeLimitMinutes", "5")]),
        ["POST admin/attestation/{id:guid}/candidates/add"] = ("/admin/attestation/{attestation-campaign}/candidates/add", [new("Picks[0].UserId", "{user}"), new("Picks[0].Chosen", "true"), new("Picks[0].Position", "Захоплено")]),
        ["POST admin/attestation/{id:guid}/import"] = ("/admin/attestation/{attestation-campaign}/import", []),
        ["POST admin/attestation/{id:guid}/questionnaire"] = ("/admin/attestation/{attestation-campaign}/questionnaire", []),
        ["POST attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/interview"] = ("/attestation/campaigns/{attestation-campaign}/candidates/{attestation-candidate}/interview", [new("notes", "Захоплено")]),
        ["POST attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/retake"] = ("/attestation/campaigns/{attestation-campaign}/candidates/{attestation-candidate}/retake", [new("reason", "Захоплено")]),
        ["POST attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/decision"] = ("/attestation/campaigns/{attestation-campaign}/candidates/{attestation-candidate}/decision", [new("Present", "{user}"), new("Votes[{user}]", "NotFit")]),
        ["POST attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/notify"] = ("/attestation/campaigns/{attestation-campaign}/candidates/{attestation-candidate}/notify", []),
        ["POST attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/final"] = ("/attestation/campaigns/{attestation-campaign}/candidates/{attestation-candidate}/final", []),
        ["POST attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/conditions/{conditionId:guid}/met"] = ("/attestation/campaigns/{attestation-campaign}/candidates/{attestation-candidate}/conditions/{attestation-condition}/met", []),
        ["POST attestation/campaigns/{campaignId:guid}/reminders"] = ("/attestation/campaigns/{attestation-campaign}/reminders", []),
        ["POST attestation/campaigns/{campaignId:guid}/timetable"] = ("/attestation/campaigns/{attestation-campaign}/timetable", [new("candidateId", "{attestation-candidate}"), new("at", "2030-01-01T10:00")]),
        ["POST my/attestation/{candidateId:guid}/appeal"] = ("/my/attestation/{attestation-candidate}/appeal", [new("text", "Захоплено")]),
        ["POST hubs/registry/new"] = ("/hubs/registry/new", [new("LibraryId", "{library}"), new("Name", "Захоплено"), new("Address", "Захоплено")]),
        ["POST hubs/registry/{id:guid}"] = ("/hubs/registry/{hub}", [new("LibraryId", "{library}"), new("Name", "Захоплено"), new("Address", "Захоплено")]),
        ["POST hubs/registry/{id:guid}/stops"] = ("/hubs/registry/{hub}/stops", [new("Place", "Захоплено"), new("Address", "Захоплено"), new("Offer", "Захоплено"), new("Day", "2030-01-01"), new("Starts", "10:00"), new("Ends", "12:00")]),
        ["POST hubs/registry/{id:guid}/stops/{stopId:guid}/remove"] = ("/hubs/registry/{hub}/stops/{hub-stop}/remove", []),
        ["POST hubs/registry/{id:guid}/coordinators"] = ("/hubs/registry/{hub}/coordinators", [new("personId", "{hub-coordinator}"), new("since", "2030-01-01")]),
        ["POST hubs/people/{coordinatorId:guid}/mentor"] = ("/hubs/people/{hub-coordinator}/mentor", [new("mentorId", "{user}"), new("since", "2030-01-01")]),
        ["POST hubs/mentoring/{coordinatorId:guid}/goals"] = ("/hubs/mentoring/{hub-coordinator}/goals", [new("title", "Захоплено"), new("targetDate", "2030-01-01")]),
        ["POST hubs/mentoring/{coordinatorId:guid}/goals/{goalId:guid}/status"] = ("/hubs/mentoring/{hub-coordinator}/goals/{hub-goal}/status", [new("status", "Dropped")]),
        ["POST hubs/mentoring/{coordinatorId:guid}/sessions"] = ("/hubs/mentoring/{hub-coordinator}/sessions", [new("HeldOn", "2026-01-01"), new("DurationMinutes", "60"), new("Topics", "Захоплено")]),
        ["POST hubs/mentoring/{coordinatorId:guid}/actions/{actionId:guid}/done"] = ("/hubs/mentoring/{hub-coordinator}/actions/{hub-action}/done", []),
    };

    /// <summary>Creating routes whose object is named in the body: they may answer with the form again, but change nothing.</summary>
    private static readonly HashSet<string> CreatesFromTheBody = new(StringComparer.Ordinal)
    {
        "POST admin/certificates/issue", "POST admin/certificates/keys/rotate",
        "POST admin/organisation/import", "POST admin/webinars/new",
        "POST admin/organisation/{code:regex(^UA-\\d\\d$)}/hromadas", "POST admin/organisation/{code:regex(^UA-\\d\\d$)}/libraries",
    };

    private List<string> StateChangingRoutes() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "DELETE" or "PATCH")
                .Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void EveryStateChangingRoute_IsNamedHere_AimedOrOwnData()
    {
        var unnamed = StateChangingRoutes().Where(r => !Aimed.ContainsKey(r) && !OwnData.ContainsKey(r)).ToList();
        Assert.True(unnamed.Count == 0, "State-changing routes the scope sweep does not name (add each to Aimed or OwnData): " + string.Join("; ", unnamed));
        var gone = Aimed.Keys.Concat(OwnData.Keys).Except(StateChangingRoutes()).ToList();
        Assert.True(gone.Count == 0, "Named routes that no longer exist: " + string.Join("; ", gone));
    }

    [Fact]
    public async Task EveryAimedRoute_AnOutsiderAimsAtANationalOrLuhanskObject_Answers404_AndNothingChanges()
    {
        var targets = await TargetsAsync();
        using var outsider = new BrowserSession(App);
        await outsider.SignInAsync(Outsider);
        var token = BrowserSession.AntiforgeryToken(await outsider.GetHtmlAsync("/admin"));
        var before = await SnapshotAsync();
        var wrong = new List<string>();
        foreach (var (route, (url, form)) in Aimed.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var fields = form.Select(f => new KeyValuePair<string, string>(f.Key, Fill(f.Value, targets)))
                .Append(new("__RequestVerificationToken", token)).ToList();
            using var response = await outsider.PostAsync(Fill(url, targets), fields);
            if (!CreatesFromTheBody.Contains(route) && response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
            {
                wrong.Add($"{route} → {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        var after = await SnapshotAsync();
        var changed = before.Keys.Where(t => before[t] != after.GetValueOrDefault(t)).ToList();
        Assert.True(wrong.Count == 0 && changed.Count == 0,
            $"Answered other than 404/403: {string.Join("; ", wrong)}. Tables changed: {string.Join(", ", changed)}");
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> targets) =>
        targets.Aggregate(text, (current, target) => current.Replace($"{{{target.Key}}}", target.Value, StringComparison.Ordinal));

    /// <summary>National objects (and Luhansk ones where the module scopes by oblast), plus one of each kind a route names.</summary>
    private async Task<Dictionary<string, string>> TargetsAsync()
    {
        var trainer = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "trener@lounb.demo").Select(u => u.Id).SingleAsync());
        var national = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "metodyst@lounb.demo").Select(u => u.Id).SingleAsync());
        // A run of a national course with its first lesson and an enrolment (Courses keeps its types to itself: plain SQL).
        const string nationalRun = "FROM courses_run r JOIN courses_course c ON c.id = r.course_id WHERE c.owner_oblast_code IS NULL";
        var run = await FirstAsync($"SELECT r.id, r.course_id {nationalRun} ORDER BY r.id");
        var lesson = await FirstAsync($"SELECT l.id, l.section_id {nationalRun.Replace("WHERE", "JOIN courses_lesson l ON l.course_id = c.id WHERE", StringComparison.Ordinal)} ORDER BY r.id, l.id");
        var enrollment = await FirstOrNewAsync($"SELECT e.id {nationalRun.Replace("WHERE", "JOIN courses_enrollment e ON e.run_id = r.id WHERE", StringComparison.Ordinal)} ORDER BY r.id, e.id");
        var page = await FirstAsync("SELECT id FROM pages_page ORDER BY id");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIntegrationEventPublisher>()
                .PublishAsync(new CourseCompleted(run[1], trainer, run[0], Guid.NewGuid(), "Медіаграмотність", 4, DateTime.UtcNow), default);
            await scope.ServiceProvider.GetRequiredService<LounbDbContext>().SaveChangesAsync();
        }

        await App.DeliverEventsAsync();

        return await App.WithDbAsync(async db =>
        {
            var quiz = await db.Set<Quiz>().Where(q => q.OwnerOblastCode == null && db.Set<QuizSlot>().Any(s => s.QuizId == q.Id)).OrderBy(q => q.Id).FirstAsync();
            var question = await db.Set<Question>().Where(q => q.OwnerId == national).OrderBy(q => q.Id).FirstAsync();
            // The demo bank is shared (anyone may use and edit it); made private here, it is the national methodologist's own.
            await db.Set<QuestionCategory>().Where(c => c.OwnerId == national).ExecuteUpdateAsync(u => u.SetProperty(c => c.IsShared, false));
            var library = await db.Libraries.Where(l => l.OblastCode == "UA-09").OrderBy(l => l.Id).FirstAsync();
            // The demo campaign of Luhansk: a candidate with a «за умови» decision (its condition not met).
            var attestation = await db.Set<Candidate>().Where(c => db.Set<Decision>().Any(d => d.CandidateId == c.Id && db.Set<DecisionCondition>().Any(k => k.DecisionId == d.Id)))
                .OrderBy(c => c.Id).Select(c => new { c.Id, c.CampaignId }).FirstAsync();
            return new Dictionary<string, string>
            {
                ["quiz"] = quiz.Id.ToString(),
                ["slot"] = (await db.Set<QuizSlot>().Where(s => s.QuizId == quiz.Id).Select(s => s.Id).FirstAsync()).ToString(),
                ["question"] = question.Id.ToString(),
                ["category"] = question.CategoryId.ToString(),
                ["import"] = Guid.NewGuid().ToString(),
                ["attempt"] = (await db.Set<Attempt>().Select(a => (Guid?)a.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["user"] = trainer.ToString(),
                ["certificate"] = (await db.Set<Certificate>().Where(c => c.HolderId == trainer).Select(c => c.Id).FirstAsync()).ToString(),
                ["template"] = (await db.Set<CertificateTemplate>().Select(t => (Guid?)t.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["course"] = run[1].ToString(),
                ["run"] = run[0].ToString(),
                ["section"] = lesson[1].ToString(),
                ["lesson"] = lesson[0].ToString(),
                ["enrollment"] = enrollment[0].ToString(),
                ["hromada"] = library.HromadaId.ToString(),
                ["library"] = library.Id.ToString(),
                ["department"] = (await db.Departments.Select(d => (Guid?)d.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["page"] = page[0].ToString(),
                ["webinar"] = (await db.Set<WebinarEvent>().Where(e => e.OblastCode == "UA-09" || e.OblastCode == null).Select(e => e.Id).FirstAsync()).ToString(),
                ["registration"] = (await db.Set<Registration>().Select(r => (Guid?)r.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["mail"] = (await db.Set<Lounb.Modules.Core.Email.QueuedMail>().Select(m => (Guid?)m.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["outbox-event"] = (await db.Set<OutboxEvent>().Select(e => (Guid?)e.Id).FirstOrDefaultAsync() ?? Guid.NewGuid()).ToString(),
                ["hub"] = (await db.Set<Lounb.Modules.Hubs.Domain.Hub>().Where(h => h.OblastCode == "UA-09" && db.Set<Lounb.Modules.Hubs.Domain.HubStop>().Any(s => s.HubId == h.Id)).Select(h => h.Id).FirstAsync()).ToString(),
                ["hub-stop"] = (await db.Set<Lounb.Modules.Hubs.Domain.HubStop>().Where(s => db.Set<Lounb.Modules.Hubs.Domain.Hub>().Any(h => h.Id == s.HubId && h.OblastCode == "UA-09")).Select(s => s.Id).FirstAsync()).ToString(),
                ["hub-coordinator"] = (await db.Set<Lounb.Modules.Hubs.Domain.HubCoordinator>().Where(c => db.Set<Lounb.Modules.Hubs.Domain.Hub>().Any(h => h.Id == c.HubId && h.OblastCode == "UA-09")).Select(c => c.PersonId).FirstAsync()).ToString(),
                ["hub-goal"] = (await db.Set<Lounb.Modules.Hubs.Domain.MentoringGoal>().Select(g => g.Id).FirstAsync()).ToString(),
                ["hub-action"] = (await db.Set<Lounb.Modules.Hubs.Domain.AgreedAction>().Select(a => a.Id).FirstAsync()).ToString(),
                ["attestation-campaign"] = attestation.CampaignId.ToString(),
                ["attestation-candidate"] = attestation.Id.ToString(),
                ["attestation-member"] = (await db.Set<CommissionMember>().Where(m => m.CampaignId == attestation.CampaignId).Select(m => m.Id).FirstAsync()).ToString(),
                ["attestation-condition"] = (await db.Set<DecisionCondition>().Where(c => db.Set<Decision>().Any(d => d.Id == c.DecisionId && d.CandidateId == attestation.Id)).Select(c => c.Id).FirstAsync()).ToString(),
            };
        });
    }

    /// <summary>The first row of a query, or an id nobody has (the demo data may have no such row).</summary>
    private async Task<Guid[]> FirstOrNewAsync(string sql) => await FirstAsync(sql, required: false) is { Length: > 0 } row ? row : [Guid.NewGuid()];

    /// <summary>The first row of a query, its columns read as ids.</summary>
    private Task<Guid[]> FirstAsync(string sql, bool required = true) =>
        App.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql + " LIMIT 1";
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                Assert.False(required, "No row: " + sql);
                return [];
            }

            return Enumerable.Range(0, reader.FieldCount)
                .Select(i => Guid.Parse(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)).ToArray();
        });

    /// <summary>Every table's rows as text (sign-ins and the audit of refusals aside).</summary>
    private Task<Dictionary<string, string>> SnapshotAsync() =>
        App.WithDbAsync(async db =>
        {
            // The live nodes' heartbeat is written by a background worker, not by requests.
            var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>()
                .Where(t => t != "webinars_live_node").Distinct().Order(StringComparer.Ordinal).ToList();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using DbDataReader reader = await command.ExecuteReaderAsync();
                var rows = new List<string>();
                while (await reader.ReadAsync())
                {
                    var row = new StringBuilder();
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        row.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                    }

                    rows.Add(row.ToString());
                }

                snapshot[table] = string.Join("\n", rows.Order(StringComparer.Ordinal));
            }

            return snapshot;
        });
}

public sealed class SqliteScopeSweepTests(SqliteApp app) : ScopeSweepTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresScopeSweepTests(PostgresApp app) : ScopeSweepTests(app), IClassFixture<PostgresApp>;
