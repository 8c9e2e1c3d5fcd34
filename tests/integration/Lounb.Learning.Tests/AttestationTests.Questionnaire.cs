using System.Net;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Courses.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// The campaign's self-report questionnaire (an ungraded quiz), the audit of every reading of a candidate's answers,
/// and a candidate who gets an account only after a «за умови» decision naming a course.
/// </summary>
public abstract partial class AttestationTests
{
    private const string QuestionnaireRead = "attestation.questionnaire.read";

    private Task<int> QuestionnaireReadsAsync(Guid candidateId) =>
        App.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == QuestionnaireRead && e.Target!.Contains(candidateId.ToString())));

    /// <summary>The candidate opens the questionnaire from «Моя атестація», answers on the attempt page's own form and hands it in.</summary>
    private static async Task<Guid> FillQuestionnaireAsync(BrowserSession candidate, Guid candidateId, IEnumerable<KeyValuePair<string, string>> answers)
    {
        using var opened = await candidate.GetAsync($"/my/attestation/{candidateId}/questionnaire");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var quizPage = opened.Headers.Location!.OriginalString;
        var overview = await candidate.GetHtmlAsync(quizPage);
        Assert.Contains("Заповнити анкету", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Прохідний бал", overview, StringComparison.Ordinal);
        using var started = await candidate.SubmitAsync(quizPage, $"{quizPage}/start", []);
        var attempt = started.Headers.Location!.OriginalString;
        using var finished = await candidate.SubmitAsync(attempt, attempt, [.. answers, new("move", "finish")]);
        Assert.Equal(HttpStatusCode.Redirect, finished.StatusCode);
        return Guid.Parse(attempt.Split('/')[^1]);
    }

    [Fact]
    public async Task Questionnaire_SubmittedWithoutGrade_CommissionReadsTheAnswersAndEachReadingIsAudited_OthersGet404AndNoRow()
    {
        using var setup = await CampaignAsync();
        using (var added = await setup.Methodologist.SubmitAsync(setup.Url, $"/admin/attestation/{setup.CampaignId}/questionnaire", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var again = await setup.Methodologist.PostAsync($"/admin/attestation/{setup.CampaignId}/questionnaire",
                   [new("__RequestVerificationToken", BrowserSession.AntiforgeryToken(await setup.Methodologist.GetHtmlAsync(setup.Url)))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        var questionnaireId = await App.WithDbAsync(db => db.Set<Campaign>().Where(c => c.Id == setup.CampaignId).Select(c => c.QuestionnaireId).SingleAsync());
        Assert.NotNull(questionnaireId);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<Quiz>().CountAsync(q => q.IsQuestionnaire && q.Title == "Анкета самооцінювання бібліотечного працівника" && q.OwnerOblastCode == "UA-09" && q.CreatedAt > DateTime.UtcNow.AddMinutes(-5) && q.Id == questionnaireId)));

        var otherEmail = $"insha.{Guid.NewGuid():N}@example.org";
        await App.CreatePersonAsync(otherEmail);
        using (var imported = await ImportAsync(setup.Methodologist, setup.CampaignId, Csv(
                   $"Савченко;Тетяна;Іванівна;бібліотекар;{Library};{Librarian}",
                   $"Бондаренко;Марія;;завідувачка;Біловодська публічна бібліотека;{otherEmail}")))
        {
            Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        }

        var candidate = await CandidateAsync(setup.CampaignId, Librarian);
        using var librarian = new BrowserSession(App);
        await librarian.SignInAsync(Librarian);
        Assert.Contains("Заповнити анкету самооцінювання", await librarian.GetHtmlAsync("/my/attestation"), StringComparison.Ordinal);
        const string Motivation = "Хочу, щоб у нашій громаді знову звучала українська книжка.";
        var attemptId = await FillQuestionnaireAsync(librarian, candidate.Id, [new("q1", Motivation), new("q2", "s4"), new("q7", "Курс з медіаграмотності")]);
        await App.DeliverEventsAsync();

        var attempt = await App.WithDbAsync(db => db.Set<Attempt>().AsNoTracking().Include(a => a.Slots).SingleAsync(a => a.Id == attemptId));
        Assert.Equal(AttemptState.Submitted, attempt.State);
        Assert.Null(attempt.Score);
        Assert.Null(attempt.Percent);
        Assert.All(attempt.Slots, s => Assert.Null(s.Fraction));
        Assert.False(await App.WithDbAsync(db => db.Set<QuizGrade>().AnyAsync(g => g.QuizId == questionnaireId)));
        Assert.DoesNotContain(await App.EventsOfAsync<Modules.Assessments.Contracts.AttemptGraded>(), e => e.AttemptId == attemptId);
        var review = await librarian.GetHtmlAsync($"/attempts/{attemptId}/review");
        Assert.DoesNotContain("Бали", review, StringComparison.Ordinal);
        Assert.DoesNotContain("прохідний бал", review, StringComparison.Ordinal);
        candidate = await CandidateAsync(setup.CampaignId, Librarian);
        Assert.Single(candidate.Events, e => e.Kind == CandidateEventKind.QuestionnaireSubmitted);
        Assert.Equal(CandidateStep.Invited, candidate.Step);
        Assert.Contains("Анкету самооцінювання заповнено", await librarian.GetHtmlAsync("/my/attestation"), StringComparison.Ordinal);

        // Nobody outside the campaign reads the answers, and nothing is written as a reading.
        var answersUrl = $"{setup.Url}/candidates/{candidate.Id}/questionnaire";
        using (var own = await librarian.GetAsync(answersUrl))
        {
            Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        }

        using (var other = new BrowserSession(App))
        {
            await other.SignInAsync(otherEmail);
            using var foreign = await other.GetAsync(answersUrl);
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using (var stranger = new BrowserSession(App))
        {
            await stranger.SignInAsync("metodyst.cherkasy@lounb.demo");
            using var outside = await stranger.GetAsync(answersUrl);
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        }

        // Nor the quiz authors through the engine's staff view of an attempt: the answers are read only here, audited.
        using (var staffView = await setup.Methodologist.GetAsync($"/admin/attempts/{attemptId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, staffView.StatusCode);
        }

        Assert.Equal(0, await QuestionnaireReadsAsync(candidate.Id));

        // A member of the commission reads them: one audit row with who, whom and when.
        using var secretary = new BrowserSession(App);
        await secretary.SignInAsync(setup.SecretaryEmail);
        Assert.Contains($"{setup.Url}/candidates/{candidate.Id}/questionnaire", await secretary.GetHtmlAsync($"{setup.Url}/candidates/{candidate.Id}"), StringComparison.Ordinal);
        var answers = WebUtility.HtmlDecode(await secretary.GetHtmlAsync(answersUrl));
        Assert.Contains(Motivation, answers, StringComparison.Ordinal);
        Assert.Contains("4 — добре", answers, StringComparison.Ordinal);
        Assert.Contains("Курс з медіаграмотності", answers, StringComparison.Ordinal);
        var row = await App.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.Action == QuestionnaireRead && e.Target!.Contains(candidate.Id.ToString())));
        Assert.Equal(setup.Commission[2], row.ActorId);
        Assert.Contains("Савченко Тетяна Іванівна", row.Details, StringComparison.Ordinal);
        Assert.True(row.At > DateTime.UtcNow.AddMinutes(-5));

        // The methodologist of the oblast reads them too; the administrators see both readings in the audit log.
        using (var read = await setup.Methodologist.GetAsync(answersUrl))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        Assert.Equal(2, await QuestionnaireReadsAsync(candidate.Id));
        using var admin = new BrowserSession(App);
        await admin.SignInAsync("admin@lounb.demo");
        Assert.Contains("Савченко Тетяна Іванівна", WebUtility.HtmlDecode(await admin.GetHtmlAsync($"/admin/audit?type={QuestionnaireRead}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LateAccount_ConfirmedAfterAConditionalDecisionNamingACourse_LinkedAndEnrolledInTheCourse()
    {
        using var setup = await CampaignAsync();
        var course = await OpenNationalCourseAsync();
        var email = $"piznishe.{Guid.NewGuid():N}@example.org";
        using (await ImportAsync(setup.Methodologist, setup.CampaignId, Csv($"Петренко;Іван;;бібліотекар;{Library};{email}")))
        {
        }

        // Tested on paper and interviewed before the person had an account.
        var candidate = await CandidateAsync(setup.CampaignId, email);
        Assert.Null(candidate.UserId);
        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Set<Candidate>().Include(c => c.Events).SingleAsync(c => c.Id == candidate.Id);
            tracked.RecordTest(Guid.NewGuid(), 75m, true, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        using var secretary = new BrowserSession(App);
        await secretary.SignInAsync(setup.SecretaryEmail);
        var page = $"{setup.Url}/candidates/{candidate.Id}";
        using (await secretary.SubmitAsync(page, $"{page}/interview", [new("notes", "Орієнтується в законодавстві.")]))
        {
        }

        using (var decided = await secretary.SubmitAsync(page, $"{page}/decision", Sheet(setup.Commission.Select(m => (m, "FitWithConditions")),
                   new("Conditions[0].Text", "Пройти курс з законодавства про бібліотеки"), new("Conditions[0].DueOn", "2030-09-01"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        }

        // The condition names the course (as a secretary who may name national courses would have chosen it).
        await App.WithDbAsync(async db =>
        {
            var condition = await db.Set<DecisionCondition>().SingleAsync(c => db.Set<Decision>().Any(d => d.Id == c.DecisionId && d.CandidateId == candidate.Id));
            db.Entry(condition).Property(c => c.CourseId).CurrentValue = course.Course;
            return await db.SaveChangesAsync();
        });

        // The person registers with the same e-mail and confirms it from the letter's link.
        Guid personId;
        string code;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LounbUser>>();
            var person = new LounbUser { UserName = email, Email = email, FullName = "Петренко Іван", OblastCode = "UA-09", CreatedAt = DateTime.UtcNow, Kind = PersonKind.Citizen, AgeGroup = AgeGroup.Adult18To59 };
            Assert.True((await users.CreateAsync(person, LounbAppFactory.DemoPassword)).Succeeded);
            personId = person.Id;
            code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(person)));
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<ICourseRoster>().IsInCohortAsync(course.Run, personId, default));
        }

        using var browser = new BrowserSession(App);
        using (var wrong = await browser.GetAsync($"/account/confirm-email?userId={personId}&code=AAAA"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        await App.DeliverEventsAsync();
        Assert.Null((await CandidateAsync(setup.CampaignId, email)).UserId);

        using (var confirmed = await browser.GetAsync($"/account/confirm-email?userId={personId}&code={code}"))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        await App.DeliverEventsAsync();
        Assert.Equal(personId, (await CandidateAsync(setup.CampaignId, email)).UserId);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ICourseRoster>().IsInCohortAsync(course.Run, personId, default));
        }
    }
}
