using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Live;

/// <summary>A post the server accepted; <see cref="IsNew"/> is false for a resend of one stored before (same client id).</summary>
internal sealed record Posted<T>(T Item, bool IsNew);

/// <summary>
/// The live room of an event: chat, questions, polls, raised hands and presence, all kept in the database so that they
/// survive restarts and every app node sees the same room. Every action checks the person's right to it here, on the server.
/// </summary>
internal sealed class LiveRoomService(LounbDbContext db, EventAccess access, IOptions<WebinarsOptions> options, TimeProvider time, LiveNodeIdentity node)
{
    private const int MinPollOptions = 2;
    private const int MaxPollOptions = 6;
    private const int ConflictRetries = 5;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    // --- joining and leaving ------------------------------------------------------------------------------

    /// <summary>Checks that the person may enter the event's room and records the connection for the presence count.</summary>
    public async Task<Result<EventAccessView>> JoinAsync(Guid eventId, ClaimsPrincipal user, string connectionId, CancellationToken ct)
    {
        var entered = await EnterAsync(eventId, user, ct);
        if (!entered.IsSuccess)
        {
            return entered;
        }

        // One hub call at a time per connection: no race between the check and the insert.
        if (!await db.Set<LiveConnection>().AnyAsync(c => c.ConnectionId == connectionId && c.EventId == eventId, ct))
        {
            db.Add(new LiveConnection(connectionId, eventId, user.UserId(), node.Id, Now));
            await db.SaveChangesAsync(ct);
        }

        return entered;
    }

    /// <summary>Forgets a closed connection; returns the events whose presence changed.</summary>
    public async Task<IReadOnlyList<Guid>> LeaveAsync(string connectionId, CancellationToken ct)
    {
        var events = await db.Set<LiveConnection>().Where(c => c.ConnectionId == connectionId).Select(c => c.EventId).ToListAsync(ct);
        if (events.Count > 0)
        {
            await db.Set<LiveConnection>().Where(c => c.ConnectionId == connectionId).ExecuteDeleteAsync(ct);
        }

        return events;
    }

    public async Task<LiveSnapshot> SnapshotAsync(EventAccessView view, CancellationToken ct)
    {
        var eventId = view.Event.Id;
        var userId = view.UserId ?? throw new InvalidOperationException("Only signed-in people join a live room.");
        var messages = await db.Set<ChatMessage>().AsNoTracking()
            .Where(m => m.EventId == eventId && m.DeletedAt == null)
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
            .Take(LiveTimings.HistoryMessages)
            .Select(m => new ChatMessageView(m.Id, m.EventId, m.UserId, m.AuthorName, m.Text, m.SentAt, m.ClientId))
            .ToListAsync(ct);
        messages.Reverse();
        var myUpvotes = await db.Set<QuestionVote>().AsNoTracking()
            .Where(v => v.UserId == userId && db.Set<LiveQuestion>().Any(q => q.Id == v.QuestionId && q.EventId == eventId))
            .Select(v => v.QuestionId)
            .ToListAsync(ct);
        var muted = await IsMutedAsync(eventId, userId, ct);
        IReadOnlyList<Guid> mutedPeople = view.CanModerate
            ? await db.Set<ChatMute>().AsNoTracking().Where(m => m.EventId == eventId).Select(m => m.UserId).ToListAsync(ct)
            : [];
        return new LiveSnapshot(
            eventId,
            userId,
            messages,
            await QuestionsAsync(eventId, ct),
            myUpvotes,
            await PollsAsync(eventId, userId, ct),
            await HandsAsync(eventId, ct),
            await PresenceAsync(eventId, ct),
            muted,
            mutedPeople,
            view.CanModerate,
            CanPost: !view.Event.IsCancelled && !muted,
            options.Value.LivePostsPerMinute);
    }

    // --- chat and questions --------------------------------------------------------------------------------

    public async Task<Result<Posted<ChatMessageView>>> SendMessageAsync(Guid eventId, Guid? clientId, string? text, ClaimsPrincipal user, CancellationToken ct)
    {
        var entered = await EnterToPostAsync(eventId, user, ct);
        if (!entered.IsSuccess)
        {
            return entered.Error!;
        }

        var userId = user.UserId();
        if (clientId is not null && await FindMessageAsync(eventId, userId, clientId.Value, ct) is { } resent)
        {
            return new Posted<ChatMessageView>(resent, IsNew: false);
        }

        var checkedText = LiveText.Check(text);
        if (!checkedText.IsSuccess)
        {
            return checkedText.Error!;
        }

        if (await RefusePostAsync(entered.Value, userId, ct) is { } refusal)
        {
            return refusal;
        }

        var message = new ChatMessage(eventId, userId, AuthorName(user), checkedText.Value, Now, clientId);
        db.Add(message);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (clientId is not null)
        {
            // The same post arrived twice at once (two nodes, a reconnect): the unique client id kept one.
            db.ChangeTracker.Clear();
            var stored = await FindMessageAsync(eventId, userId, clientId.Value, ct) ?? throw new InvalidOperationException("Chat message not stored.");
            return new Posted<ChatMessageView>(stored, IsNew: false);
        }

        return new Posted<ChatMessageView>(ToView(message), IsNew: true);
    }

    public async Task<Result<Posted<QuestionView>>> AskQuestionAsync(Guid eventId, Guid? clientId, string? text, ClaimsPrincipal user, CancellationToken ct)
    {
        var entered = await EnterToPostAsync(eventId, user, ct);
        if (!entered.IsSuccess)
        {
            return entered.Error!;
        }

        var userId = user.UserId();
        if (clientId is not null && await FindQuestionAsync(eventId, userId, clientId.Value, ct) is { } resent)
        {
            return new Posted<QuestionView>(resent, IsNew: false);
        }

        var checkedText = LiveText.Check(text);
        if (!checkedText.IsSuccess)
        {
            return checkedText.Error!;
        }

        if (await RefusePostAsync(entered.Value, userId, ct) is { } refusal)
        {
            return refusal;
        }

        var question = new LiveQuestion(eventId, userId, AuthorName(user), checkedText.Value, Now, clientId);
        db.Add(question);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (clientId is not null)
        {
            db.ChangeTracker.Clear();
            var stored = await FindQuestionAsync(eventId, userId, clientId.Value, ct) ?? throw new InvalidOperationException("Question not stored.");
            return new Posted<QuestionView>(stored, IsNew: false);
        }

        return new Posted<QuestionView>(ToView(question), IsNew: true);
    }

    /// <summary>One upvote per person: a second one changes nothing.</summary>
    public async Task<Result<QuestionView>> UpvoteAsync(Guid questionId, ClaimsPrincipal user, CancellationToken ct)
    {
        var eventId = await EventOfQuestionAsync(questionId, ct);
        if (eventId is null)
        {
            return LiveErrors.QuestionNotFound;
        }

        var entered = await EnterToPostAsync(eventId.Value, user, ct);
        if (!entered.IsSuccess)
        {
            return entered.Error!;
        }

        var userId = user.UserId();
        return await RetryOnConflictAsync(async () =>
        {
            var question = await db.Set<LiveQuestion>().FirstAsync(q => q.Id == questionId, ct);
            if (!await db.Set<QuestionVote>().AnyAsync(v => v.QuestionId == questionId && v.UserId == userId, ct))
            {
                db.Add(new QuestionVote(questionId, userId));
                question.Upvotes++;
                await db.SaveChangesAsync(ct);
            }

            return ToView(question);
        });
    }

    public async Task<Result<QuestionView>> MarkAnsweredAsync(Guid questionId, ClaimsPrincipal user, CancellationToken ct) =>
        await ModerateQuestionAsync(questionId, user, q => q.AnsweredAt ??= Now, ct);

    public async Task<Result<QuestionView>> DeleteQuestionAsync(Guid questionId, ClaimsPrincipal user, CancellationToken ct) =>
        await ModerateQuestionAsync(questionId, user, q => q.DeletedAt ??= Now, ct);

    public async Task<Result<MessageDeletedView>> DeleteMessageAsync(Guid messageId, ClaimsPrincipal user, CancellationToken ct)
    {
        var message = await db.Set<ChatMessage>().FirstOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null)
        {
            return LiveErrors.MessageNotFound;
        }

        var moderator = await ModerateAsync(message.EventId, user, ct);
        if (!moderator.IsSuccess)
        {
            return moderator.Error!;
        }

        message.Delete(user.UserId(), Now);
        await db.SaveChangesAsync(ct);
        return new MessageDeletedView(message.EventId, message.Id);
    }

    // --- muting ----------------------------------------------------------------------------------------------

    public async Task<Result<MuteView>> MuteAsync(Guid eventId, Guid personId, ClaimsPrincipal user, CancellationToken ct)
    {
        var moderator = await ModerateAsync(eventId, user, ct);
        if (!moderator.IsSuccess)
        {
            return moderator.Error!;
        }

        if (personId == user.UserId())
        {
            return LiveErrors.CannotMuteSelf;
        }

        if (moderator.Value.Event.Hosts.Any(h => h.UserId == personId))
        {
            return LiveErrors.CannotMuteHost;
        }

        if (!await db.Users.AnyAsync(u => u.Id == personId, ct))
        {
            return LiveErrors.PersonNotFound;
        }

        if (!await IsMutedAsync(eventId, personId, ct))
        {
            db.Add(new ChatMute(eventId, personId, user.UserId(), Now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another moderator muted them at the same moment.
                db.ChangeTracker.Clear();
                if (!await IsMutedAsync(eventId, personId, ct))
                {
                    throw;
                }
            }
        }

        return new MuteView(eventId, personId);
    }

    public async Task<Result<MuteView>> UnmuteAsync(Guid eventId, Guid personId, ClaimsPrincipal user, CancellationToken ct)
    {
        var moderator = await ModerateAsync(eventId, user, ct);
        if (!moderator.IsSuccess)
        {
            return moderator.Error!;
        }

        await db.Set<ChatMute>().Where(m => m.EventId == eventId && m.UserId == personId).ExecuteDeleteAsync(ct);
        return new MuteView(eventId, personId);
    }

    // --- polls -------------------------------------------------------------------------------------------------

    public async Task<Result<PollView>> CreatePollAsync(Guid eventId, string? question, IReadOnlyList<string?>? pollOptions, ClaimsPrincipal user, CancellationToken ct)
    {
        var moderator = await ModerateAsync(eventId, user, ct);
        if (!moderator.IsSuccess)
        {
            return moderator.Error!;
        }

        var checkedQuestion = LiveText.Check(question, LiveText.MaxPollQuestionLength);
        if (!checkedQuestion.IsSuccess)
        {
            return checkedQuestion.Error!;
        }

        var choices = new List<string>();
        foreach (var option in (pollOptions ?? []).Where(o => !string.IsNullOrWhiteSpace(o)))
        {
            var checkedOption = LiveText.Check(option, LiveText.MaxPollOptionLength);
            if (!checkedOption.IsSuccess)
            {
                return checkedOption.Error!;
            }

            choices.Add(checkedOption.Value);
        }

        if (choices.Count is < MinPollOptions or > MaxPollOptions)
        {
            return LiveErrors.PollOptionCount(MinPollOptions, MaxPollOptions);
        }

        if (choices.Distinct(StringComparer.CurrentCultureIgnoreCase).Count() != choices.Count)
        {
            return LiveErrors.PollOptionsRepeat;
        }

        var poll = new LivePoll(eventId, checkedQuestion.Value, choices, user.UserId(), Now);
        db.Add(poll);
        await db.SaveChangesAsync(ct);
        return ToView(poll, new int[choices.Count], myVote: null);
    }

    public async Task<Result<PollView>> ClosePollAsync(Guid pollId, ClaimsPrincipal user, CancellationToken ct)
    {
        var poll = await db.Set<LivePoll>().FirstOrDefaultAsync(p => p.Id == pollId, ct);
        if (poll is null)
        {
            return LiveErrors.PollNotFound;
        }

        var moderator = await ModerateAsync(poll.EventId, user, ct);
        if (!moderator.IsSuccess)
        {
            return moderator.Error!;
        }

        poll.ClosedAt ??= Now;
        await db.SaveChangesAsync(ct);
        return await PollViewAsync(pollId, voterId: null, ct) ?? throw new InvalidOperationException("Poll vanished.");
    }

    /// <summary>One choice per person: voting again replaces the earlier choice.</summary>
    public async Task<Result<PollView>> VoteAsync(Guid pollId, int option, ClaimsPrincipal user, CancellationToken ct)
    {
        var poll = await db.Set<LivePoll>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId, ct);
        if (poll is null)
        {
            return LiveErrors.PollNotFound;
        }

        var entered = await EnterToPostAsync(poll.EventId, user, ct);
        if (!entered.IsSuccess)
        {
            return entered.Error!;
        }

        if (poll.ClosedAt is not null)
        {
            return LiveErrors.PollClosed;
        }

        if (option < 0 || option >= poll.Options.Count)
        {
            return LiveErrors.NoSuchOption;
        }

        var userId = user.UserId();
        await RetryOnConflictAsync(async () =>
        {
            var vote = await db.Set<PollVote>().FirstOrDefaultAsync(v => v.PollId == pollId && v.UserId == userId, ct);
            if (vote is null)
            {
                db.Add(new PollVote(pollId, userId, option));
            }
            else
            {
                vote.Option = option;
            }

            await db.SaveChangesAsync(ct);
            return true;
        });
        return await PollViewAsync(pollId, userId, ct) ?? throw new InvalidOperationException("Poll vanished.");
    }

    // --- raised hands -----------------------------------------------------------------------------------------

    public async Task<Result<HandsView>> RaiseHandAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var entered = await EnterToPostAsync(eventId, user, ct);
        if (!entered.IsSuccess)
        {
            return entered.Error!;
        }

        var userId = user.UserId();
        if (!await db.Set<RaisedHand>().AnyAsync(h => h.EventId == eventId && h.UserId == userId, ct))
        {
            db.Add(new RaisedHand(eventId, userId, AuthorName(user), Now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Raised twice at once (two tabs): one row is what matters.
                db.ChangeTracker.Clear();
            }
        }

        return new HandsView(eventId, await HandsAsync(eventId, ct));
    }

    public async Task<Result<HandsView>> LowerHandAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var entered = await EnterAsync(eventId, user, ct);
        if (!entered.IsSuccess)
        {
            return entered.Error!;
        }

        var userId = user.UserId();
        await db.Set<RaisedHand>().Where(h => h.EventId == eventId && h.UserId == userId).ExecuteDeleteAsync(ct);
        return new HandsView(eventId, await HandsAsync(eventId, ct));
    }

    public async Task<Result<HandsView>> LowerHandOfAsync(Guid eventId, Guid personId, ClaimsPrincipal user, CancellationToken ct)
    {
        var moderator = await ModerateAsync(eventId, user, ct);
        if (!moderator.IsSuccess)
        {
            return moderator.Error!;
        }

        await db.Set<RaisedHand>().Where(h => h.EventId == eventId && h.UserId == personId).ExecuteDeleteAsync(ct);
        return new HandsView(eventId, await HandsAsync(eventId, ct));
    }

    // --- reads (for snapshots and coalesced broadcasts) --------------------------------------------------------

    /// <summary>Distinct signed-in people with a connection to the event's room on a live node (any node).</summary>
    public async Task<int> PresenceAsync(Guid eventId, CancellationToken ct)
    {
        var cutoff = Now - LiveTimings.NodeExpiry;
        return await db.Set<LiveConnection>().AsNoTracking()
            .Where(c => c.EventId == eventId && db.Set<LiveNode>().Any(n => n.Id == c.NodeId && n.SeenAt > cutoff))
            .Select(c => c.UserId)
            .Distinct()
            .CountAsync(ct);
    }

    public async Task<IReadOnlyList<HandView>> HandsAsync(Guid eventId, CancellationToken ct) =>
        await db.Set<RaisedHand>().AsNoTracking()
            .Where(h => h.EventId == eventId)
            .OrderBy(h => h.RaisedAt)
            .Select(h => new HandView(h.UserId, h.DisplayName, h.RaisedAt))
            .ToListAsync(ct);

    public async Task<QuestionView?> QuestionViewAsync(Guid questionId, CancellationToken ct)
    {
        var question = await db.Set<LiveQuestion>().AsNoTracking().FirstOrDefaultAsync(q => q.Id == questionId, ct);
        return question is null ? null : ToView(question);
    }

    public async Task<PollView?> PollViewAsync(Guid pollId, Guid? voterId, CancellationToken ct)
    {
        var poll = await db.Set<LivePoll>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId, ct);
        if (poll is null)
        {
            return null;
        }

        var votes = await db.Set<PollVote>().AsNoTracking()
            .Where(v => v.PollId == pollId)
            .GroupBy(v => v.Option)
            .Select(g => new { Option = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var counts = new int[poll.Options.Count];
        foreach (var vote in votes.Where(v => v.Option >= 0 && v.Option < counts.Length))
        {
            counts[vote.Option] = vote.Count;
        }

        int? myVote = voterId is null ? null
            : await db.Set<PollVote>().Where(v => v.PollId == pollId && v.UserId == voterId).Select(v => (int?)v.Option).FirstOrDefaultAsync(ct);
        return ToView(poll, counts, myVote);
    }

    private async Task<IReadOnlyList<QuestionView>> QuestionsAsync(Guid eventId, CancellationToken ct) =>
        await db.Set<LiveQuestion>().AsNoTracking()
            .Where(q => q.EventId == eventId && q.DeletedAt == null)
            .OrderByDescending(q => q.Upvotes).ThenBy(q => q.AskedAt)
            .Take(LiveTimings.MaxQuestions)
            .Select(q => new QuestionView(q.Id, q.EventId, q.UserId, q.AuthorName, q.Text, q.AskedAt, q.Upvotes, q.AnsweredAt != null, false, q.ClientId))
            .ToListAsync(ct);

    private async Task<IReadOnlyList<PollView>> PollsAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        var polls = await db.Set<LivePoll>().AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.OpenedAt).ToListAsync(ct);
        if (polls.Count == 0)
        {
            return [];
        }

        var ids = polls.Select(p => p.Id).ToList();
        var votes = await db.Set<PollVote>().AsNoTracking()
            .Where(v => ids.Contains(v.PollId))
            .GroupBy(v => new { v.PollId, v.Option })
            .Select(g => new { g.Key.PollId, g.Key.Option, Count = g.Count() })
            .ToListAsync(ct);
        var mine = await db.Set<PollVote>().AsNoTracking()
            .Where(v => ids.Contains(v.PollId) && v.UserId == userId)
            .ToDictionaryAsync(v => v.PollId, v => v.Option, ct);
        return polls.Select(poll =>
        {
            var counts = new int[poll.Options.Count];
            foreach (var vote in votes.Where(v => v.PollId == poll.Id && v.Option >= 0 && v.Option < counts.Length))
            {
                counts[vote.Option] = vote.Count;
            }

            return ToView(poll, counts, mine.TryGetValue(poll.Id, out var option) ? option : null);
        }).ToList();
    }

    // --- rules -------------------------------------------------------------------------------------------------

    /// <summary>Hosts, moderators and confirmed registrants enter; the role the browser claims is never trusted.</summary>
    private async Task<Result<EventAccessView>> EnterAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = await access.FindAsync(eventId, user, ct);
        if (view is null)
        {
            return WebinarErrors.EventNotFound;
        }

        return view.MayEnter && view.UserId is not null ? view : WebinarErrors.NotRegistered;
    }

    private async Task<Result<EventAccessView>> EnterToPostAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var entered = await EnterAsync(eventId, user, ct);
        return entered.IsSuccess && entered.Value.Event.IsCancelled ? WebinarErrors.Cancelled : entered;
    }

    private async Task<Result<EventAccessView>> ModerateAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var entered = await EnterAsync(eventId, user, ct);
        if (!entered.IsSuccess)
        {
            return entered.Error == WebinarErrors.NotRegistered ? WebinarErrors.NotModerator : entered;
        }

        return entered.Value.CanModerate ? entered : WebinarErrors.NotModerator;
    }

    /// <summary>
    /// A muted person may not post; anyone else who is not a host or moderator may post at most LivePostsPerMinute
    /// messages and questions a minute in one event, counted from the stored rows so that the limit holds across nodes.
    /// </summary>
    private async Task<Error?> RefusePostAsync(EventAccessView view, Guid userId, CancellationToken ct)
    {
        var eventId = view.Event.Id;
        if (await IsMutedAsync(eventId, userId, ct))
        {
            return WebinarErrors.Muted;
        }

        if (view.IsHost || view.CanModerate)
        {
            return null;
        }

        var since = Now - LiveTimings.PostWindow;
        var posts = await db.Set<ChatMessage>().CountAsync(m => m.EventId == eventId && m.UserId == userId && m.SentAt > since, ct)
            + await db.Set<LiveQuestion>().CountAsync(q => q.EventId == eventId && q.UserId == userId && q.AskedAt > since, ct);
        var limit = options.Value.LivePostsPerMinute;
        return posts >= limit ? LiveErrors.TooFast(limit) : null;
    }

    private async Task<Result<QuestionView>> ModerateQuestionAsync(Guid questionId, ClaimsPrincipal user, Action<LiveQuestion> change, CancellationToken ct)
    {
        var eventId = await EventOfQuestionAsync(questionId, ct);
        if (eventId is null)
        {
            return LiveErrors.QuestionNotFound;
        }

        var moderator = await ModerateAsync(eventId.Value, user, ct);
        if (!moderator.IsSuccess)
        {
            return moderator.Error!;
        }

        return await RetryOnConflictAsync(async () =>
        {
            var question = await db.Set<LiveQuestion>().FirstAsync(q => q.Id == questionId, ct);
            change(question);
            await db.SaveChangesAsync(ct);
            return ToView(question);
        });
    }

    /// <summary>Runs <paramref name="attempt"/> again when a concurrent change (an upvote, a double click on two nodes) got there first.</summary>
    private async Task<T> RetryOnConflictAsync<T>(Func<Task<T>> attempt)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException) when (tries < ConflictRetries)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Guid?> EventOfQuestionAsync(Guid questionId, CancellationToken ct) =>
        await db.Set<LiveQuestion>().Where(q => q.Id == questionId && q.DeletedAt == null).Select(q => (Guid?)q.EventId).FirstOrDefaultAsync(ct);

    private async Task<bool> IsMutedAsync(Guid eventId, Guid userId, CancellationToken ct) =>
        await db.Set<ChatMute>().AnyAsync(m => m.EventId == eventId && m.UserId == userId, ct);

    private async Task<ChatMessageView?> FindMessageAsync(Guid eventId, Guid userId, Guid clientId, CancellationToken ct) =>
        await db.Set<ChatMessage>().AsNoTracking()
            .Where(m => m.EventId == eventId && m.UserId == userId && m.ClientId == clientId)
            .Select(m => new ChatMessageView(m.Id, m.EventId, m.UserId, m.AuthorName, m.Text, m.SentAt, m.ClientId))
            .FirstOrDefaultAsync(ct);

    private async Task<QuestionView?> FindQuestionAsync(Guid eventId, Guid userId, Guid clientId, CancellationToken ct) =>
        await db.Set<LiveQuestion>().AsNoTracking()
            .Where(q => q.EventId == eventId && q.UserId == userId && q.ClientId == clientId)
            .Select(q => new QuestionView(q.Id, q.EventId, q.UserId, q.AuthorName, q.Text, q.AskedAt, q.Upvotes, q.AnsweredAt != null, q.DeletedAt != null, q.ClientId))
            .FirstOrDefaultAsync(ct);

    private static string AuthorName(ClaimsPrincipal user)
    {
        var name = user.DisplayName();
        return name.Length <= 200 ? name : name[..200];
    }

    private static ChatMessageView ToView(ChatMessage m) => new(m.Id, m.EventId, m.UserId, m.AuthorName, m.Text, m.SentAt, m.ClientId);

    private static QuestionView ToView(LiveQuestion q) =>
        new(q.Id, q.EventId, q.UserId, q.AuthorName, q.Text, q.AskedAt, q.Upvotes, q.AnsweredAt is not null, q.DeletedAt is not null, q.ClientId);

    private static PollView ToView(LivePoll poll, int[] counts, int? myVote) =>
        new(poll.Id, poll.EventId, poll.Question, poll.Options, counts, counts.Sum(), poll.ClosedAt is null, myVote);
}
