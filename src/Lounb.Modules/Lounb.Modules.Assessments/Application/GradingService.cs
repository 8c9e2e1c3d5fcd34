using System.Text.Json;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

internal sealed record GradingQueueItem(Guid AttemptId, int Slot, Guid QuizId, string QuizTitle, string LearnerName, DateTime? SubmittedAt, string QuestionName);

internal sealed record RegradeSummary(int Attempts, int Changed);

/// <summary>One essay to grade, as its page shows it.</summary>
internal sealed class GradePage
{
    public required GradingQueueItem Item { get; init; }

    public required string QuestionHtml { get; init; }

    public required string GraderInfoHtml { get; init; }

    public required string Essay { get; init; }

    public required decimal MaxMark { get; init; }

    /// <summary>The mark a grader gave before; <c>null</c> while the essay waits.</summary>
    public decimal? GivenMark { get; init; }

    /// <summary>The mark as the form shows it: as typed when it was refused, otherwise <see cref="GivenMark"/>.</summary>
    public string? Marks { get; set; }

    public string? Comment { get; set; }

    public int Remaining { get; init; }
}

/// <summary>
/// Hand grading of essays with comments, and regrading a quiz's attempts after a question was corrected. A grader
/// sees the attempts <see cref="AttemptScope.GradableAttempts"/> gives their grade scope.
/// </summary>
internal sealed class GradingService(
    LounbDbContext db, IPeopleDirectory people, AttemptScope attemptScope, QuestionContentCache contents, QuestionTextRenderer renderer,
    AttemptFinalizer finalizer, QuizGrades grades, TimeProvider time)
{
    public async Task<IReadOnlyList<GradingQueueItem>> QueueAsync(AccessScope gradeScope, CancellationToken ct)
    {
        var rows = await db.Set<AttemptSlot>().AsNoTracking().Where(s => s.NeedsManualGrading)
            .Join(attemptScope.GradableAttempts(gradeScope), s => s.AttemptId, a => a.Id, (s, a) => new { s.AttemptId, s.Number, s.QuestionVersionId, a.QuizId, a.UserId, a.SubmittedAt })
            .Join(db.Set<Quiz>(), x => x.QuizId, q => q.Id, (x, q) => new { x.AttemptId, x.Number, x.QuestionVersionId, x.QuizId, q.Title, x.UserId, x.SubmittedAt })
            .Join(people.People, x => x.UserId, p => p.Id, (x, p) => new { x.AttemptId, x.Number, x.QuestionVersionId, x.QuizId, x.Title, p.FullName, x.SubmittedAt })
            .OrderBy(x => x.SubmittedAt).Take(500).ToListAsync(ct);
        var versions = await contents.GetManyAsync(db, rows.Select(r => r.QuestionVersionId), ct);
        return rows.Select(r => new GradingQueueItem(r.AttemptId, r.Number, r.QuizId, r.Title, r.FullName, r.SubmittedAt, versions[r.QuestionVersionId].Name)).ToList();
    }

    /// <summary>The essay in slot <paramref name="slotNumber"/> of an attempt the grader may see; <c>null</c> when there is none.</summary>
    public async Task<GradePage?> PageAsync(AccessScope gradeScope, Guid attemptId, int slotNumber, CancellationToken ct)
    {
        var attempts = attemptScope.GradableAttempts(gradeScope);
        var row = await db.Set<AttemptSlot>().AsNoTracking().Where(s => s.AttemptId == attemptId && s.Number == slotNumber)
            .Join(attempts, s => s.AttemptId, a => a.Id,
                (s, a) => new { s.QuestionVersionId, s.Mark, s.Response, s.Fraction, s.GraderComment, a.QuizId, a.UserId, a.SubmittedAt })
            .Join(db.Set<Quiz>(), x => x.QuizId, q => q.Id, (x, q) => new { x.QuestionVersionId, x.Mark, x.Response, x.Fraction, x.GraderComment, x.QuizId, x.UserId, x.SubmittedAt, q.Title })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var question = await contents.GetAsync(db, row.QuestionVersionId, ct);
        if (question is null || !question.IsManuallyGraded)
        {
            return null;
        }

        var learner = await people.People.Where(p => p.Id == row.UserId).Select(p => p.FullName).FirstAsync(ct);
        var remaining = await db.Set<AttemptSlot>().CountAsync(s => s.NeedsManualGrading && attempts.Any(a => a.Id == s.AttemptId), ct);
        return new GradePage
        {
            Item = new GradingQueueItem(attemptId, slotNumber, row.QuizId, row.Title, learner, row.SubmittedAt, question.Name),
            QuestionHtml = renderer.Render(question.Text, question.Format, row.QuestionVersionId),
            GraderInfoHtml = renderer.Render(question.GraderInfo, question.Format, row.QuestionVersionId),
            Essay = EssayText(row.Response),
            MaxMark = row.Mark,
            GivenMark = row.Fraction is { } fraction ? Math.Round(fraction * row.Mark, 4) : null,
            Comment = row.GraderComment,
            Remaining = remaining,
        };
    }

    public async Task<Result> GradeAsync(Guid graderId, AccessScope gradeScope, Guid attemptId, int slotNumber, decimal marks, string comment, CancellationToken ct)
    {
        var attempt = await attemptScope.GradableAttempts(gradeScope).Include(a => a.Slots).FirstOrDefaultAsync(a => a.Id == attemptId, ct);
        var slot = attempt?.Slots.FirstOrDefault(s => s.Number == slotNumber);
        if (attempt is null || slot is null)
        {
            return AssessmentErrors.AttemptNotFound;
        }

        if (attempt.State == AttemptState.InProgress)
        {
            return AssessmentErrors.AttemptInProgress;
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
        slot.GraderComment = comment.Trim().Length == 0 ? null : AssessmentLimits.Cut(comment.Trim(), AssessmentLimits.GraderCommentLength);
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

    private static string EssayText(string? responseJson)
    {
        if (string.IsNullOrEmpty(responseJson))
        {
            return "";
        }

        try
        {
            return JsonSerializer.Deserialize<string>(responseJson) ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
