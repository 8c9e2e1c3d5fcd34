using System.Net;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Attestation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Preparing a campaign through HTTP: its test composed from the demo bank's categories (each candidate draws their
/// own questions; refused with too few questions or after the first attempt), candidates ticked from the
/// organisation tree (all or nothing; a library outside the campaign is forbidden), and the edit page.
/// </summary>
public abstract partial class AttestationTests
{
    private static readonly string[] BankCategories =
        ["Законодавство України про бібліотечну справу", "Професійні знання", "Українська мова", "Інформаційна гігієна"];

    private Task<Guid[]> BankCategoryIdsAsync() => App.WithDbAsync(async db =>
    {
        var found = await db.Set<QuestionCategory>().Where(c => BankCategories.Contains(c.Name)).Select(c => new { c.Id, c.Name }).ToListAsync();
        return BankCategories.Select(name => found.Single(c => c.Name == name).Id).ToArray();
    });

    private static List<KeyValuePair<string, string>> TestForm(Guid[] categories, int[] counts, string pass = "70", string minutes = "30") =>
    [
        .. categories.SelectMany((id, i) => new KeyValuePair<string, string>[] { new($"Parts[{i}].CategoryId", id.ToString()), new($"Parts[{i}].Count", counts[i].ToString(System.Globalization.CultureInfo.InvariantCulture)) }),
        new("PassPercent", pass), new("TimeLimitMinutes", minutes),
    ];

    private Task<Campaign> CampaignRowAsync(Guid id) => App.WithDbAsync(db => db.Set<Campaign>().AsNoTracking().Include(c => c.ScopeUnits).SingleAsync(c => c.Id == id));

    private async Task<Guid> StartAttemptAsync(Guid quizId, Guid userId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<AttemptStarter>().StartAsync(userId, quizId, null, default);
        Assert.True(started.IsSuccess, started.Error?.Message);
        return started.Value;
    }

    [Fact]
    public async Task ComposedTest_EachCandidateDrawsTheirOwnQuestions_FromTheChosenCategoriesInTheChosenCounts()
    {
        using var setup = await CampaignAsync();
        var categories = await BankCategoryIdsAsync();
        var test = $"/admin/attestation/{setup.CampaignId}/test";
        Assert.Contains("Інформаційна гігієна", await setup.Methodologist.GetHtmlAsync(test), StringComparison.Ordinal);

        using (var composed = await setup.Methodologist.SubmitAsync(test, test, TestForm(categories, [3, 2, 2, 2])))
        {
            Assert.Equal(HttpStatusCode.Redirect, composed.StatusCode);
        }

        var campaign = await CampaignRowAsync(setup.CampaignId);
        Assert.True(campaign.TestIsDrawn);
        Assert.NotEqual(setup.QuizId, campaign.QuizId);
        var quizId = campaign.QuizId!.Value;
        var quiz = await App.WithDbAsync(db => db.Set<Quiz>().AsNoTracking().Include(q => q.Slots).SingleAsync(q => q.Id == quizId));
        Assert.Equal((QuizStatus.Published, 1, 70m, 30, "UA-09"), (quiz.Status, quiz.AttemptsAllowed, quiz.PassPercent, quiz.TimeLimitMinutes!.Value, quiz.OwnerOblastCode));
        Assert.Equal(campaign.TestClosesAt, quiz.ClosesAt);

        var attempts = new List<Guid[]>();
        foreach (var person in new[] { await App.CreatePersonAsync($"a.{Guid.NewGuid():N}@example.org"), await App.CreatePersonAsync($"b.{Guid.NewGuid():N}@example.org") })
        {
            var attemptId = await StartAttemptAsync(quizId, person);
            var drawn = await App.WithDbAsync(db => db.Set<AttemptSlot>().Where(s => s.AttemptId == attemptId)
                .Join(db.Set<QuestionVersion>(), s => s.QuestionVersionId, v => v.Id, (s, v) => v.QuestionId)
                .Join(db.Set<Question>(), id => id, q => q.Id, (id, q) => new { q.Id, q.CategoryId }).ToListAsync());
            Assert.Equal([3, 2, 2, 2], categories.Select(c => drawn.Count(d => d.CategoryId == c)));
            Assert.Equal(9, drawn.Select(d => d.Id).Distinct().Count());
            attempts.Add([.. drawn.Select(d => d.Id).Order()]);
        }

        Assert.NotEqual(attempts[0], attempts[1]);
    }

    [Fact]
    public async Task ComposedTest_MoreQuestionsThanTheCategoryHas_Refused_NothingChanged()
    {
        using var setup = await CampaignAsync();
        var categories = await BankCategoryIdsAsync();
        var quizzes = await App.WithDbAsync(db => db.Set<Quiz>().CountAsync());
        var test = $"/admin/attestation/{setup.CampaignId}/test";

        using var refused = await setup.Methodologist.SubmitAsync(test, test, TestForm(categories, [3, 2, 50, 2]));

        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("У категорії «Українська мова» лише", html, StringComparison.Ordinal);
        Assert.Contains("а потрібно 50", html, StringComparison.Ordinal);
        var campaign = await CampaignRowAsync(setup.CampaignId);
        Assert.Equal((setup.QuizId, false), (campaign.QuizId!.Value, campaign.TestIsDrawn));
        Assert.Equal(quizzes, await App.WithDbAsync(db => db.Set<Quiz>().CountAsync()));
    }

    [Fact]
    public async Task ComposedTest_ChangedBeforeAnyAttempt_SameQuiz_RefusedAfterTheFirst_RetakeLetsOneMoreAttempt()
    {
        using var setup = await CampaignAsync();
        var categories = await BankCategoryIdsAsync();
        var test = $"/admin/attestation/{setup.CampaignId}/test";
        using (await setup.Methodologist.SubmitAsync(test, test, TestForm(categories, [1, 1, 1, 1])))
        {
        }

        using (var changed = await setup.Methodologist.SubmitAsync(test, test, TestForm(categories, [2, 0, 2, 0])))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        var quizId = (await CampaignRowAsync(setup.CampaignId)).QuizId!.Value;
        Assert.Equal(2, await App.WithDbAsync(db => db.Set<Quiz>().Where(q => q.Id == quizId).SelectMany(q => q.Slots).CountAsync()));

        using (var imported = await ImportAsync(setup.Methodologist, setup.CampaignId, Csv($"Савченко;Тетяна;Іванівна;бібліотекар;{Library};{Librarian}")))
        {
            Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        }

        var librarian = (await CandidateAsync(setup.CampaignId, Librarian)).UserId!.Value;
        var attemptId = await StartAttemptAsync(quizId, librarian);

        Assert.Contains("Тест уже складали", await setup.Methodologist.GetHtmlAsync(test), StringComparison.Ordinal);
        var token = BrowserSession.FormToken(await setup.Methodologist.GetHtmlAsync("/admin/attestation/new"), "/admin/attestation/new");
        using (var refused = await setup.Methodologist.PostAsync(test, [.. TestForm(categories, [1, 1, 1, 1]), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Тест уже складали", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal([2, 2], await App.WithDbAsync(db => db.Set<QuizSlot>().Where(s => s.QuizId == quizId).OrderBy(s => s.Position).Select(s => s.DrawCount).ToListAsync()));

        // The commission's retake reaches the engine: the one-attempt quiz lets this person start one more.
        await PublishAsync(new AttemptGraded(attemptId, quizId, librarian, 1, 40m, 40m, false, DateTime.UtcNow));
        await App.WithDbAsync(db => db.Set<Attempt>().Where(a => a.Id == attemptId).ExecuteUpdateAsync(u => u.SetProperty(a => a.State, AttemptState.Graded)));
        using var secretary = new BrowserSession(App);
        await secretary.SignInAsync(setup.SecretaryEmail);
        var page = $"{setup.Url}/candidates/{(await CandidateAsync(setup.CampaignId, Librarian)).Id}";
        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.Equal("Assessments:NoAttemptsLeft", (await scope.ServiceProvider.GetRequiredService<AttemptStarter>().StartAsync(librarian, quizId, null, default)).Error!.Code);
        }

        using (var retake = await secretary.SubmitAsync(page, $"{page}/retake", [new("reason", "Збій зв'язку під час тесту")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, retake.StatusCode);
        }

        Assert.NotEqual(attemptId, await StartAttemptAsync(quizId, librarian));
        Assert.Equal(2, await App.WithDbAsync(db => db.Set<QuizOverride>().Where(o => o.QuizId == quizId && o.UserId == librarian).Select(o => o.AttemptsAllowed!.Value).SingleAsync()));
    }

    [Fact]
    public async Task PickFromTree_TickedStaffAdded_AllOrNothing_AnotherOblastsLibraryForbidden()
    {
        using var setup = await CampaignAsync();
        var (library, hromada) = await App.WithDbAsync(db => db.Libraries.Where(l => l.Name == "Біловодська публічна бібліотека").Select(l => new { l.Id, l.HromadaId }).SingleAsync()) is var l ? (l.Id, l.HromadaId) : default;
        var first = await App.CreatePersonAsync($"pick1.{Guid.NewGuid():N}@example.org", libraryId: library);
        var second = await App.CreatePersonAsync($"pick2.{Guid.NewGuid():N}@example.org", libraryId: library);
        var pick = $"/admin/attestation/{setup.CampaignId}/candidates/pick";
        var add = $"/admin/attestation/{setup.CampaignId}/candidates/add";
        var narrowed = $"{pick}?hromada={hromada}&library={library}";
        var html = await setup.Methodologist.GetHtmlAsync(narrowed);
        Assert.Contains(first.ToString(), html, StringComparison.Ordinal);
        Assert.Contains("Біловодська публічна бібліотека", await setup.Methodologist.GetHtmlAsync($"{pick}?hromada={hromada}"), StringComparison.Ordinal);
        List<KeyValuePair<string, string>> Ticked(Guid libraryId, params (Guid Id, string Position)[] people) =>
            [new("LibraryId", libraryId.ToString()), .. people.SelectMany((p, i) => new KeyValuePair<string, string>[] { new($"Picks[{i}].UserId", p.Id.ToString()), new($"Picks[{i}].Chosen", "true"), new($"Picks[{i}].Position", p.Position) })];

        using (var noPosition = await setup.Methodologist.SubmitAsync(narrowed, add, Ticked(library, (first, "бібліотекарка"), (second, " "))))
        {
            Assert.Contains("Вкажіть посаду", WebUtility.HtmlDecode(await noPosition.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(0, await App.WithDbAsync(db => db.Set<Candidate>().CountAsync(c => c.CampaignId == setup.CampaignId)));
        using (var added = await setup.Methodologist.SubmitAsync(narrowed, add, Ticked(library, (first, "бібліотекарка"), (second, "бібліографка"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var candidates = await App.WithDbAsync(db => db.Set<Candidate>().AsNoTracking().Where(c => c.CampaignId == setup.CampaignId).ToListAsync());
        Assert.Equal(new[] { first, second }.Order(), candidates.Select(c => c.UserId!.Value).Order());
        Assert.All(candidates, c => Assert.Equal((library, "Тестова"), (c.LibraryId, c.GivenName)));
        Assert.Contains(candidates, c => c.Position == "бібліографка");

        var third = await App.CreatePersonAsync($"pick3.{Guid.NewGuid():N}@example.org", libraryId: library);
        using (var again = await setup.Methodologist.SubmitAsync(narrowed, add, Ticked(library, (third, "бібліотекар"), (first, "бібліотекарка"))))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("Уже є серед кандидатів кампанії", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var cherkasy = await App.WithDbAsync(db => db.Libraries.Where(x => x.OblastCode == "UA-71").Select(x => x.Id).FirstAsync());
        var outsider = await App.CreatePersonAsync($"pick4.{Guid.NewGuid():N}@example.org", libraryId: cherkasy);
        using (var forbidden = await setup.Methodologist.GetAsync($"{pick}?library={cherkasy}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using (var forbidden = await setup.Methodologist.SubmitAsync(narrowed, add, Ticked(cherkasy, (outsider, "бібліотекар"))))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using (var elsewhere = await setup.Methodologist.SubmitAsync(narrowed, add, Ticked(library, (outsider, "бібліотекар"))))
        {
            Assert.Contains("Не працюють у цій бібліотеці", WebUtility.HtmlDecode(await elsewhere.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(2, await App.WithDbAsync(db => db.Set<Candidate>().CountAsync(c => c.CampaignId == setup.CampaignId)));
    }

    [Fact]
    public async Task Edit_SameRulesAsNew_ChangesNameScopeAndWindow_RefusedOnceClosed_AndForAnotherOblast()
    {
        using var setup = await CampaignAsync();
        var edit = $"/admin/attestation/{setup.CampaignId}/edit";
        var hromada = await App.WithDbAsync(db => db.Libraries.Where(l => l.Name == "Біловодська публічна бібліотека").Select(l => l.HromadaId).SingleAsync());
        Assert.Contains("45-ОД", await setup.Methodologist.GetHtmlAsync(edit), StringComparison.Ordinal);
        List<KeyValuePair<string, string>> Form(string name, string appealDays) =>
        [
            new("Name", name), new("OrderNumber", "46-ОД"), new("OrderDate", "2026-03-01"), new("TestFrom", "2026-01-01"), new("TestTo", "2031-06-30"),
            new("AppealDays", appealDays), new("QuorumNumerator", "3"), new("QuorumDenominator", "4"), new("HromadaIds", hromada.ToString()), new("OblastCode", "UA-71"),
        ];

        using (var refused = await setup.Methodologist.SubmitAsync(edit, edit, Form("Нова назва", "31")))
        {
            Assert.Contains("Строк оскарження — від 1 до 30 днів.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(("Атестація бібліотечних працівників деокупованих громад Луганщини", 10), (await CampaignRowAsync(setup.CampaignId)) is var same ? (same.Name, same.AppealDays) : default);

        using (var saved = await setup.Methodologist.SubmitAsync(edit, edit, Form("Нова назва", "12")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var campaign = await CampaignRowAsync(setup.CampaignId);
        Assert.Equal(("Нова назва", "46-ОД", 12, new QuorumRule(3, 4), "UA-09", setup.QuizId), (campaign.Name, campaign.OrderNumber, campaign.AppealDays, campaign.Quorum, campaign.OblastCode, campaign.QuizId!.Value));
        Assert.Equal([hromada], campaign.ScopeUnits.Where(u => u.Kind == ScopeUnitKind.Hromada).Select(u => u.UnitId));

        using var cherkasy = new BrowserSession(App);
        await cherkasy.SignInAsync("metodyst.cherkasy@lounb.demo");
        using (var hidden = await cherkasy.GetAsync(edit))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (await setup.Methodologist.SubmitAsync(setup.Url, $"/admin/attestation/{setup.CampaignId}/close", []))
        {
        }

        using (var closed = await setup.Methodologist.GetAsync(edit))
        {
            Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        }

        var token = BrowserSession.FormToken(await setup.Methodologist.GetHtmlAsync("/admin/attestation/new"), "/admin/attestation/new");
        using (var closed = await setup.Methodologist.PostAsync(edit, [.. Form("Після закриття", "12"), new("__RequestVerificationToken", token)]))
        {
            Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        }

        Assert.Equal("Нова назва", (await CampaignRowAsync(setup.CampaignId)).Name);
    }
}
