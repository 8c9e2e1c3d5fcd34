using System.Net;
using System.Threading.Channels;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Tests;

/// <summary>
/// The live room of a webinar over the real hub (/hubs/webinars, SignalR .NET client over the test server): who may enter,
/// moderation, the post limit, plain text only, idempotent resends, one upvote and one poll vote per person, presence.
/// </summary>
public abstract class WebinarLiveTests(LounbAppFactory app)
{
    private const string Moderator = "trener@lounb.demo";
    private const string OtherOblastMethodologist = "metodyst.cherkasy@lounb.demo";

    protected LounbAppFactory App { get; } = app;

    [Fact]
    public async Task JoinEvent_OnlyRegisteredPeopleAndModeratorsEnter_OthersAreRefusedAndStoreNothing()
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        var outsiderId = await App.CreatePersonAsync(Email("outsider"));
        var pendingId = await App.CreatePersonAsync(Email("pending"));
        await RegisterAsync(eventId, pendingId, RegistrationStatus.Pending);

        await using var anonymous = HubFor(new CookieContainer());
        var refusedConnection = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refusedConnection.StatusCode);

        foreach (var email in new[] { await EmailOfAsync(outsiderId), await EmailOfAsync(pendingId) })
        {
            await using var stranger = await ConnectAsync(email);
            var refused = await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<LiveSnapshot>("JoinEvent", eventId));
            Assert.Contains("не зареєстровані", refused.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), "Привіт"));
            await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<QuestionView>("AskQuestion", eventId, Guid.NewGuid(), "Питання"));
            await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<HandsView>("RaiseHand", eventId));
        }

        await using var elsewhere = await ConnectAsync(OtherOblastMethodologist);
        await Assert.ThrowsAsync<HubException>(() => elsewhere.InvokeAsync<LiveSnapshot>("JoinEvent", eventId));
        var notModerator = await Assert.ThrowsAsync<HubException>(() => elsewhere.InvokeAsync<PollView>("CreatePoll", eventId, "Питання?", new[] { "Так", "Ні" }));
        Assert.Contains("Лише ведучі й модератори", notModerator.Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<HubException>(() => elsewhere.InvokeAsync<LiveSnapshot>("JoinEvent", Guid.NewGuid()));
        Assert.Contains("Подію не знайдено", missing.Message, StringComparison.Ordinal);

        Assert.Equal(0, await App.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.EventId == eventId)));
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<LiveQuestion>().CountAsync(q => q.EventId == eventId)));
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<RaisedHand>().CountAsync(h => h.EventId == eventId)));

        await using var registered = await ConnectAsync(learner.Email);
        var snapshot = await registered.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);
        Assert.False(snapshot.CanModerate);
        Assert.True(snapshot.CanPost);
        await using var moderator = await ConnectAsync(Moderator);
        Assert.True((await moderator.InvokeAsync<LiveSnapshot>("JoinEvent", eventId)).CanModerate);
    }

    [Fact]
    public async Task Refusals_CarryTheErrorsStatusAndStableCode_AsJson_WithTheUkrainianDetail()
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        await using var hub = await ConnectAsync(learner.Email);
        await hub.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);

        var notModerator = Problem(await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<PollView>("CreatePoll", eventId, "Зручний час?", new[] { "Ранок", "Вечір" })));
        Assert.Equal(new HubProblem(403, "Webinars:NotModerator", "Лише ведучі й модератори події можуть це робити."), notModerator);
        var missing = Problem(await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<LiveSnapshot>("JoinEvent", Guid.NewGuid())));
        Assert.Equal((404, "Webinars:EventNotFound"), (missing.Status, missing.Code));
        var empty = Problem(await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), " ")));
        Assert.Equal((400, "Webinars:EmptyText", "Напишіть текст повідомлення."), (empty.Status, empty.Code, empty.Detail));
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<LivePoll>().CountAsync(p => p.EventId == eventId)));
    }

    private static HubProblem Problem(HubException refused) =>
        HubClients.ProblemOf(refused) ?? throw new Xunit.Sdk.XunitException("Not a mapped refusal: " + refused.Message);

    [Fact]
    public async Task Moderation_DeletedMessageDisappearsForEveryone_MutedPersonCannotPostUntilUnmuted()
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        await using var learnerHub = await ConnectAsync(learner.Email);
        var learnerSees = Listen<MessageDeletedView>(learnerHub, LiveEvents.MessageDeleted);
        var mutes = Listen<MuteView>(learnerHub, LiveEvents.Muted);
        await learnerHub.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);
        await using var moderatorHub = await ConnectAsync(Moderator);
        var moderatorSees = Listen<ChatMessageView>(moderatorHub, LiveEvents.MessageAdded);
        await moderatorHub.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);

        var message = await learnerHub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), "Доброго дня всім!");
        Assert.Equal("Доброго дня всім!", (await NextAsync(moderatorSees, m => m.Id == message.Id)).Text);

        var notAllowed = await Assert.ThrowsAsync<HubException>(() => learnerHub.InvokeAsync("DeleteMessage", message.Id));
        Assert.Contains("Лише ведучі й модератори", notAllowed.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => learnerHub.InvokeAsync("Mute", eventId, learner.Id));

        await moderatorHub.InvokeAsync("DeleteMessage", message.Id);
        await NextAsync(learnerSees, d => d.Id == message.Id);
        await using (var later = await ConnectAsync(learner.Email))
        {
            Assert.DoesNotContain((await later.InvokeAsync<LiveSnapshot>("JoinEvent", eventId)).Messages, m => m.Id == message.Id);
        }

        var moderatorId = await UserIdAsync(Moderator);
        var self = await Assert.ThrowsAsync<HubException>(() => moderatorHub.InvokeAsync("Mute", eventId, moderatorId));
        Assert.Contains("самому собі", self.Message, StringComparison.Ordinal);
        await moderatorHub.InvokeAsync("Mute", eventId, learner.Id);
        await NextAsync(mutes, m => m.UserId == learner.Id);
        var muted = await Assert.ThrowsAsync<HubException>(() => learnerHub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), "А тепер?"));
        Assert.Contains("Модератор вимкнув вам можливість писати", muted.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => learnerHub.InvokeAsync<QuestionView>("AskQuestion", eventId, Guid.NewGuid(), "А питання?"));
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.EventId == eventId)));
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<LiveQuestion>().CountAsync(q => q.EventId == eventId)));
        await using (var again = await ConnectAsync(learner.Email))
        {
            var snapshot = await again.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);
            Assert.True(snapshot.Muted);
            Assert.False(snapshot.CanPost);
        }

        await moderatorHub.InvokeAsync("Unmute", eventId, learner.Id);
        await learnerHub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), "Дякую!");
        Assert.Equal(2, await App.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.EventId == eventId)));
    }

    [Fact]
    public async Task Flood_MoreThanTheLimitPerMinute_IsRefusedAndNotStored_ModeratorsAreNotLimited()
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        var limit = new Lounb.Modules.Webinars.WebinarsOptions().LivePostsPerMinute;
        await using var hub = await ConnectAsync(learner.Email);
        for (var i = 0; i < limit; i++)
        {
            if (i % 3 == 0)
            {
                await hub.InvokeAsync<QuestionView>("AskQuestion", eventId, Guid.NewGuid(), $"Запитання {i}");
            }
            else
            {
                await hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), $"Повідомлення {i}");
            }
        }

        var flood = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), "Ще одне"));
        Assert.Contains("Забагато повідомлень поспіль", flood.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<QuestionView>("AskQuestion", eventId, Guid.NewGuid(), "Ще запитання"));
        var stored = await App.WithDbAsync(async db =>
            await db.Set<ChatMessage>().CountAsync(m => m.EventId == eventId) + await db.Set<LiveQuestion>().CountAsync(q => q.EventId == eventId));
        Assert.Equal(limit, stored);

        await using var moderator = await ConnectAsync(Moderator);
        for (var i = 0; i <= limit; i++)
        {
            await moderator.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), $"Оголошення {i}");
        }
    }

    [Theory]
    [InlineData("<b>жирний</b> текст")]
    [InlineData("Дивіться <script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("коментар <!-- прихований -->")]
    [InlineData("</p>")]
    public async Task SendMessage_HtmlMarkup_IsRefusedWithAClearMessage(string text)
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        await using var hub = await ConnectAsync(learner.Email);
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), text));
        Assert.Contains("HTML-розмітка в чаті не підтримується: напишіть звичайний текст.", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<QuestionView>("AskQuestion", eventId, Guid.NewGuid(), text));
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.EventId == eventId)));
    }

    [Fact]
    public async Task SendMessage_EmptyOrTooLong_IsRefused_PlainComparisonsAndExactlyTheLimitAreKept()
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        await using var hub = await ConnectAsync(learner.Email);
        var empty = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), "   \n "));
        Assert.Contains("Напишіть текст повідомлення", empty.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), (string?)null));
        var tooLong = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), new string('ї', 1001)));
        Assert.Contains("не більше 1000 символів", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.EventId == eventId)));

        Assert.Equal(1000, (await hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), new string('ї', 1000))).Text.Length);
        Assert.Equal("3 < 5, а <3 — це серце", (await hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, Guid.NewGuid(), "  3 < 5, а <3 — це серце ")).Text);
    }

    [Fact]
    public async Task Resend_WithTheSameClientId_AfterAReconnect_IsStoredOnce()
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        var messageClientId = Guid.NewGuid();
        var questionClientId = Guid.NewGuid();
        ChatMessageView first;
        QuestionView firstQuestion;
        await using (var hub = await ConnectAsync(learner.Email))
        {
            first = await hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, messageClientId, "Чи буде запис?");
            firstQuestion = await hub.InvokeAsync<QuestionView>("AskQuestion", eventId, questionClientId, "Де взяти презентацію?");
            Assert.Equal(first.Id, (await hub.InvokeAsync<ChatMessageView>("SendMessage", eventId, messageClientId, "Чи буде запис?")).Id);
        }

        await using (var reconnected = await ConnectAsync(learner.Email))
        {
            await reconnected.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);
            var resent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
                reconnected.InvokeAsync<ChatMessageView>("SendMessage", eventId, messageClientId, "Чи буде запис?")));
            Assert.All(resent, m => Assert.Equal(first.Id, m.Id));
            Assert.Equal(firstQuestion.Id, (await reconnected.InvokeAsync<QuestionView>("AskQuestion", eventId, questionClientId, "Де взяти презентацію?")).Id);
        }

        Assert.Equal(1, await App.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.EventId == eventId)));
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<LiveQuestion>().CountAsync(q => q.EventId == eventId)));
    }

    [Fact]
    public async Task Questions_OneUpvotePerPerson_EvenAtOnce_ModeratorMarksAnsweredAndDeletes()
    {
        var (eventId, asker) = await EventWithLearnerAsync();
        var voters = new List<HubConnection>();
        try
        {
            await using var askerHub = await ConnectAsync(asker.Email);
            await askerHub.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);
            var updates = Listen<QuestionView>(askerHub, LiveEvents.QuestionUpdated);
            var question = await askerHub.InvokeAsync<QuestionView>("AskQuestion", eventId, Guid.NewGuid(), "Як записатися на наступне заняття?");
            for (var i = 0; i < 4; i++)
            {
                var voter = await App.CreatePersonAsync(Email("voter"));
                await RegisterAsync(eventId, voter, RegistrationStatus.Confirmed);
                voters.Add(await ConnectAsync(await EmailOfAsync(voter)));
            }

            // Each voter presses twice, everyone at once: four votes, no more, none lost.
            await Task.WhenAll(voters.SelectMany(v => new[] { v.InvokeAsync<QuestionView>("Upvote", question.Id), v.InvokeAsync<QuestionView>("Upvote", question.Id) }));
            await askerHub.InvokeAsync<QuestionView>("Upvote", question.Id);
            await askerHub.InvokeAsync<QuestionView>("Upvote", question.Id);
            Assert.Equal(5, await App.WithDbAsync(db => db.Set<LiveQuestion>().Where(q => q.Id == question.Id).Select(q => q.Upvotes).SingleAsync()));
            Assert.Equal(5, await App.WithDbAsync(db => db.Set<QuestionVote>().CountAsync(v => v.QuestionId == question.Id)));
            await NextAsync(updates, q => q.Id == question.Id && q.Upvotes == 5);

            var second = await askerHub.InvokeAsync<QuestionView>("AskQuestion", eventId, Guid.NewGuid(), "Чи буде сертифікат?");
            await using (var look = await ConnectAsync(asker.Email))
            {
                var snapshot = await look.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);
                Assert.Equal([question.Id, second.Id], snapshot.Questions.Select(q => q.Id));
                Assert.Contains(question.Id, snapshot.MyUpvotes);
            }

            await Assert.ThrowsAsync<HubException>(() => askerHub.InvokeAsync<QuestionView>("MarkAnswered", question.Id));
            await using var moderator = await ConnectAsync(Moderator);
            Assert.True((await moderator.InvokeAsync<QuestionView>("MarkAnswered", question.Id)).Answered);
            await NextAsync(updates, q => q.Id == question.Id && q.Answered);
            await moderator.InvokeAsync("DeleteQuestion", second.Id);
            await NextAsync(updates, q => q.Id == second.Id && q.Deleted);
            var gone = await Assert.ThrowsAsync<HubException>(() => askerHub.InvokeAsync<QuestionView>("Upvote", second.Id));
            Assert.Contains("Запитання не знайдено", gone.Message, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var voter in voters)
            {
                await voter.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Polls_OnlyModeratorsOpenThem_AVoteAgainReplacesTheFirst_ResultsAreLive_ClosedPollsTakeNoVotes()
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        await using var learnerHub = await ConnectAsync(learner.Email);
        var opened = Listen<PollView>(learnerHub, LiveEvents.PollOpened);
        var closed = Listen<PollView>(learnerHub, LiveEvents.PollClosed);
        await learnerHub.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);
        await using var moderator = await ConnectAsync(Moderator);
        var results = Listen<PollView>(moderator, LiveEvents.PollResults);
        await moderator.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);

        await Assert.ThrowsAsync<HubException>(() => learnerHub.InvokeAsync<PollView>("CreatePoll", eventId, "Зручний час?", new[] { "Ранок", "Вечір" }));
        var oneOption = await Assert.ThrowsAsync<HubException>(() => moderator.InvokeAsync<PollView>("CreatePoll", eventId, "Зручний час?", new[] { "Ранок", " " }));
        Assert.Contains("від 2 до 6 варіантів", oneOption.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => moderator.InvokeAsync<PollView>("CreatePoll", eventId, "Зручний час?", Enumerable.Range(1, 7).Select(i => $"Варіант {i}").ToArray()));
        var repeated = await Assert.ThrowsAsync<HubException>(() => moderator.InvokeAsync<PollView>("CreatePoll", eventId, "Зручний час?", new[] { "Ранок", "ранок" }));
        Assert.Contains("не повинні повторюватися", repeated.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => moderator.InvokeAsync<PollView>("CreatePoll", eventId, "<i>Зручний</i> час?", new[] { "Ранок", "Вечір" }));
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<LivePoll>().CountAsync(p => p.EventId == eventId)));

        var poll = await moderator.InvokeAsync<PollView>("CreatePoll", eventId, "Зручний час для наступного заняття?", new[] { "Ранок", "Обід", "Вечір" });
        Assert.Equal(["Ранок", "Обід", "Вечір"], (await NextAsync(opened, p => p.Id == poll.Id)).Options);

        var first = await learnerHub.InvokeAsync<PollView>("Vote", poll.Id, 0);
        Assert.Equal([1, 0, 0], first.Counts);
        Assert.Equal(0, first.MyVote);
        var changed = await learnerHub.InvokeAsync<PollView>("Vote", poll.Id, 2);
        Assert.Equal([0, 0, 1], changed.Counts);
        Assert.Equal(1, changed.Total);
        Assert.Equal(2, changed.MyVote);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<PollVote>().CountAsync(v => v.PollId == poll.Id)));
        await NextAsync(results, p => p.Id == poll.Id && p.Counts.SequenceEqual([0, 0, 1]));
        var noSuchOption = await Assert.ThrowsAsync<HubException>(() => learnerHub.InvokeAsync<PollView>("Vote", poll.Id, 3));
        Assert.Contains("Такого варіанта відповіді немає", noSuchOption.Message, StringComparison.Ordinal);

        await Assert.ThrowsAsync<HubException>(() => learnerHub.InvokeAsync<PollView>("ClosePoll", poll.Id));
        Assert.False((await moderator.InvokeAsync<PollView>("ClosePoll", poll.Id)).Open);
        Assert.Equal([0, 0, 1], (await NextAsync(closed, p => p.Id == poll.Id)).Counts);
        var late = await Assert.ThrowsAsync<HubException>(() => learnerHub.InvokeAsync<PollView>("Vote", poll.Id, 1));
        Assert.Contains("Опитування вже закрито", late.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await learnerHub.InvokeAsync<LiveSnapshot>("JoinEvent", eventId)).Polls.Single().MyVote);
    }

    [Fact]
    public async Task RaisedHands_OwnerRaisesAndLowers_ModeratorLowersAnyone_OthersCannot()
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        var otherId = await App.CreatePersonAsync(Email("other"));
        await RegisterAsync(eventId, otherId, RegistrationStatus.Confirmed);
        await using var learnerHub = await ConnectAsync(learner.Email);
        await using var otherHub = await ConnectAsync(await EmailOfAsync(otherId));
        await using var moderator = await ConnectAsync(Moderator);
        var hands = Listen<HandsView>(moderator, LiveEvents.HandsChanged);
        await moderator.InvokeAsync<LiveSnapshot>("JoinEvent", eventId);

        await learnerHub.InvokeAsync<HandsView>("RaiseHand", eventId);
        Assert.Single((await learnerHub.InvokeAsync<HandsView>("RaiseHand", eventId)).Hands);
        await NextAsync(hands, h => h.Hands.Any(x => x.UserId == learner.Id));
        await Assert.ThrowsAsync<HubException>(() => otherHub.InvokeAsync<HandsView>("LowerHandOf", eventId, learner.Id));
        await otherHub.InvokeAsync<HandsView>("RaiseHand", eventId);
        Assert.Equal([learner.Id], (await otherHub.InvokeAsync<HandsView>("LowerHand", eventId)).Hands.Select(h => h.UserId));
        Assert.Empty((await moderator.InvokeAsync<HandsView>("LowerHandOf", eventId, learner.Id)).Hands);
        await NextAsync(hands, h => h.Hands.Count == 0);
    }

    [Fact]
    public async Task Presence_CountsDistinctPeopleOnLiveNodes_AndFollowsJoinsAndLeaves()
    {
        var (eventId, learner) = await EventWithLearnerAsync();
        var otherId = await App.CreatePersonAsync(Email("present"));
        await RegisterAsync(eventId, otherId, RegistrationStatus.Confirmed);
        // A connection left behind by a node that died (no heartbeat) does not count.
        await App.WithDbAsync(async db =>
        {
            db.Add(new LiveConnection("dead-node-connection", eventId, otherId, Guid.NewGuid(), DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        await using var first = await ConnectAsync(learner.Email);
        var presence = Listen<PresenceView>(first, LiveEvents.PresenceChanged);
        Assert.Equal(1, (await first.InvokeAsync<LiveSnapshot>("JoinEvent", eventId)).Presence);
        await using (var secondTab = await ConnectAsync(learner.Email))
        {
            Assert.Equal(1, (await secondTab.InvokeAsync<LiveSnapshot>("JoinEvent", eventId)).Presence);
            await using var other = await ConnectAsync(await EmailOfAsync(otherId));
            Assert.Equal(2, (await other.InvokeAsync<LiveSnapshot>("JoinEvent", eventId)).Presence);
            await NextAsync(presence, p => p.EventId == eventId && p.Count == 2);
        }

        await NextAsync(presence, p => p.EventId == eventId && p.Count == 1);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<LiveConnection>().CountAsync(c => c.EventId == eventId && c.ConnectionId != "dead-node-connection")));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static string Email(string prefix) => $"{prefix}.{Guid.NewGuid():N}@example.org";

    private async Task<(Guid EventId, (Guid Id, string Email) Learner)> EventWithLearnerAsync()
    {
        var email = Email("live");
        var learnerId = await App.CreatePersonAsync(email);
        var eventId = await App.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var webinar = new WebinarEvent("Бібліотечна школа non stop", EventKind.Webinar, now.AddMinutes(5), 90, Oblasts.Luhansk, "test.lounb.org.ua", now);
            db.Add(webinar);
            db.Add(new Registration(webinar.Id, learnerId, RegistrationStatus.Confirmed, now));
            await db.SaveChangesAsync();
            return webinar.Id;
        });
        return (eventId, (learnerId, email));
    }

    private async Task RegisterAsync(Guid eventId, Guid userId, RegistrationStatus status) =>
        await App.WithDbAsync(async db =>
        {
            db.Add(new Registration(eventId, userId, status, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

    private Task<string> EmailOfAsync(Guid userId) => App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync());

    private Task<Guid> UserIdAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        return App.WithDbAsync(db => db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync());
    }

    private HubClients Hubs => new(App, WebinarLiveRegistration.HubPath);

    private Task<HubConnection> ConnectAsync(string email) => Hubs.ConnectAsync(email);

    private HubConnection HubFor(CookieContainer cookies) => Hubs.HubFor(cookies);

    private static ChannelReader<T> Listen<T>(HubConnection connection, string name) => HubClients.Listen<T>(connection, name);

    private static Task<T> NextAsync<T>(ChannelReader<T> reader, Func<T, bool> matches) => HubClients.NextAsync(reader, matches);
}

public sealed class SqliteWebinarLiveTests(SqliteApp app) : WebinarLiveTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresWebinarLiveTests(PostgresApp app) : WebinarLiveTests(app), IClassFixture<PostgresApp>;
