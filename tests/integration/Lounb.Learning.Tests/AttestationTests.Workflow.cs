using System.Net;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>Reminders to those who have not taken the test, the interview timetable and the candidate's dashboard.</summary>
public abstract partial class AttestationTests
{
    private const string Colleague = "Бондаренко";

    private static async Task<string> ImportTwoAsync(Setup setup)
    {
        var colleague = $"maria.{Guid.NewGuid():N}@example.org";
        using var imported = await ImportAsync(setup.Methodologist, setup.CampaignId, Csv(
            $"Савченко;Тетяна;Іванівна;бібліотекар;{Library};{Librarian}",
            $"{Colleague};Марія;;завідувачка;Біловодська публічна бібліотека;{colleague}"));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        return colleague;
    }

    /// <summary>Posts as a hand-made request would: with the session's token, whether or not the page offers the button.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(BrowserSession session, string page, string action) =>
        await session.PostAsync(action, [new("__RequestVerificationToken", BrowserSession.AntiforgeryToken(await session.GetHtmlAsync(page)))]);

    private Task<int> LettersAsync(string subjectStart, params string[] to) =>
        App.WithDbAsync(db => db.Set<QueuedMail>().CountAsync(m => to.Contains(m.To) && m.Subject.StartsWith(subjectStart)));

    [Fact]
    public async Task Reminders_OnlyWhileTheWindowCloses_SentOncePerDoubleClick_StrangerGets404_PlainMember403()
    {
        using var setup = await CampaignAsync();
        var colleague = await ImportTwoAsync(setup);
        const string Subject = "Нагадування: атестаційний тест";
        var reminders = $"{setup.Url}/reminders";

        // The window closes in 2030: nobody is listed, and a reminder is refused with the reason.
        Assert.DoesNotContain("Ще не склали тест", await setup.Methodologist.GetHtmlAsync(setup.Url), StringComparison.Ordinal);
        using (var early = await PostWithTokenAsync(setup.Methodologist, setup.Url, reminders))
        {
            Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        }

        Assert.Contains("до його закриття лишається не більше 3 дн.", WebUtility.HtmlDecode(await setup.Methodologist.GetHtmlAsync(setup.Url)), StringComparison.Ordinal);
        Assert.Equal(0, await LettersAsync(Subject, Librarian, colleague));

        await App.WithDbAsync(db => db.Set<Campaign>().Where(c => c.Id == setup.CampaignId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.TestClosesAt, DateTime.UtcNow.AddDays(2))));
        var page = WebUtility.HtmlDecode(await setup.Methodologist.GetHtmlAsync(setup.Url));
        Assert.Contains("Ще не склали тест", page, StringComparison.Ordinal);
        Assert.Contains(colleague, page, StringComparison.Ordinal);

        using var stranger = new BrowserSession(App);
        await stranger.SignInAsync("slukhach@lounb.demo");
        var token = BrowserSession.AntiforgeryToken(await stranger.GetHtmlAsync("/dashboard"));
        using (var foreign = await stranger.PostAsync(reminders, [new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using var member = new BrowserSession(App);
        await member.SignInAsync(setup.CommissionEmails[3]);
        Assert.DoesNotContain(reminders, await member.GetHtmlAsync(setup.Url), StringComparison.Ordinal);
        using (var byMember = await PostWithTokenAsync(member, setup.Url, reminders))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        }

        Assert.Equal(0, await LettersAsync(Subject, Librarian, colleague));

        using (var sent = await setup.Methodologist.SubmitAsync(setup.Url, reminders, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        Assert.Contains("Нагадування надіслано: 2.", WebUtility.HtmlDecode(await setup.Methodologist.GetHtmlAsync(setup.Url)), StringComparison.Ordinal);
        using (var again = await setup.Methodologist.SubmitAsync(setup.Url, reminders, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        Assert.Contains("Нових нагадувань не надіслано", WebUtility.HtmlDecode(await setup.Methodologist.GetHtmlAsync(setup.Url)), StringComparison.Ordinal);
        Assert.Equal(1, await LettersAsync(Subject, Librarian));
        Assert.Equal(1, await LettersAsync(Subject, colleague));
        var letter = await App.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking().SingleAsync(m => m.To == Librarian && m.Subject.StartsWith(Subject)));
        Assert.Contains("/my/attestation", letter.Body, StringComparison.Ordinal);
        Assert.Single((await CandidateAsync(setup.CampaignId, Librarian)).Events, e => e.Kind == CandidateEventKind.ReminderSent);
    }

    [Fact]
    public async Task Timetable_SecretarySchedules_OutsideTheDaysOrOverlapping_Refused_CandidateSeesTheSlotAndTheOpenTest()
    {
        using var setup = await CampaignAsync();
        using (var day = await setup.Methodologist.SubmitAsync(setup.Url, $"/admin/attestation/{setup.CampaignId}/dates",
                   [new("kind", "Interview"), new("date", "2030-03-15"), new("place", "ЛОУНБ, зала 2")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, day.StatusCode);
        }

        var colleague = await ImportTwoAsync(setup);
        var librarian = await CandidateAsync(setup.CampaignId, Librarian);
        var other = await CandidateAsync(setup.CampaignId, colleague);
        using var secretary = new BrowserSession(App);
        await secretary.SignInAsync(setup.SecretaryEmail);
        var timetable = $"{setup.Url}/timetable";

        using (var set = await secretary.SubmitAsync(setup.Url, timetable, [new("candidateId", librarian.Id.ToString()), new("at", "2030-03-15T10:00"), new("place", "")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        var scheduled = await CandidateAsync(setup.CampaignId, Librarian);
        Assert.Equal((new DateTime(2030, 3, 15, 8, 0, 0, DateTimeKind.Utc), "ЛОУНБ, зала 2"), (DateTime.SpecifyKind(scheduled.InterviewAt!.Value, DateTimeKind.Utc), scheduled.InterviewPlace));

        using (var overlapping = await secretary.SubmitAsync(setup.Url, timetable, [new("candidateId", other.Id.ToString()), new("at", "2030-03-15T10:15")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, overlapping.StatusCode);
        }

        Assert.Contains("Цей час перетинається зі співбесідою кандидата Савченко Тетяна Іванівна", WebUtility.HtmlDecode(await secretary.GetHtmlAsync(setup.Url)), StringComparison.Ordinal);
        using (var outside = await secretary.SubmitAsync(setup.Url, timetable, [new("candidateId", other.Id.ToString()), new("at", "2030-03-16T10:00")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, outside.StatusCode);
        }

        Assert.Contains("Цей день не є днем співбесід кампанії", WebUtility.HtmlDecode(await secretary.GetHtmlAsync(setup.Url)), StringComparison.Ordinal);
        Assert.Null((await CandidateAsync(setup.CampaignId, colleague)).InterviewAt);

        using var stranger = new BrowserSession(App);
        await stranger.SignInAsync("slukhach@lounb.demo");
        var token = BrowserSession.AntiforgeryToken(await stranger.GetHtmlAsync("/dashboard"));
        using (var foreign = await stranger.PostAsync(timetable, [new("candidateId", other.Id.ToString()), new("at", "2030-03-15T12:00"), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using (var online = await secretary.SubmitAsync(setup.Url, timetable, [new("candidateId", other.Id.ToString()), new("at", "2030-03-15T10:30"), new("place", "https://meet.example.org/atestatsiia")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, online.StatusCode);
        }

        var campaignPage = await secretary.GetHtmlAsync(setup.Url);
        Assert.Contains("https://meet.example.org/atestatsiia", campaignPage, StringComparison.Ordinal);
        Assert.Contains(librarian.Id.ToString(), campaignPage[campaignPage.IndexOf("timetable-slots", StringComparison.Ordinal)..], StringComparison.Ordinal);

        using var candidate = new BrowserSession(App);
        await candidate.SignInAsync(Librarian);
        var mine = WebUtility.HtmlDecode(await candidate.GetHtmlAsync("/my/attestation"));
        Assert.Contains("Співбесіда:", mine, StringComparison.Ordinal);
        Assert.Contains("ЛОУНБ, зала 2", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("meet.example.org", mine, StringComparison.Ordinal);
        var dashboard = WebUtility.HtmlDecode(await candidate.GetHtmlAsync("/dashboard"));
        Assert.Contains("Атестація: тест відкрито до", dashboard, StringComparison.Ordinal);
        Assert.Contains($"/my/attestation/{librarian.Id}/test", dashboard, StringComparison.Ordinal);
    }

    /// <summary>A national published course of the demo data with exactly one open run (where a condition enrols).</summary>
    private async Task<(Guid Run, Guid Course)> OpenNationalCourseAsync()
    {
        var today = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return await App.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT r.id, r.course_id FROM courses_run r JOIN courses_course c ON c.id = r.course_id " +
                $"WHERE r.state = 'Published' AND c.status = 'Published' AND c.owner_oblast_code IS NULL AND r.ends_on >= '{today}' " +
                $"AND (SELECT COUNT(*) FROM courses_run o WHERE o.course_id = c.id AND o.state = 'Published' AND o.ends_on >= '{today}') = 1 ORDER BY r.id LIMIT 1";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), "The demo data has a national course with one open run.");
            return (Run: Guid.Parse(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!),
                Course: Guid.Parse(Convert.ToString(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)!));
        });
    }

    [Fact]
    public async Task ConditionNamingACourse_EnrolsTheCandidateInItsOpenRun_AndADecisionAfterAppealIsMailed()
    {
        using var setup = await CampaignAsync();
        var course = await OpenNationalCourseAsync();

        // The national methodologist (who may name national courses) becomes the secretary.
        const string National = "metodyst@lounb.demo";
        var secretaryMember = await App.WithDbAsync(db => db.Set<CommissionMember>().Where(m => m.CampaignId == setup.CampaignId && m.UserId == setup.Commission[2]).Select(m => m.Id).SingleAsync());
        using (await setup.Methodologist.SubmitAsync(setup.Url, $"/admin/attestation/{setup.CampaignId}/commission/{secretaryMember}/remove", []))
        {
        }

        using (await setup.Methodologist.SubmitAsync(setup.Url, $"/admin/attestation/{setup.CampaignId}/commission", [new("email", National), new("role", "Secretary")]))
        {
        }

        var methodologistId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == National).Select(u => u.Id).SingleAsync());
        Guid[] commission = [setup.Commission[0], setup.Commission[1], methodologistId, setup.Commission[3], setup.Commission[4]];
        var email = $"kandydat.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        using (await ImportAsync(setup.Methodologist, setup.CampaignId, Csv($"Петренко;Іван;;бібліотекар;{Library};{email}")))
        {
        }

        await PublishAsync(new AttemptGraded(Guid.NewGuid(), setup.QuizId, userId, 1, 70m, 70m, true, DateTime.UtcNow));
        var candidate = await CandidateAsync(setup.CampaignId, email);
        var page = $"{setup.Url}/candidates/{candidate.Id}";
        using var secretary = new BrowserSession(App);
        await secretary.SignInAsync(National);
        using (await secretary.SubmitAsync(page, $"{page}/interview", [new("notes", "Орієнтується в законодавстві.")]))
        {
        }

        using (var decided = await secretary.SubmitAsync(page, $"{page}/decision", Sheet(commission.Select(m => (m, "FitWithConditions")),
                   new("Conditions[0].CourseId", course.Course.ToString()), new("Conditions[0].DueOn", "2030-09-01"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        }

        Assert.Equal(CandidateStep.Decided, (await CandidateAsync(setup.CampaignId, email)).Step);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ICourseRoster>().IsInCohortAsync(course.Run, userId, default));
        }

        // Notified, appealed, decided again: the second decision is mailed at once.
        using (await secretary.SubmitAsync(page, $"{page}/notify", []))
        {
        }

        Assert.Equal(CandidateStep.Notified, (await CandidateAsync(setup.CampaignId, email)).Step);
        using (var person = new BrowserSession(App))
        {
            await person.SignInAsync(email);
            using (await person.SubmitAsync("/my/attestation", $"/my/attestation/{candidate.Id}/appeal", [new("text", "Прошу переглянути.")]))
            {
            }
        }

        using (await secretary.SubmitAsync(page, $"{page}/decision", Sheet(commission.Select(m => (m, "Fit")))))
        {
        }

        Assert.Equal(CandidateStep.Redecided, (await CandidateAsync(setup.CampaignId, email)).Step);
        Assert.Equal(2, await LettersAsync("Рішення атестаційної комісії", email));
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<QueuedMail>().CountAsync(m => m.To == email && m.Body.Contains("після розгляду вашої апеляції"))));
    }
}
