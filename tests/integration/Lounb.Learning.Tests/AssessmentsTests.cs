using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Assessments over HTTP on a clock the test moves: attempts, answers saved with versions, resume on another device,
/// deadlines with grace, automatic submission by the server, limits, forged ids, hand grading, regrading, lessons.
/// </summary>
public abstract partial class AssessmentsTests(ClockedApp app)
{
    protected ClockedApp App { get; } = app;

    private QuizBuilder Builder => new(App);

    private async Task<(BrowserSession Session, Guid UserId)> LearnerAsync()
    {
        var email = $"learner.{Guid.NewGuid():N}@example.org";
        var userId = await App.CreatePersonAsync(email);
        var session = new BrowserSession(App);
        await session.SignInAsync(email);
        return (session, userId);
    }

    /// <summary>Posts "start" as the quiz page's form does (a page with an attempt in progress offers "continue" instead; posting still resumes).</summary>
    internal static async Task<Guid> StartAsync(BrowserSession learner, Guid quizId)
    {
        var token = BrowserSession.AntiforgeryToken(await learner.GetHtmlAsync($"/quizzes/{quizId}"));
        using var started = await learner.PostAsync($"/quizzes/{quizId}/start", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var match = AttemptPath().Match(started.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Start redirected to {started.Headers.Location}.");
        return Guid.Parse(match.Groups[1].Value);
    }

    internal static async Task<HttpResponseMessage> SaveAsync(BrowserSession learner, Guid attemptId, int slot, object response, long version, string? token = null)
    {
        token ??= BrowserSession.AntiforgeryToken(await learner.GetHtmlAsync($"/attempts/{attemptId}"));
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/attempts/{attemptId}/answers/{slot}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { response, version }),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await learner.Client.SendAsync(request);
    }

    /// <summary>The Ukrainian message of an API refusal (problem details' <c>detail</c>, which the attempt page shows).</summary>
    private static async Task<string?> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();

    /// <summary>Asserts that an API refusal is problem details with <paramref name="status"/> and the stable <paramref name="code"/>; its Ukrainian <c>detail</c>.</summary>
    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var detail = problem.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        return detail;
    }

    private static async Task<JsonElement> AnswersAsync(BrowserSession learner, Guid attemptId)
    {
        using var response = await learner.GetAsync($"/api/attempts/{attemptId}/answers");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> SubmitAsync(BrowserSession learner, Guid attemptId) =>
        await learner.SubmitAsync($"/attempts/{attemptId}", $"/attempts/{attemptId}/submit", []);

    private Task<Attempt> AttemptAsync(Guid attemptId) =>
        App.WithDbAsync(db => db.Set<Attempt>().AsNoTracking().Include(a => a.Slots).SingleAsync(a => a.Id == attemptId));

    [Fact]
    public async Task Attempt_EveryObjectiveTypeAnsweredRight_GradedFullMarksWithEventsAndAnswerKeyNeverSent()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync(
            [QuizBuilder.Single(), QuizBuilder.Multiple(), QuizBuilder.TrueFalse(), QuizBuilder.Short(), QuizBuilder.Numeric(), QuizBuilder.Matching(), QuizBuilder.Ordering()]);
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);

        var page = await learner.GetHtmlAsync($"/attempts/{attemptId}");
        Assert.DoesNotContain("Так, це базовий закон.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("fraction", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("дезінформація", page, StringComparison.Ordinal);
        Assert.DoesNotContain("1995", page, StringComparison.Ordinal);

        var token = BrowserSession.AntiforgeryToken(page);
        var answers = new object[]
        {
            "c1", new[] { "a", "b" }, true, "  ДЕЗІНФОРМАЦІЯ ", "1995,0", new Dictionary<string, string> { ["p1"] = "p1", ["p2"] = "p2" }, new[] { "o1", "o2", "o3" },
        };
        for (var slot = 1; slot <= answers.Length; slot++)
        {
            using var saved = await SaveAsync(learner, attemptId, slot, answers[slot - 1], 1000 + slot, token);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        using (var submitted = await SubmitAsync(learner, attemptId))
        {
            Assert.Equal($"/attempts/{attemptId}/review", submitted.Headers.Location?.OriginalString);
        }

        var attempt = await AttemptAsync(attemptId);
        Assert.Equal(AttemptState.Graded, attempt.State);
        Assert.Equal(100m, attempt.Percent);
        var review = await learner.GetHtmlAsync($"/attempts/{attemptId}/review");
        Assert.Contains("100 %", review, StringComparison.Ordinal);
        Assert.Contains("Так, це базовий закон.", review, StringComparison.Ordinal);
        Assert.Contains(await App.EventsOfAsync<AttemptGraded>(), e => e.AttemptId == attemptId && e.Percent == 100m && e.QuizPassed);
        Assert.Single(await App.EventsOfAsync<QuizPassed>(), e => e.QuizId == quizId && e.UserId == userId);
    }

    [Fact]
    public async Task Saves_RepeatedLateAndReordered_TheNewestAnswerWins()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Short()]);
        var (learner, _) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);

        using (var newest = await SaveAsync(learner, attemptId, 1, "c2", 50))
        {
            Assert.Equal(HttpStatusCode.OK, newest.StatusCode);
        }

        using (var late = await SaveAsync(learner, attemptId, 1, "c1", 40))
        {
            var body = await late.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(body.GetProperty("stored").GetBoolean());
            Assert.Equal(50, body.GetProperty("version").GetInt64());
        }

        using (var repeated = await SaveAsync(learner, attemptId, 1, "c1", 50))
        {
            Assert.False((await repeated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stored").GetBoolean());
        }

        // Many saves of a typed answer racing each other: the highest version is what stays.
        var typed = Enumerable.Range(1, 12).Select(i => (Text: "відповідь " + i, Version: 100L + i)).Reverse().ToList();
        var token = BrowserSession.AntiforgeryToken(await learner.GetHtmlAsync($"/attempts/{attemptId}"));
        await Task.WhenAll(typed.Select(async t => { using var r = await SaveAsync(learner, attemptId, 2, t.Text, t.Version, token); }));

        var answers = await AnswersAsync(learner, attemptId);
        Assert.Equal("c2", answers[0].GetProperty("response").GetString());
        Assert.Equal(50, answers[0].GetProperty("version").GetInt64());
        Assert.Equal("відповідь 12", answers[1].GetProperty("response").GetString());
        Assert.Equal(112, answers[1].GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Resume_OnAnotherDevice_EverySavedAnswerIsRestored()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Numeric()]);
        var email = $"learner.{Guid.NewGuid():N}@example.org";
        await App.CreatePersonAsync(email);
        using var phone = new BrowserSession(App);
        await phone.SignInAsync(email);
        var attemptId = await StartAsync(phone, quizId);
        using (await SaveAsync(phone, attemptId, 1, "c1", 7))
        {
        }

        using (await SaveAsync(phone, attemptId, 2, "1995", 8))
        {
        }

        using var laptop = new BrowserSession(App);
        await laptop.SignInAsync(email);
        Assert.Equal(attemptId, await StartAsync(laptop, quizId));
        var page = await laptop.GetHtmlAsync($"/attempts/{attemptId}");
        Assert.Matches("value=\"c1\" checked=\"checked\"", page);
        Assert.Contains("value=\"1995\"", page, StringComparison.Ordinal);
        var answers = await AnswersAsync(laptop, attemptId);
        Assert.Equal([7L, 8L], answers.EnumerateArray().Select(a => a.GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task Deadline_AnswerWithinGraceCounts_LaterOneIsRefused_ServerSubmitsWithoutTheBrowser()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Numeric()], timeLimitMinutes: 10);
        var (learner, _) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);
        var token = BrowserSession.AntiforgeryToken(await learner.GetHtmlAsync($"/attempts/{attemptId}"));

        App.Clock.Advance(TimeSpan.FromMinutes(11)); // one minute after the deadline, within the 2-minute grace
        using (var withinGrace = await SaveAsync(learner, attemptId, 1, "c1", 10, token))
        {
            Assert.Equal(HttpStatusCode.OK, withinGrace.StatusCode);
        }

        App.Clock.Advance(TimeSpan.FromSeconds(61)); // deadline + grace has passed
        using (var tooLate = await SaveAsync(learner, attemptId, 2, "1995", 11, token))
        {
            Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
            // Refused either because time and grace are over or because the server's worker has just submitted the attempt.
            var message = await ErrorOf(tooLate);
            Assert.True(message!.StartsWith("Час на спробу минув", StringComparison.Ordinal) || message.StartsWith("Спробу вже завершено", StringComparison.Ordinal), message);
        }

        // Nobody opens the page again: the server's own worker submits the attempt.
        App.Clock.Advance(TimeSpan.FromSeconds(5));
        var attempt = await WaitForAsync(attemptId, a => a.State != AttemptState.InProgress);
        Assert.True(attempt.AutoSubmitted);
        Assert.Equal(AttemptState.Graded, attempt.State);
        Assert.Equal(50m, attempt.Percent);
        Assert.Null(attempt.Slots.Single(s => s.Number == 2).Response);
    }

    private async Task<Attempt> WaitForAsync(Guid attemptId, Func<Attempt, bool> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            var attempt = await AttemptAsync(attemptId);
            if (condition(attempt))
            {
                return attempt;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The attempt did not reach the expected state.");
        return null!;
    }

    [Fact]
    public async Task Limits_SecondStartResumes_AttemptBeyondLimitRefused_NothingCreated()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single()], attempts: 1);
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);
        Assert.Equal(attemptId, await StartAsync(learner, quizId));
        var dashboard = await learner.GetHtmlAsync("/dashboard");
        Assert.Contains("Мої тести", dashboard, StringComparison.Ordinal);
        Assert.Contains($"href=\"/attempts/{attemptId}\"", dashboard, StringComparison.Ordinal);
        using (await SubmitAsync(learner, attemptId))
        {
        }

        var token = BrowserSession.AntiforgeryToken(await learner.GetHtmlAsync($"/quizzes/{quizId}"));
        using var refused = await learner.PostAsync($"/quizzes/{quizId}/start", [new("__RequestVerificationToken", token)]);
        Assert.Equal($"/quizzes/{quizId}", refused.Headers.Location?.OriginalString);
        Assert.Contains("Ви використали всі дозволені спроби", await learner.GetHtmlAsync($"/quizzes/{quizId}"), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<Attempt>().CountAsync(a => a.QuizId == quizId && a.UserId == userId)));
    }

    [Fact]
    public async Task ParallelStarts_OfOnePerson_LeaveOneAttemptInProgress()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single()]);
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        var token = BrowserSession.FormToken(await learner.GetHtmlAsync($"/quizzes/{quizId}"), $"/quizzes/{quizId}/start");
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => learner.PostAsync($"/quizzes/{quizId}/start", [new("__RequestVerificationToken", token)])));
        var locations = responses.Select(r => r.Headers.Location?.OriginalString).Distinct().ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Single(locations);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<Attempt>().CountAsync(a => a.QuizId == quizId && a.UserId == userId)));
    }

    [Fact]
    public async Task RandomDraws_EachQuestionOnceFromItsCategoryOrSubtree_NeverDescriptionOrRemoved_TooFewRefused()
    {
        var (quizId, tooGreedyQuizId, fixedId, plain, tree) = await Builder.WithAsync(async services =>
        {
            var db = services.GetRequiredService<LounbDbContext>();
            var author = await db.Set<Lounb.Modules.Core.Identity.LounbUser>().Where(u => u.NormalizedEmail == "METODYST@LOUNB.DEMO").Select(u => u.Id).SingleAsync();
            var actor = new BankActor(author, IsNational: true);
            var bank = services.GetRequiredService<QuestionBankService>();
            var suffix = Guid.NewGuid().ToString("N")[..6];
            async Task<Guid> CategoryAsync(string name, Guid? parent) => (await bank.CreateCategoryAsync(actor, $"{name} {suffix}", parent, false, "", default)).Value;
            async Task<Guid> QuestionAsync(Guid category, QuestionContent content) => (await bank.SaveQuestionAsync(actor, null, category, content, "", default)).Value;
            var plainCategory = await CategoryAsync("Вибірка", null);
            var root = await CategoryAsync("Дерево", null);
            var child = await CategoryAsync("Гілка", root);
            var fixedQuestion = await QuestionAsync(plainCategory, QuizBuilder.Single("Фіксоване"));
            var plainQuestions = new List<Guid>();
            for (var i = 1; i <= 3; i++)
            {
                plainQuestions.Add(await QuestionAsync(plainCategory, QuizBuilder.Single($"Вибірка {i}")));
            }

            await QuestionAsync(plainCategory, new QuestionContent { Type = QuestionType.Description, Name = "Опис", Text = "Прочитайте уважно.", DefaultMark = 0m });
            Assert.True((await bank.RemoveQuestionAsync(actor, await QuestionAsync(plainCategory, QuizBuilder.Single("Вилучене")), default)).IsSuccess);
            var treeQuestions = new List<Guid> { await QuestionAsync(root, QuizBuilder.TrueFalse()), await QuestionAsync(child, QuizBuilder.Short()), await QuestionAsync(child, QuizBuilder.Numeric()) };

            var quizzes = services.GetRequiredService<QuizAuthoringService>();
            var slots = services.GetRequiredService<QuizSlotsService>();
            async Task<Guid> QuizAsync(Func<Guid, Task> slots)
            {
                var settings = new QuizSettings("Вибірка " + suffix, "", null, null, null, 0, GradingMethod.Highest, 60m,
                    ShuffleQuestions: false, ShuffleAnswers: false, QuestionsPerPage: 3, NavigationMode.Free, ReviewTiming.Immediately, true, true, true);
                var id = (await quizzes.CreateAsync(author, null, settings, default)).Value;
                await slots(id);
                Assert.True((await quizzes.SetStatusAsync(AccessScope.National, id, QuizStatus.Published, default)).IsSuccess);
                return id;
            }

            var quiz = await QuizAsync(async id =>
            {
                Assert.True((await slots.AddQuestionsAsync(AccessScope.National, actor, id, [fixedQuestion], default)).IsSuccess);
                Assert.True((await slots.AddDrawAsync(AccessScope.National, actor, id, plainCategory, false, 3, 1m, default)).IsSuccess);
                Assert.True((await slots.AddDrawAsync(AccessScope.National, actor, id, root, true, 3, 2m, default)).IsSuccess);
            });
            var greedy = await QuizAsync(async id => Assert.True((await slots.AddDrawAsync(AccessScope.National, actor, id, plainCategory, false, 5, 1m, default)).IsSuccess));
            return (quiz, greedy, fixedQuestion, plainQuestions, treeQuestions);
        });
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;

        var attempt = await AttemptAsync(await StartAsync(learner, quizId));
        var questionOf = await App.WithDbAsync(db => db.Set<QuestionVersion>().AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.QuestionId));
        var drawn = attempt.Slots.OrderBy(s => s.Number).Select(s => questionOf[s.QuestionVersionId]).ToList();
        Assert.Equal(7, drawn.Count);
        Assert.Equal(fixedId, drawn[0]);
        Assert.Equal(plain.Order(), drawn.Skip(1).Take(3).Order());
        Assert.Equal(tree.Order(), drawn.Skip(4).Order());
        Assert.Equal(new[] { 1m, 1m, 1m, 1m, 2m, 2m, 2m }, attempt.Slots.OrderBy(s => s.Number).Select(s => s.Mark));

        var token = BrowserSession.FormToken(await learner.GetHtmlAsync($"/quizzes/{tooGreedyQuizId}"), $"/quizzes/{tooGreedyQuizId}/start");
        using var refused = await learner.PostAsync($"/quizzes/{tooGreedyQuizId}/start", [new("__RequestVerificationToken", token)]);
        Assert.Equal($"/quizzes/{tooGreedyQuizId}", refused.Headers.Location?.OriginalString);
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<Attempt>().CountAsync(a => a.QuizId == tooGreedyQuizId && a.UserId == userId)));
    }

    [Fact]
    public async Task BadInput_ForgedAttemptForeignSlotAndNotANumber_RefusedWithNothingChanged()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Numeric()]);
        var (owner, _) = await LearnerAsync();
        var (stranger, _) = await LearnerAsync();
        using var __ = owner;
        using var ___ = stranger;
        var attemptId = await StartAsync(owner, quizId);
        var strangerAttempt = await StartAsync(stranger, (await Builder.PublishedQuizAsync([QuizBuilder.Single()])).QuizId);
        var strangerToken = BrowserSession.AntiforgeryToken(await stranger.GetHtmlAsync($"/attempts/{strangerAttempt}"));

        using (var forgedPage = await stranger.GetAsync($"/attempts/{attemptId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, forgedPage.StatusCode);
        }

        using (var forgedSave = await SaveAsync(stranger, attemptId, 1, "c2", 5, strangerToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, forgedSave.StatusCode);
        }

        using (var forgedAnswers = await stranger.GetAsync($"/api/attempts/{attemptId}/answers"))
        {
            Assert.Equal(HttpStatusCode.NotFound, forgedAnswers.StatusCode);
        }

        using (var foreignSlot = await SaveAsync(owner, attemptId, 9, "c1", 5))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignSlot.StatusCode);
            Assert.Equal("Такого питання в цій спробі немає.", await ErrorOf(foreignSlot));
        }

        using (var notANumber = await SaveAsync(owner, attemptId, 2, "тисяча дев'ятсот", 5))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
            Assert.Equal("Введіть число, наприклад 12 або 12,5.", await ErrorOf(notANumber));
        }

        using (var noToken = await owner.Client.PutAsJsonAsync(new Uri($"/api/attempts/{attemptId}/answers/1", UriKind.Relative), new { response = "c1", version = 6 }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        }

        var attempt = await AttemptAsync(attemptId);
        Assert.All(attempt.Slots, s => Assert.Null(s.Response));
    }

    [Fact]
    public async Task AttemptsApi_Refusals_AreProblemDetails_WithAssessmentsCodes()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Numeric()]);
        var (learner, _) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);
        var token = BrowserSession.AntiforgeryToken(await learner.GetHtmlAsync($"/attempts/{attemptId}"));

        using (var foreignSlot = await SaveAsync(learner, attemptId, 9, "c1", 5, token))
        {
            Assert.Equal("Такого питання в цій спробі немає.", await AssertProblemAsync(foreignSlot, HttpStatusCode.NotFound, "Assessments:SlotNotFound"));
        }

        using (var noVersion = await SaveAsync(learner, attemptId, 1, "c1", 0, token))
        {
            await AssertProblemAsync(noVersion, HttpStatusCode.BadRequest, "Assessments:AnswerWithoutVersion");
        }

        using (var notANumber = await SaveAsync(learner, attemptId, 2, "тисяча", 5, token))
        {
            await AssertProblemAsync(notANumber, HttpStatusCode.BadRequest, "Assessments:AnswerRefused");
        }

        using (var noToken = await learner.Client.PutAsJsonAsync(new Uri($"/api/attempts/{attemptId}/answers/1", UriKind.Relative), new { response = "c1", version = 6 }))
        {
            Assert.StartsWith("Сторінка застаріла", await AssertProblemAsync(noToken, HttpStatusCode.BadRequest, "Assessments:AnswerPageStale"), StringComparison.Ordinal);
        }

        Assert.All((await AttemptAsync(attemptId)).Slots, s => Assert.Null(s.Response));
    }

    [Fact]
    public async Task Essay_WaitsForTheGrader_ThenTheGradeAndPassArrive()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Essay()], passPercent: 50m);
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);
        using (await SaveAsync(learner, attemptId, 1, "c2", 1))
        {
        }

        using (await SaveAsync(learner, attemptId, 2, "Спершу зупинитися, потім знайти першоджерело.", 2))
        {
        }

        using (await SubmitAsync(learner, attemptId))
        {
        }

        Assert.Equal(AttemptState.NeedsGrading, (await AttemptAsync(attemptId)).State);
        Assert.Contains("Есе ще оцінює викладач", await learner.GetHtmlAsync($"/attempts/{attemptId}/review"), StringComparison.Ordinal);
        Assert.DoesNotContain(await App.EventsOfAsync<QuizPassed>(), e => e.QuizId == quizId);

        var graded = await Builder.WithAsync(async services =>
        {
            var grading = services.GetRequiredService<GradingService>();
            Assert.Contains(await grading.QueueAsync(AccessScope.National, default), item => item.AttemptId == attemptId && item.Slot == 2);
            var tooMany = await grading.GradeAsync(Guid.NewGuid(), AccessScope.National, attemptId, 2, 5m, "", default);
            Assert.Equal(AssessmentErrors.MarkOutOfRange, tooMany.Error);
            return await grading.GradeAsync(Guid.NewGuid(), AccessScope.National, attemptId, 2, 3m, "Добре, бракує прикладів.", default);
        });
        Assert.True(graded.IsSuccess);

        var attempt = await AttemptAsync(attemptId);
        Assert.Equal(AttemptState.Graded, attempt.State);
        Assert.Equal(60m, attempt.Percent);
        Assert.Contains("Добре, бракує прикладів.", await learner.GetHtmlAsync($"/attempts/{attemptId}/review"), StringComparison.Ordinal);
        Assert.Single(await App.EventsOfAsync<QuizPassed>(), e => e.QuizId == quizId && e.UserId == userId);
    }

    [Fact]
    public async Task Regrade_AfterTheKeyIsCorrected_FinishedAttemptsMoveToTheNewVersion()
    {
        var (quizId, questionIds) = await Builder.PublishedQuizAsync([QuizBuilder.Single()]);
        var (learner, _) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);
        using (await SaveAsync(learner, attemptId, 1, "c2", 1))
        {
        }

        using (await SubmitAsync(learner, attemptId))
        {
        }

        Assert.Equal(0m, (await AttemptAsync(attemptId)).Percent);
        var summary = await Builder.WithAsync(async services =>
        {
            var bank = services.GetRequiredService<QuestionBankService>();
            var actor = new BankActor(Guid.Empty, IsNational: true);
            var question = await bank.ForEditAsync(actor, questionIds[0], default);
            var corrected = question!.Content with { Choices = [new("c1", "«Про бібліотеки»", 0m), new("c2", "«Про культуру»", 1m)] };
            Assert.True((await bank.SaveQuestionAsync(actor, questionIds[0], question.CategoryId, corrected, "", default)).IsSuccess);
            var before = await services.GetRequiredService<GradingService>().RegradeAsync(AccessScope.National, quizId, useLatestVersions: false, default);
            Assert.Equal(0, before.Value.Changed);
            return (await services.GetRequiredService<GradingService>().RegradeAsync(AccessScope.National, quizId, useLatestVersions: true, default)).Value;
        });

        Assert.Equal(1, summary.Changed);
        Assert.Equal(100m, (await AttemptAsync(attemptId)).Percent);
    }

    [Fact]
    public async Task Lesson_QuizPassedFromACourseLesson_CompletesTheLessonAndTheCourse()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single()]);
        using var staff = new BrowserSession(App);
        await staff.SignInAsync("metodyst@lounb.demo");
        var authoring = new CourseAuthoringClient(staff);
        var courseId = await authoring.CreateCourseAsync("Курс із тестом " + Guid.NewGuid().ToString("N")[..6]);
        var section = await authoring.AddSectionAsync(courseId, "Підсумок");
        var lessonId = await authoring.AddLessonAsync(courseId, section, "Підсумковий тест", kind: "quiz", reference: quizId.ToString());
        await authoring.PublishCourseAsync(courseId);
        var runId = await authoring.CreateOpenRunAsync(courseId, capacity: null);
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        var coursePage = await learner.GetHtmlAsync("/courses?q=" + Uri.EscapeDataString("Курс із тестом"));
        var courseSlug = Regex.Match(coursePage, "href=\"/courses/([a-z0-9-]+)\"").Groups[1].Value;
        using (await learner.SubmitAsync($"/courses/{courseSlug}", $"/courses/{courseSlug}/runs/{runId}/enrol", []))
        {
        }

        var lesson = await learner.GetHtmlAsync($"/learn/{runId}/lessons/{lessonId}");
        Assert.Contains($"/quizzes/{quizId}?lesson={lessonId}", lesson, StringComparison.Ordinal);
        Assert.DoesNotContain("Позначити як пройдений", lesson, StringComparison.Ordinal);

        using var started = await learner.SubmitAsync($"/quizzes/{quizId}?lesson={lessonId}", $"/quizzes/{quizId}/start", [new("lesson", lessonId.ToString())]);
        var attemptId = Guid.Parse(AttemptPath().Match(started.Headers.Location!.OriginalString).Groups[1].Value);
        using (await SaveAsync(learner, attemptId, 1, "c1", 1))
        {
        }

        using (await SubmitAsync(learner, attemptId))
        {
        }

        Assert.Contains(await App.EventsOfAsync<Lounb.Modules.Courses.Contracts.CourseCompleted>(), e => e.UserId == userId && e.RunId == runId);
        Assert.Contains("✓ Урок пройдено", await learner.GetHtmlAsync($"/learn/{runId}/lessons/{lessonId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RandomDraw_EachLearnerGetsTheirOwnSetFromTheCategory()
    {
        var quizId = await Builder.RandomDrawQuizAsync(pool: 8, draw: 3);
        var sets = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var (learner, _) = await LearnerAsync();
            using var _ = learner;
            var attempt = await AttemptAsync(await StartAsync(learner, quizId));
            Assert.Equal(3, attempt.Slots.Select(s => s.QuestionVersionId).Distinct().Count());
            Assert.Equal(6m, attempt.MaxScore);
            sets.Add(string.Join(",", attempt.Slots.Select(s => s.QuestionVersionId).Order()));
        }

        Assert.True(sets.Distinct().Count() > 1, "Five learners got the same random set.");
    }

    [Fact]
    public async Task Start_WritesEverySlotInOneInsert_AndThisNodeKnowsTheAttemptsFactsWithoutReadingThemBack()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Numeric(), QuizBuilder.TrueFalse()], navigation: NavigationMode.Sequential);
        var (learner, userId) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);

        var attempt = await AttemptAsync(attemptId);
        Assert.Equal([1, 2, 3], attempt.Slots.Select(s => s.Number).Order());
        Assert.All(attempt.Slots, s =>
        {
            Assert.Null(s.Response);
            Assert.Equal(0, s.ResponseVersion);
            Assert.Null(s.Fraction);
            Assert.False(s.NeedsManualGrading);
        });
        Assert.Equal(attempt.Slots.Sum(s => s.Mark), attempt.MaxScore);
        Assert.True(attempt.MaxScore > 0);

        // Remembered at start: with the slot rows gone from the database, this node still knows which question is where
        // (before, the first save or page read them back).
        await App.WithDbAsync(db => db.Set<AttemptSlot>().Where(s => s.AttemptId == attemptId).ExecuteDeleteAsync());
        var fact = await App.WithDbAsync(db => App.Services.GetRequiredService<AttemptFacts>().GetAsync(db, attemptId, CancellationToken.None));
        Assert.NotNull(fact);
        Assert.Equal(userId, fact.UserId);
        Assert.Equal(quizId, fact.QuizId);
        Assert.True(fact.Sequential);
        Assert.Equal(attempt.Slots.OrderBy(s => s.Number).Select(s => (s.Number, s.QuestionVersionId, s.Page)),
            fact.SlotVersions.OrderBy(p => p.Key).Select(p => (p.Key, p.Value, fact.SlotPages[p.Key])));
    }

    [Fact]
    public async Task SequentialNavigation_AnAnswerToAPageLeftBehindIsRefused()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Numeric(), QuizBuilder.TrueFalse()], navigation: NavigationMode.Sequential);
        var (learner, _) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);
        using (var first = await SaveAsync(learner, attemptId, 1, "c1", 1))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        Assert.Contains("Сторінка 2 з 2", await learner.GetHtmlAsync($"/attempts/{attemptId}?page=1"), StringComparison.Ordinal);
        using (var back = await SaveAsync(learner, attemptId, 1, "c2", 2))
        {
            Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);
            Assert.Equal("У цьому тесті повертатися до попередніх сторінок не можна.", await ErrorOf(back));
        }

        using (var onward = await SaveAsync(learner, attemptId, 3, true, 3))
        {
            Assert.Equal(HttpStatusCode.OK, onward.StatusCode);
        }

        Assert.Equal("\"c1\"", (await AttemptAsync(attemptId)).Slots.Single(s => s.Number == 1).Response);
    }

    [Fact]
    public async Task Override_ExtraTimeForOnePerson_MovesOnlyTheirDeadline()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single()], timeLimitMinutes: 20);
        var email = $"inclusion.{Guid.NewGuid():N}@example.org";
        await App.CreatePersonAsync(email);
        var set = await Builder.WithAsync(services => services.GetRequiredService<QuizOverridesService>()
            .SetOverrideAsync(AccessScope.National, quizId, email, 40, 2, null, "Інклюзивне пристосування: подвійний час", default));
        Assert.True(set.IsSuccess);
        using var accommodated = new BrowserSession(App);
        await accommodated.SignInAsync(email);
        var (other, _) = await LearnerAsync();
        using var _ = other;

        var quizPage = await accommodated.GetHtmlAsync($"/quizzes/{quizId}");
        Assert.Contains("40 хв.", quizPage, StringComparison.Ordinal);
        var longer = await AttemptAsync(await StartAsync(accommodated, quizId));
        var usual = await AttemptAsync(await StartAsync(other, quizId));
        Assert.Equal(TimeSpan.FromMinutes(40), longer.DeadlineAt - longer.StartedAt);
        Assert.Equal(TimeSpan.FromMinutes(20), usual.DeadlineAt - usual.StartedAt);
    }

    [Fact]
    public async Task Import_AnUploadNobodyConfirms_IsForgottenAfterADay()
    {
        var importId = await Builder.WithAsync(async services =>
        {
            var db = services.GetRequiredService<LounbDbContext>();
            var author = await db.Set<Lounb.Modules.Core.Identity.LounbUser>().Where(u => u.NormalizedEmail == "METODYST@LOUNB.DEMO").Select(u => u.Id).SingleAsync();
            var actor = new BankActor(author, IsNational: true);
            var category = (await services.GetRequiredService<QuestionBankService>().CreateCategoryAsync(actor, "Імпорт " + Guid.NewGuid().ToString("N")[..6], null, false, "", default)).Value;
            using var file = new MemoryStream("::Рік::Рік закону?{#1995}"u8.ToArray());
            var uploaded = await services.GetRequiredService<QuestionImportService>().UploadAsync(actor, category, "bank.gift", file, file.Length, default);
            var preview = await services.GetRequiredService<QuestionImportService>().PreviewAsync(actor, uploaded.Value, default);
            Assert.Single(preview!.Result.Questions);
            return uploaded.Value;
        });

        App.Clock.Advance(TimeSpan.FromHours(25));
        for (var i = 0; i < 100 && await App.WithDbAsync(db => db.Set<PendingImport>().AnyAsync(p => p.Id == importId)); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(await App.WithDbAsync(db => db.Set<PendingImport>().AnyAsync(p => p.Id == importId)));
    }

    [GeneratedRegex("^/attempts/([0-9a-f-]{36})$")]
    private static partial Regex AttemptPath();
}

public sealed class SqliteAssessmentsTests(SqliteClockedApp app) : AssessmentsTests(app), IClassFixture<SqliteClockedApp>;

public sealed class PostgresAssessmentsTests(PostgresClockedApp app) : AssessmentsTests(app), IClassFixture<PostgresClockedApp>;
