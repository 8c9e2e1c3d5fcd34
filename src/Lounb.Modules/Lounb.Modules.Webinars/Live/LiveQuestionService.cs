using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Live;

/// <summary>Questions to the speakers: asking (once per client id), one upvote each, a moderator marks them answered or deletes them.</summary>
internal sealed class LiveQuestionService(LounbDbContext db, LiveRoomRules rules)
{
    public async Task<Result<Posted<QuestionView>>> AskQuestionAsync(Guid eventId, Guid? clientId, string? text, ClaimsPrincipal user, CancellationToken ct) =>
        await rules.PostOnceAsync(
            eventId, clientId, text, user, (userId, client) => FindAsync(eventId, userId, client, ct),
            (userId, checkedText) => new LiveQuestion(eventId, userId, LiveRoomRules.AuthorName(user), checkedText, rules.Now, clientId), ToView, ct);

    /// <summary>One upvote per person: a second one changes nothing.</summary>
    public async Task<Result<QuestionView>> UpvoteAsync(Guid questionId, ClaimsPrincipal user, CancellationToken ct)
    {
        var eventId = await EventOfQuestionAsync(questionId, ct);
        if (eventId is null)
        {
            return WebinarErrors.QuestionNotFound;
        }

        if ((await rules.EnterToPostAsync(eventId.Value, user, ct)).Failed(out var error))
        {
            return error;
        }

        var userId = user.UserId();
        return await rules.RetryOnConflictAsync(async () =>
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
        await ModerateAsync(questionId, user, q => q.AnsweredAt ??= rules.Now, ct);

    public async Task<Result<QuestionView>> DeleteQuestionAsync(Guid questionId, ClaimsPrincipal user, CancellationToken ct) =>
        await ModerateAsync(questionId, user, q => q.DeletedAt ??= rules.Now, ct);

    public async Task<QuestionView?> QuestionViewAsync(Guid questionId, CancellationToken ct)
    {
        var question = await db.Set<LiveQuestion>().AsNoTracking().FirstOrDefaultAsync(q => q.Id == questionId, ct);
        return question is null ? null : ToView(question);
    }

    /// <summary>The questions not deleted, most upvoted first.</summary>
    public async Task<IReadOnlyList<QuestionView>> ListAsync(Guid eventId, CancellationToken ct) =>
        await db.Set<LiveQuestion>().AsNoTracking()
            .Where(q => q.EventId == eventId && q.DeletedAt == null)
            .OrderByDescending(q => q.Upvotes).ThenBy(q => q.AskedAt)
            .Take(LiveTimings.MaxQuestions)
            .Select(q => new QuestionView(q.Id, q.EventId, q.UserId, q.AuthorName, q.Text, q.AskedAt, q.Upvotes, q.AnsweredAt != null, false, q.ClientId))
            .ToListAsync(ct);

    /// <summary>The questions of the event the person upvoted.</summary>
    public async Task<IReadOnlyList<Guid>> UpvotedByAsync(Guid eventId, Guid userId, CancellationToken ct) =>
        await db.Set<QuestionVote>().AsNoTracking()
            .Where(v => v.UserId == userId && db.Set<LiveQuestion>().Any(q => q.Id == v.QuestionId && q.EventId == eventId))
            .Select(v => v.QuestionId)
            .ToListAsync(ct);

    private async Task<Result<QuestionView>> ModerateAsync(Guid questionId, ClaimsPrincipal user, Action<LiveQuestion> change, CancellationToken ct)
    {
        var eventId = await EventOfQuestionAsync(questionId, ct);
        if (eventId is null)
        {
            return WebinarErrors.QuestionNotFound;
        }

        if ((await rules.ModerateAsync(eventId.Value, user, ct)).Failed(out var error))
        {
            return error;
        }

        return await rules.RetryOnConflictAsync(async () =>
        {
            var question = await db.Set<LiveQuestion>().FirstAsync(q => q.Id == questionId, ct);
            change(question);
            await db.SaveChangesAsync(ct);
            return ToView(question);
        });
    }

    private async Task<Guid?> EventOfQuestionAsync(Guid questionId, CancellationToken ct) =>
        await db.Set<LiveQuestion>().Where(q => q.Id == questionId && q.DeletedAt == null).Select(q => (Guid?)q.EventId).FirstOrDefaultAsync(ct);

    private async Task<QuestionView?> FindAsync(Guid eventId, Guid userId, Guid clientId, CancellationToken ct) =>
        await db.Set<LiveQuestion>().AsNoTracking()
            .Where(q => q.EventId == eventId && q.UserId == userId && q.ClientId == clientId)
            .Select(q => new QuestionView(q.Id, q.EventId, q.UserId, q.AuthorName, q.Text, q.AskedAt, q.Upvotes, q.AnsweredAt != null, q.DeletedAt != null, q.ClientId))
            .FirstOrDefaultAsync(ct);

    private static QuestionView ToView(LiveQuestion q) =>
        new(q.Id, q.EventId, q.UserId, q.AuthorName, q.Text, q.AskedAt, q.Upvotes, q.AnsweredAt is not null, q.DeletedAt is not null, q.ClientId);
}
