using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Live;

/// <summary>Polls a moderator opens and closes during the session; one choice per person, results live.</summary>
internal sealed class LivePollService(LounbDbContext db, LiveRoomRules rules)
{
    public async Task<Result<PollView>> CreatePollAsync(Guid eventId, string? question, IReadOnlyList<string?>? pollOptions, ClaimsPrincipal user, CancellationToken ct)
    {
        if ((await rules.ModerateAsync(eventId, user, ct)).Failed(out var error))
        {
            return error;
        }

        var checkedPoll = PollInput.Check(question, pollOptions);
        if (!checkedPoll.Succeeded(out var poll, out var refusal))
        {
            return refusal;
        }

        var created = new LivePoll(eventId, poll.Question, poll.Options, user.UserId(), rules.Now);
        db.Add(created);
        await db.SaveChangesAsync(ct);
        return ToView(created, new int[poll.Options.Count], myVote: null);
    }

    public async Task<Result<PollView>> ClosePollAsync(Guid pollId, ClaimsPrincipal user, CancellationToken ct)
    {
        var poll = await db.Set<LivePoll>().FirstOrDefaultAsync(p => p.Id == pollId, ct);
        if (poll is null)
        {
            return WebinarErrors.PollNotFound;
        }

        if ((await rules.ModerateAsync(poll.EventId, user, ct)).Failed(out var error))
        {
            return error;
        }

        poll.ClosedAt ??= rules.Now;
        await db.SaveChangesAsync(ct);
        return await PollViewAsync(pollId, voterId: null, ct) ?? throw new InvalidOperationException("Poll vanished.");
    }

    /// <summary>One choice per person: voting again replaces the earlier choice.</summary>
    public async Task<Result<PollView>> VoteAsync(Guid pollId, int option, ClaimsPrincipal user, CancellationToken ct)
    {
        var poll = await db.Set<LivePoll>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId, ct);
        if (poll is null)
        {
            return WebinarErrors.PollNotFound;
        }

        if ((await rules.EnterToPostAsync(poll.EventId, user, ct)).Failed(out var error))
        {
            return error;
        }

        if (poll.ClosedAt is not null)
        {
            return WebinarErrors.PollClosed;
        }

        if (option < 0 || option >= poll.Options.Count)
        {
            return WebinarErrors.NoSuchOption;
        }

        var userId = user.UserId();
        await rules.RetryOnConflictAsync(async () =>
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

    /// <summary>The event's polls in the order they opened, with the person's own choices.</summary>
    public async Task<IReadOnlyList<PollView>> PollsAsync(Guid eventId, Guid userId, CancellationToken ct)
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

    private static PollView ToView(LivePoll poll, int[] counts, int? myVote) =>
        new(poll.Id, poll.EventId, poll.Question, poll.Options, counts, counts.Sum(), poll.ClosedAt is null, myVote);
}
