using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

internal sealed record GradingQueueItem(Guid AttemptId, int Slot, Guid QuizId, string QuizTitle, string LearnerName, DateTime? SubmittedAt, string QuestionName);

internal sealed record RegradeSummary(int Attempts, int Changed);

/// <summary>Hand grading of essays with comments, and regrading a quiz's attempts after a question was corrected.</summary>
internal sealed class GradingService(LounbDbContext db, QuestionContentCache contents, AttemptFinalizer finalizer, QuizGrades grades, TimeProvider time)
{
    /// <param name="attempts">The attempts the grader may see (their quizzes, their oblasts' learners).</param>
    public async Task<IReadOnlyList<GradingQueueItem>> QueueAsync(IQueryable<Attempt> attempts, CancellationToken ct)
    {
        var rows = await db.Set<AttemptSlot>().AsNoTracking().Where(s => s.NeedsManualGrading)
            .Join(attempts, s => s.AttemptId, a => a.Id, (s, a) => new { s.AttemptId, s.Number, s.QuestionVersionId, a.QuizId, a.UserId, a.SubmittedAt })
            .Join(db.Set<Quiz>(), x => x.QuizId, q => q.Id, (x, q) => new { x.AttemptId, x.Number, x.QuestionVersionId, x.QuizId, q.Title, x.UserId, x.SubmittedAt })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.AttemptId, x.Number, x.QuestionVersionId, x.QuizId, x.Title, u.FullName, x.SubmittedAt })
            .OrderBy(x => x.SubmittedAt).Take(500).ToListAsync(ct);
        var versions = await contents.GetManyAsync(db, rows.Select(r => r.QuestionVersionId), ct);
        return rows.Select(r => new GradingQueueItem(r.AttemptId, r.Number, r.QuizId, r.Title, r.FullName, r.SubmittedAt, versions[r.QuestionVersionId].Name)).ToList();
    }

    public async Task<Result> GradeAsync(Guid graderId, IQueryable<Attempt> attempts, Guid attemptId, int slotNumber, decimal marks, string comment, CancellationToken ct)
    {
        var attempt = await attempts.Include(a => a.Slots).FirstOrDefaultAsync(a => a.Id == attemptId, ct);
        var slot = attempt?.Slots.FirstOrDefault(s => s.Number == slotNumber);
        if (attempt is null || slot is null)
        {
            return AssessmentErrors.AttemptNotFound;
        }

        if (attempt.State == AttemptState.InProgress)
        {
            return Error.Conflict("Спроба ще триває — оцінювати можна після завершення.");
        }

        var question = await contents.GetAsync(db, slot.QuestionVersionId, ct);
        if (question is null || !question.IsManuallyGraded)
        {
            return AssessmentErrors.NotManuallyGraded;
        }

        if (marks < 0 || marks > slot.Mark)
        {
            return AssessmentErrors.MarkOutOfRange;
        }

        slot.Fraction = slot.Mark == 0 ? 0m : Math.Round(marks / slot.Mark, 7);
        slot.GraderComment = comment.Trim().Length == 0 ? null : comment.Trim()[..Math.Min(comment.Trim().Length, 4000)];
        slot.GradedBy = graderId;
        slot.GradedAt = time.GetUtcNow().UtcDateTime;
        slot.NeedsManualGrading = false;
        AttemptFinalizer.ScoreIfComplete(attempt);
        await db.SaveChangesAsync(ct);
        await grades.UpdateAsync(attempt.QuizId, attempt.UserId, attempt, ct);
        return Result.Success();
    }

    /// <summary>
    /// Regrades every finished attempt of a quiz. With <paramref name="useLatestVersions"/>, each slot first moves to the
    /// newest version of its question (the answer keeps its meaning because choice and pair ids survive edits).
    /// </summary>
    /// <remarks>
    /// Only a grader whose scope owns the quiz (national graders for national quizzes) may, since it changes other
    /// oblasts' grades too; for anyone else the quiz does not exist and nothing changes.
    /// </remarks>
    public async Task<Result<RegradeSummary>> RegradeAsync(AccessScope scope, Guid quizId, bool useLatestVersions, CancellationToken ct)
    {
        var owner = await db.Set<Quiz>().AsNoTracking().Where(q => q.Id == quizId).Select(q => new { q.OwnerOblastCode }).FirstOrDefaultAsync(ct);
        if (owner is null || !scope.Allows(owner.OwnerOblastCode))
        {
            return AssessmentErrors.QuizNotFound;
        }

        var attemptIds = await db.Set<Attempt>().AsNoTracking().Where(a => a.QuizId == quizId && a.State != AttemptState.InProgress)
            .OrderBy(a => a.StartedAt).Select(a => a.Id).ToListAsync(ct);
        var latest = useLatestVersions ? await LatestVersionsAsync(ct) : [];
        var changed = 0;
        foreach (var attemptId in attemptIds)
        {
            var attempt = await db.Set<Attempt>().Include(a => a.Slots).FirstAsync(a => a.Id == attemptId, ct);
            var before = attempt.Percent;
            foreach (var slot in attempt.Slots)
            {
                if (latest.TryGetValue(slot.QuestionVersionId, out var newest))
                {
                    slot.QuestionVersionId = newest;
                }
            }

            await finalizer.GradeAsync(attempt, ct);
            await db.SaveChangesAsync(ct);
            if (attempt.Percent != before)
            {
                changed++;
            }

            await grades.UpdateAsync(attempt.QuizId, attempt.UserId, attempt, ct);
            db.ChangeTracker.Clear();
        }

        return new RegradeSummary(attemptIds.Count, changed);
    }

    /// <summary>Every version id → the current version of its question.</summary>
    private async Task<Dictionary<Guid, Guid>> LatestVersionsAsync(CancellationToken ct) =>
        await db.Set<QuestionVersion>().AsNoTracking()
            .Join(db.Set<Question>(), v => v.QuestionId, q => q.Id, (v, q) => new { v.Id, q.CurrentVersionId })
            .Where(x => x.Id != x.CurrentVersionId)
            .ToDictionaryAsync(x => x.Id, x => x.CurrentVersionId, ct);
}
