using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.Tests;

/// <summary>
/// Saves written together: the group commit's statement (PostgreSQL), several answers in one request (both databases),
/// and many concurrent saves, each acknowledged only once it is in the database.
/// </summary>
public abstract partial class AssessmentsTests
{
    private static async Task<HttpResponseMessage> SaveManyAsync(BrowserSession learner, Guid attemptId, object answers, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/attempts/{attemptId}/answers", UriKind.Relative))
        {
            Content = JsonContent.Create(new { answers }),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await learner.Client.SendAsync(request);
    }

    /// <summary>Per slot the stored answer (a JSON string's text unescaped, anything else as JSON) and its version.</summary>
    private async Task<Dictionary<int, (string? Response, long Version)>> StoredAsync(Guid attemptId)
    {
        var slots = await App.WithDbAsync(db => db.Set<AttemptSlot>().AsNoTracking().Where(s => s.AttemptId == attemptId).ToListAsync());
        return slots.ToDictionary(s => s.Number, s => (s.Response is null ? null : TextOf(JsonDocument.Parse(s.Response).RootElement), s.ResponseVersion));
    }

    private static string TextOf(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    [Fact]
    public async Task GroupCommit_OneStatementForManyAttempts_EachAnswerWrittenOrRefusedOnItsOwn()
    {
        var queue = App.Services.GetRequiredService<AnswerSaveQueue>();
        if (App.Database == TestDatabase.Sqlite)
        {
            // SQLite writes each save in its own commit: the queue takes nothing and the saver writes directly.
            Assert.False(queue.IsOn);
            Assert.False(queue.TryStore(new CheckedAnswer(Guid.NewGuid(), Guid.NewGuid(), 1, "\"c1\"", 1, int.MaxValue), CancellationToken.None, out _));
            return;
        }

        Assert.True(queue.IsOn);
        var quizId = (await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Short(), QuizBuilder.TrueFalse()])).QuizId;
        var (first, firstId) = await LearnerAsync();
        var (second, secondId) = await LearnerAsync();
        var (finished, finishedId) = await LearnerAsync();
        using var firstSession = first;
        using var secondSession = second;
        using var finishedSession = finished;
        var firstAttempt = await StartAsync(first, quizId);
        var secondAttempt = await StartAsync(second, quizId);
        var finishedAttempt = await StartAsync(finished, quizId);
        using (var newer = await SaveAsync(first, firstAttempt, 2, "вже збережена", 50))
        {
            Assert.Equal(HttpStatusCode.OK, newer.StatusCode);
        }

        using (var submitted = await SubmitAsync(finished, finishedAttempt))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        CheckedAnswer[] batch =
        [
            new(firstAttempt, firstId, 1, "\"c2\"", 10, int.MaxValue),
            new(firstAttempt, firstId, 2, "\"старіша\"", 40, int.MaxValue), // an older version than the stored 50
            new(firstAttempt, secondId, 3, "true", 10, int.MaxValue), // someone else's attempt
            new(finishedAttempt, finishedId, 1, "\"c1\"", 10, int.MaxValue), // submitted already
            new(secondAttempt, secondId, 1, "\"c1\"", 7, int.MaxValue),
            new(secondAttempt, secondId, 3, "false", 8, int.MaxValue),
        ];
        var now = App.Clock.GetUtcNow().UtcDateTime;
        var written = await App.WithDbAsync(db => AnswerWrites.StoreManyAsync(db, batch, now, now.AddMinutes(-2), CancellationToken.None));

        Assert.Equal([0, 4, 5], written.Order());
        var firstStored = await StoredAsync(firstAttempt);
        Assert.Equal(("c2", 10L), firstStored[1]);
        Assert.Equal(("вже збережена", 50L), firstStored[2]);
        Assert.Equal((null, 0L), firstStored[3]);
        Assert.Equal((null, 0L), (await StoredAsync(finishedAttempt))[1]);
        var secondStored = await StoredAsync(secondAttempt);
        Assert.Equal(("c1", 7L), secondStored[1]);
        Assert.Equal(("false", 8L), secondStored[3]);
    }

    [Fact]
    public async Task SaveMany_EachAnswerAcknowledgedOnItsOwn_ABadOneLeavesItsNeighboursSaved_LaterOfTwoForASlotDecidedByVersion()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Numeric(), QuizBuilder.Short()]);
        var (learner, _) = await LearnerAsync();
        using var _ = learner;
        var attemptId = await StartAsync(learner, quizId);
        var token = BrowserSession.AntiforgeryToken(await learner.GetHtmlAsync($"/attempts/{attemptId}"));

        object[] answers =
        [
            new { slot = 1, response = "c2", version = 10 },
            new { slot = 2, response = "тисяча дев'ятсот", version = 10 }, // not a number
            new { slot = 9, response = "c1", version = 10 }, // no such slot
            new { slot = 1, response = "c1", version = 5 }, // older than the first answer to slot 1: it must not win
            new { slot = 3, response = "фейк", version = 7 },
            new { slot = 3, response = "дезінформація", version = 8 }, // newer: it wins
        ];
        using var saved = await SaveManyAsync(learner, attemptId, answers, token);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var results = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answers").EnumerateArray().ToList();
        Assert.Equal([1, 2, 9, 1, 3, 3], results.Select(r => r.GetProperty("slot").GetInt32()));
        Assert.True(results[0].GetProperty("stored").GetBoolean());
        Assert.Equal(400, results[1].GetProperty("status").GetInt32());
        Assert.Equal("Введіть число, наприклад 12 або 12,5.", results[1].GetProperty("detail").GetString());
        Assert.Equal(404, results[2].GetProperty("status").GetInt32());
        Assert.Equal("Assessments:SlotNotFound", results[2].GetProperty("code").GetString());
        Assert.False(results[3].GetProperty("stored").GetBoolean());
        Assert.Equal(10, results[3].GetProperty("version").GetInt64());
        Assert.True(results[4].GetProperty("stored").GetBoolean());
        Assert.True(results[5].GetProperty("stored").GetBoolean());

        var stored = await StoredAsync(attemptId);
        Assert.Equal(("c2", 10L), stored[1]);
        Assert.Equal((null, 0L), stored[2]);
        Assert.Equal(("дезінформація", 8L), stored[3]);

        // Too many answers at once: refused as a whole, nothing written.
        var tooMany = Enumerable.Range(0, AssessmentLimits.MaxAnswersPerRequest + 1).Select(i => new { slot = 2, response = "1995", version = 100 + i }).ToArray();
        using (var refused = await SaveManyAsync(learner, attemptId, tooMany, token))
        {
            Assert.Equal("Assessments:TooManyAnswers", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using (var noToken = await learner.Client.PutAsJsonAsync(new Uri($"/api/attempts/{attemptId}/answers", UriKind.Relative), new { answers = new[] { new { slot = 2, response = "1995", version = 200 } } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        }

        Assert.Equal((null, 0L), (await StoredAsync(attemptId))[2]);
    }

    [Fact]
    public async Task ConcurrentSaves_OfSeveralPeople_EveryAcknowledgedAnswerIsInTheDatabase()
    {
        var (quizId, _) = await Builder.PublishedQuizAsync([QuizBuilder.Single(), QuizBuilder.Short(), QuizBuilder.TrueFalse(), QuizBuilder.Numeric()]);
        var people = new List<(BrowserSession Session, Guid Attempt, string Token)>();
        for (var i = 0; i < 3; i++)
        {
            var (learner, _) = await LearnerAsync();
            var attemptId = await StartAsync(learner, quizId);
            people.Add((learner, attemptId, BrowserSession.AntiforgeryToken(await learner.GetHtmlAsync($"/attempts/{attemptId}"))));
        }

        try
        {
            // Every person answers every slot several times at once; each save is acknowledged as stored or older.
            object AnswerFor(int slot, int round) => slot switch { 1 => round % 2 == 0 ? "c1" : "c2", 2 => "відповідь " + round, 3 => round % 2 == 0, _ => (1990 + round).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            var saves = (from person in people
                         from slot in Enumerable.Range(1, 4)
                         from round in Enumerable.Range(1, 5)
                         select (person, slot, round)).ToList();
            var acknowledged = await Task.WhenAll(saves.Select(async save =>
            {
                using var response = await SaveAsync(save.person.Session, save.person.Attempt, save.slot, AnswerFor(save.slot, save.round), save.round, save.person.Token);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                return (save.person.Attempt, save.slot, save.round, Stored: body.GetProperty("stored").GetBoolean(), Version: body.GetProperty("version").GetInt64());
            }));

            foreach (var person in people)
            {
                var stored = await StoredAsync(person.Attempt);
                for (var slot = 1; slot <= 4; slot++)
                {
                    var mine = acknowledged.Where(a => a.Attempt == person.Attempt && a.slot == slot).ToList();
                    // The newest acknowledged as stored is what the database holds, and nothing acknowledged is newer.
                    var newestStored = mine.Where(a => a.Stored).Max(a => a.round);
                    Assert.Equal(newestStored, stored[slot].Version);
                    Assert.Equal(TextOf(JsonSerializer.SerializeToElement(AnswerFor(slot, newestStored))), stored[slot].Response);
                    Assert.All(mine.Where(a => !a.Stored), a => Assert.True(a.Version > a.round));
                }
            }
        }
        finally
        {
            foreach (var person in people)
            {
                person.Session.Dispose();
            }
        }
    }
}
