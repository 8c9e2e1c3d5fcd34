using System.Net;
using System.Text;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Attestation through HTTP: a methodologist of Luhansk runs a campaign, the secretary records presence and votes, the
/// candidate sees only their own result and appeals; every bad input of issue 14 is refused and changes nothing.
/// </summary>
public abstract partial class AttestationTests(LounbAppFactory app)
{
    private const string Methodologist = "metodyst.luhansk@lounb.demo";
    private const string Librarian = "bibliotekar@lounb.demo";
    private const string Library = "Сєвєродонецька міська публічна бібліотека";

    private LounbAppFactory App { get; } = app;

    /// <summary>A running campaign of Luhansk with a commission of five (chair, deputy, secretary, two members) and its quiz.</summary>
    private sealed record Setup(Guid CampaignId, Guid QuizId, Guid[] Commission, string[] CommissionEmails, BrowserSession Methodologist) : IDisposable
    {
        public Guid Chair => Commission[0];

        public string SecretaryEmail => CommissionEmails[2];

        public string Url => $"/attestation/campaigns/{CampaignId}";

        public void Dispose() => Methodologist.Dispose();
    }

    private async Task<Setup> CampaignAsync()
    {
        var quizId = await App.WithDbAsync(db => db.Set<Quiz>()
            .Where(q => q.Status == QuizStatus.Published && (q.OwnerOblastCode == null || q.OwnerOblastCode == "UA-09")).OrderBy(q => q.Id).Select(q => q.Id).FirstAsync());
        var methodologist = new BrowserSession(App);
        await methodologist.SignInAsync(Methodologist);
        using var created = await methodologist.SubmitAsync("/admin/attestation/new", "/admin/attestation/new",
        [
            new("Name", "Атестація бібліотечних працівників деокупованих громад Луганщини"), new("OrderNumber", "45-ОД"), new("OrderDate", "2026-02-20"),
            new("OblastCode", "UA-09"), new("QuizId", quizId.ToString()), new("TestFrom", "2026-01-01"), new("TestTo", "2030-12-31"),
            new("AppealDays", "10"), new("QuorumNumerator", "2"), new("QuorumDenominator", "3"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var campaignId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        var url = $"/attestation/campaigns/{campaignId}";
        var roles = new[] { "Chair", "Deputy", "Secretary", "Member", "Member" };
        var emails = roles.Select((_, i) => $"komisiia{i}.{Guid.NewGuid():N}@example.org").ToArray();
        var ids = new Guid[roles.Length];
        for (var i = 0; i < roles.Length; i++)
        {
            ids[i] = await App.CreatePersonAsync(emails[i]);
            using var added = await methodologist.SubmitAsync(url, $"/admin/attestation/{campaignId}/commission", [new("email", emails[i]), new("role", roles[i])]);
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using var started = await methodologist.SubmitAsync(url, $"/admin/attestation/{campaignId}/start", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return new Setup(campaignId, quizId, ids, emails, methodologist);
    }

    private static async Task<HttpResponseMessage> ImportAsync(BrowserSession session, Guid campaignId, string csv)
    {
        var token = BrowserSession.FormToken(await session.GetHtmlAsync($"/attestation/campaigns/{campaignId}"), $"/admin/attestation/{campaignId}/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "candidates.csv" },
        };
        return await session.Client.PostAsync(new Uri($"/admin/attestation/{campaignId}/import", UriKind.Relative), content);
    }

    private static string Csv(params string[] lines) => "Прізвище;Ім'я;По батькові;Посада;Бібліотека;Ел. пошта\n" + string.Join('\n', lines) + "\n";

    private Task<Candidate> CandidateAsync(Guid campaignId, string email) =>
        App.WithDbAsync(db => db.Set<Candidate>().AsNoTracking().Include(c => c.Events).SingleAsync(c => c.CampaignId == campaignId && c.Email == email));

    private async Task PublishAsync<T>(T integrationEvent)
        where T : IIntegrationEvent
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IIntegrationEventPublisher>().PublishAsync(integrationEvent, default);
        await scope.ServiceProvider.GetRequiredService<LounbDbContext>().SaveChangesAsync();
        await App.DeliverEventsAsync();
    }

    private static List<KeyValuePair<string, string>> Sheet(IEnumerable<(Guid Member, string Vote)> votes, params KeyValuePair<string, string>[] more) =>
        [.. votes.SelectMany(v => new KeyValuePair<string, string>[] { new("Present", v.Member.ToString()), new($"Votes[{v.Member}]", v.Vote) }), .. more];

    /// <summary>Imports the librarian and one more, has the librarian take the test and be interviewed.</summary>
    private async Task<(Candidate Librarian, BrowserSession Secretary)> InterviewedAsync(Setup setup)
    {
        using (var imported = await ImportAsync(setup.Methodologist, setup.CampaignId, Csv(
                   $"Савченко;Тетяна;Іванівна;бібліотекар;{Library};{Librarian}",
                   $"Бондаренко;Марія;;завідувачка;Біловодська публічна бібліотека;maria.{Guid.NewGuid():N}@example.org")))
        {
            Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        }

        var userId = (await CandidateAsync(setup.CampaignId, Librarian)).UserId!.Value;
        await PublishAsync(new AttemptGraded(Guid.NewGuid(), setup.QuizId, userId, 1, 82.5m, 82.5m, true, DateTime.UtcNow));
        var secretary = new BrowserSession(App);
        await secretary.SignInAsync(setup.SecretaryEmail);
        var candidate = await CandidateAsync(setup.CampaignId, Librarian);
        var page = $"{setup.Url}/candidates/{candidate.Id}";
        using var interviewed = await secretary.SubmitAsync(page, $"{page}/interview", [new("notes", "Знає Закон «Про бібліотеки і бібліотечну справу».")]);
        Assert.Equal(HttpStatusCode.Redirect, interviewed.StatusCode);
        return (await CandidateAsync(setup.CampaignId, Librarian), secretary);
    }

    [Fact]
    public async Task WholePath_ImportTestInterviewVotesNotify_CandidateSeesOnlyTheirOwnAndAppeals_ConditionMetByCourse()
    {
        using var setup = await CampaignAsync();
        var (candidate, secretary) = await InterviewedAsync(setup);
        using var _ = secretary;
        Assert.Equal(CandidateStep.Interviewed, candidate.Step);
        Assert.Equal(82.5m, candidate.TestPercent);
        var page = $"{setup.Url}/candidates/{candidate.Id}";
        var course = Guid.NewGuid();

        var votes = setup.Commission.Select((m, i) => (m, i == 4 ? "NotFit" : "FitWithConditions"));
        using (var decided = await secretary.SubmitAsync(page, $"{page}/decision", Sheet(votes, new("Category", "Keep"),
                   new("Conditions[0].Text", "Пройти курс «Закон про бібліотеки»"), new("Conditions[0].DueOn", "2030-09-01"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        }

        await App.WithDbAsync(async db =>
        {
            var condition = await db.Set<DecisionCondition>().SingleAsync(c => db.Set<Decision>().Any(d => d.Id == c.DecisionId && d.CandidateId == candidate.Id));
            db.Entry(condition).Property(c => c.CourseId).CurrentValue = course;
            return await db.SaveChangesAsync();
        });
        var decision = await App.WithDbAsync(db => db.Set<Decision>().AsNoTracking().Include(d => d.Votes).SingleAsync(d => d.CandidateId == candidate.Id));
        Assert.Equal((AttestationOutcome.FitWithConditions, 5, 4, 1, CategoryRecommendation.Keep), (decision.Outcome, decision.Present, decision.VotesFitWithConditions, decision.VotesNotFit, decision.Category));
        Assert.Equal(5, decision.Votes.Count);

        using (var notified = await secretary.SubmitAsync(page, $"{page}/notify", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, notified.StatusCode);
        }

        var letter = await App.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking().Where(m => m.To == Librarian && m.Subject.StartsWith("Рішення атестаційної комісії")).SingleAsync());
        Assert.Contains("Відповідає займаній посаді за умови", letter.Body, StringComparison.Ordinal);

        using var librarian = new BrowserSession(App);
        await librarian.SignInAsync(Librarian);
        var mine = await librarian.GetHtmlAsync("/my/attestation"); await File.WriteAllTextAsync("/tmp/att-mine.html", mine);
        Assert.Contains("Відповідає займаній посаді за умови", mine, StringComparison.Ordinal);
        Assert.Contains("Пройти курс «Закон про бібліотеки»", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Бондаренко", mine, StringComparison.Ordinal);

        // Neither the commission's pages nor another candidacy exist for the candidate.
        using (var commissionPage = await librarian.GetAsync(page))
        {
            Assert.Equal(HttpStatusCode.NotFound, commissionPage.StatusCode);
        }

        var other = await App.WithDbAsync(db => db.Set<Candidate>().Where(c => c.CampaignId == setup.CampaignId && c.Surname == "Бондаренко").Select(c => c.Id).SingleAsync());
        var token = BrowserSession.AntiforgeryToken(mine);
        using (var foreign = await librarian.PostAsync($"/my/attestation/{other}/appeal", [new("text", "Чужа апеляція"), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using (var appealed = await librarian.SubmitAsync("/my/attestation", $"/my/attestation/{candidate.Id}/appeal", [new("text", "Прошу переглянути: умову виконаю раніше.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, appealed.StatusCode);
        }

        Assert.Equal(CandidateStep.Appealed, (await CandidateAsync(setup.CampaignId, Librarian)).Step);

        await PublishAsync(new CourseCompleted(Guid.NewGuid(), candidate.UserId!.Value, course, Guid.NewGuid(), "Закон про бібліотеки", 4, DateTime.UtcNow));
        var met = await App.WithDbAsync(db => db.Set<DecisionCondition>().AsNoTracking().SingleAsync(c => c.CourseId == course));
        Assert.NotNull(met.MetAt);
        Assert.Contains((await CandidateAsync(setup.CampaignId, Librarian)).Events, e => e.Kind == CandidateEventKind.ConditionMet);
    }

    [Fact]
    public async Task AttemptGraded_TwiceAndASecondAttempt_RecordedOnceOnlyTheFirstCounts()
    {
        using var setup = await CampaignAsync();
        var email = $"kandydat.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        using (var imported = await ImportAsync(setup.Methodologist, setup.CampaignId, Csv($"Петренко;Іван;;бібліотекар;{Library};{email}")))
        {
            Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        }

        var first = new AttemptGraded(Guid.NewGuid(), setup.QuizId, userId, 1, 40m, 40m, false, DateTime.UtcNow);
        await PublishAsync(first);
        await PublishAsync(first);
        await PublishAsync(new AttemptGraded(Guid.NewGuid(), setup.QuizId, userId, 2, 95m, 95m, true, DateTime.UtcNow));
        await PublishAsync(new AttemptGraded(Guid.NewGuid(), Guid.NewGuid(), userId, 1, 100m, 100m, true, DateTime.UtcNow));

        var candidate = await CandidateAsync(setup.CampaignId, email);
        Assert.Equal((CandidateStep.TestTaken, 40m, first.AttemptId), (candidate.Step, candidate.TestPercent!.Value, candidate.TestAttemptId!.Value));
        Assert.Single(candidate.Events, e => e.Kind == CandidateEventKind.TestTaken);
    }

    [Fact]
    public async Task Import_DuplicatesUnknownLibraryBadEmailMissingField_NothingAdded_EveryLineReported()
    {
        using var setup = await CampaignAsync();

        using var response = await ImportAsync(setup.Methodologist, setup.CampaignId, Csv(
            $"Савченко;Тетяна;;бібліотекар;{Library};dup@example.org",
            $"Коваль;Ніна;;бібліотекар;{Library};DUP@example.org",
            "Мельник;Ольга;;бібліотекар;Неіснуюча бібліотека;olga@example.org",
            $"Ткач;Юрій;;бібліотекар;{Library};не-адреса",
            $"Гуменюк;;;бібліотекар;{Library};g@example.org",
            "Руденко;Галина;;бібліотекар;Черкаська обласна універсальна наукова бібліотека;cherkasy@example.org"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Нікого не імпортовано", html, StringComparison.Ordinal);
        Assert.Contains("Рядок 3: Адреса DUP@example.org повторює рядок 2.", html, StringComparison.Ordinal);
        Assert.Contains("Рядок 4: Бібліотеки «Неіснуюча бібліотека» немає", html, StringComparison.Ordinal);
        Assert.Contains("Рядок 5: Адреса «не-адреса» не схожа на електронну пошту.", html, StringComparison.Ordinal);
        Assert.Contains("Рядок 6: Не заповнено поле «Ім'я».", html, StringComparison.Ordinal);
        Assert.Contains("Рядок 7: Бібліотеки «Черкаська обласна універсальна наукова бібліотека» немає", html, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<Candidate>().CountAsync(c => c.CampaignId == setup.CampaignId)));
    }

    [Fact]
    public async Task Decision_WithoutQuorum_WithAnOutsidersVote_ByAPlainMember_RefusedAndNothingRecorded()
    {
        using var setup = await CampaignAsync();
        var (candidate, secretary) = await InterviewedAsync(setup);
        using var _ = secretary;
        var page = $"{setup.Url}/candidates/{candidate.Id}";

        // The form sends an empty vote («не голосує») for each absent member: that is no vote, not a vote.
        using (var noQuorum = await secretary.SubmitAsync(page, $"{page}/decision",
                   Sheet(setup.Commission.Take(3).Select(m => (m, "Fit")), [.. setup.Commission.Skip(3).Select(m => new KeyValuePair<string, string>($"Votes[{m}]", ""))])))
        {
            Assert.Equal(HttpStatusCode.Redirect, noQuorum.StatusCode);
        }

        Assert.Contains("Немає кворуму: присутні 3 із 5, потрібно щонайменше 4", WebUtility.HtmlDecode(await secretary.GetHtmlAsync(page)), StringComparison.Ordinal);

        var outsider = await App.CreatePersonAsync($"storonnii.{Guid.NewGuid():N}@example.org");
        using (var outsiders = await secretary.SubmitAsync(page, $"{page}/decision", Sheet(setup.Commission.Take(4).Append(outsider).Select(m => (m, "NotFit")))))
        {
            Assert.Equal(HttpStatusCode.Redirect, outsiders.StatusCode);
        }

        Assert.Contains("голос людини поза комісією не приймається", WebUtility.HtmlDecode(await secretary.GetHtmlAsync(page)), StringComparison.Ordinal);

        using var member = new BrowserSession(App);
        await member.SignInAsync(setup.CommissionEmails[3]);
        var token = BrowserSession.AntiforgeryToken(await member.GetHtmlAsync(page));
        using (var byMember = await member.PostAsync($"{page}/decision", [.. Sheet(setup.Commission.Select(m => (m, "Fit"))), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        }

        // A condition naming a course the secretary may not link (here: none exists) is refused too.
        using (var unknownCourse = await secretary.SubmitAsync(page, $"{page}/decision", Sheet(setup.Commission.Select(m => (m, "FitWithConditions")),
                   new("Conditions[0].CourseId", Guid.NewGuid().ToString()), new("Conditions[0].DueOn", "2030-09-01"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, unknownCourse.StatusCode);
        }

        Assert.Contains("Оберіть курс умови зі списку", WebUtility.HtmlDecode(await secretary.GetHtmlAsync(page)), StringComparison.Ordinal);
        Assert.Equal(CandidateStep.Interviewed, (await CandidateAsync(setup.CampaignId, Librarian)).Step);
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<Decision>().CountAsync(d => d.CandidateId == candidate.Id)));
    }

    [Fact]
    public async Task Retake_WithoutReason_Refused_WithReason_Recorded()
    {
        using var setup = await CampaignAsync();
        var email = $"kandydat.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        using (await ImportAsync(setup.Methodologist, setup.CampaignId, Csv($"Петренко;Іван;;бібліотекар;{Library};{email}")))
        {
        }

        await PublishAsync(new AttemptGraded(Guid.NewGuid(), setup.QuizId, userId, 1, 40m, 40m, false, DateTime.UtcNow));
        var candidate = await CandidateAsync(setup.CampaignId, email);
        using var secretary = new BrowserSession(App);
        await secretary.SignInAsync(setup.SecretaryEmail);
        var page = $"{setup.Url}/candidates/{candidate.Id}";

        using (await secretary.SubmitAsync(page, $"{page}/retake", [new("reason", "  ")]))
        {
        }

        Assert.Contains("Повторне тестування можливе лише з записаною причиною.", WebUtility.HtmlDecode(await secretary.GetHtmlAsync(page)), StringComparison.Ordinal);
        Assert.Equal(1, (await CandidateAsync(setup.CampaignId, email)).AttemptsAllowed);

        using (await secretary.SubmitAsync(page, $"{page}/retake", [new("reason", "Зник зв'язок під час тесту")]))
        {
        }

        var after = await CandidateAsync(setup.CampaignId, email);
        Assert.Equal(2, after.AttemptsAllowed);
        Assert.Contains(after.Events, e => e.Kind == CandidateEventKind.RetakeGranted && e.Note == "Зник зв'язок під час тесту");
    }

    [Fact]
    public async Task Appeal_AfterTheDeadline_RefusedWithTheDate_AndNothingChanges()
    {
        using var setup = await CampaignAsync();
        var (candidate, secretary) = await InterviewedAsync(setup);
        using var _ = secretary;
        var page = $"{setup.Url}/candidates/{candidate.Id}";
        using (await secretary.SubmitAsync(page, $"{page}/decision", Sheet(setup.Commission.Select(m => (m, "NotFit")))))
        {
        }

        using (await secretary.SubmitAsync(page, $"{page}/notify", []))
        {
        }

        await App.WithDbAsync(db => db.Set<Candidate>().Where(c => c.Id == candidate.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.NotifiedAt, DateTime.UtcNow.AddDays(-11))));
        using var librarian = new BrowserSession(App);
        await librarian.SignInAsync(Librarian);
        var token = BrowserSession.AntiforgeryToken(await librarian.GetHtmlAsync("/my/attestation"));

        using (var late = await librarian.PostAsync($"/my/attestation/{candidate.Id}/appeal", [new("text", "Не згодна"), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        }

        Assert.Contains("Строк оскарження минув", WebUtility.HtmlDecode(await librarian.GetHtmlAsync("/my/attestation")), StringComparison.Ordinal);
        var after = await CandidateAsync(setup.CampaignId, Librarian);
        Assert.Equal(CandidateStep.Notified, after.Step);
        Assert.Null(after.AppealText);
    }

    [Fact]
    public async Task Campaign_MethodologistOfAnotherOblast_And_StrangerGet404()
    {
        using var setup = await CampaignAsync();

        using var cherkasy = new BrowserSession(App);
        await cherkasy.SignInAsync("metodyst.cherkasy@lounb.demo");
        using (var response = await cherkasy.GetAsync(setup.Url))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.DoesNotContain(setup.CampaignId.ToString(), await cherkasy.GetHtmlAsync("/admin/attestation"), StringComparison.Ordinal);
        using var stranger = new BrowserSession(App);
        await stranger.SignInAsync("slukhach@lounb.demo");
        using (var response = await stranger.GetAsync(setup.Url))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var member = new BrowserSession(App);
        await member.SignInAsync(setup.CommissionEmails[4]);
        Assert.Contains(setup.Url, await member.GetHtmlAsync("/my/attestation"), StringComparison.Ordinal);
        Assert.Contains("Атестація бібліотечних працівників", await member.GetHtmlAsync(setup.Url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCampaign_OblastOutsideScope_Refused_NothingCreated()
    {
        using var methodologist = new BrowserSession(App);
        await methodologist.SignInAsync(Methodologist);
        var before = await App.WithDbAsync(db => db.Set<Campaign>().CountAsync());

        using var response = await methodologist.SubmitAsync("/admin/attestation/new", "/admin/attestation/new",
            [new("Name", "Чужа"), new("OrderNumber", "1"), new("OrderDate", "2026-02-20"), new("OblastCode", "UA-71"), new("AppealDays", "10"), new("QuorumNumerator", "2"), new("QuorumDenominator", "3")]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await App.WithDbAsync(db => db.Set<Campaign>().CountAsync()));
    }
}

public sealed class SqliteAttestationTests(SqliteApp app) : AttestationTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAttestationTests(PostgresApp app) : AttestationTests(app), IClassFixture<PostgresApp>;
