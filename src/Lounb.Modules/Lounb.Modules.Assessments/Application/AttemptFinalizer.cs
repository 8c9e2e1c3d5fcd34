using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// Submits and grades attempts. Submitting first claims the attempt by moving it out of "in progress" inside a
/// transaction: on PostgreSQL that update waits for every answer save in flight (a save holds a share lock on the
/// attempt row) and every later save sees the attempt finished, so no acknowledged answer is left ungraded.
/// Two nodes submitting the same overdue attempt: one claims it, the other finds nothing to do. A questionnaire's
/// attempt is not graded: it ends <see cref="AttemptState.Submitted"/> and <see cref="QuestionnaireSubmitted"/> is told.
/// </summary>
internal sealed class AttemptFinalizer(
    LounbDbContext db, QuestionContentCache contents, QuizGrades grades, IIntegrationEventPublisher events, IOptions<AssessmentsOptions> options, TimeProvider time)
{
    /// <summary>The learner finishes their own attempt; anyone else's is not found.</summary>
    /// <returns>False when the attempt was no longer in progress (already submitted).</returns>
    public async Task<Result<bool>> SubmitOwnAsync(Guid userId, Guid attemptId, CancellationToken ct)
    {
        if (!await db.Set<Attempt>().AnyAsync(a => a.Id == attemptId && a.UserId == userId, ct))
        {
            return AssessmentErrors.AttemptNotFound;
        }

        return await SubmitAsync(attemptId, automatic: false, ct);
    }

    /// <returns>False when the attempt was not in progress (already submitted by someone else).</returns>
    public async Task<bool> SubmitAsync(Guid attemptId, bool automatic, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        Attempt attempt;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var claimed = await db.Set<Attempt>().Where(a => a.Id == attemptId && a.State == AttemptState.InProgress)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.State, AttemptState.NeedsGrading).SetProperty(a => a.SubmittedAt, now).SetProperty(a => a.AutoSubmitted, automatic), ct);
            if (claimed == 0)
            {
                return false;
            }

            attempt = await db.Set<Attempt>().Include(a => a.Slots).FirstAsync(a => a.Id == attemptId, ct);
            if (await db.Set<Quiz>().Where(q => q.Id == attempt.QuizId).Select(q => q.IsQuestionnaire).FirstAsync(ct))
            {
                // Saved with the attempt (the outbox): both are committed, or neither.
                attempt.State = AttemptState.Submitted;
                await events.PublishAsync(new QuestionnaireSubmitted(attempt.Id, attempt.QuizId, attempt.UserId, now), ct);
            }
            else
            {
                await GradeAsync(attempt, ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await grades.UpdateAsync(attempt.QuizId, attempt.UserId, attempt, ct);
        return true;
    }

    /// <summary>Submits the attempt when its deadline and the grace after it have passed.</summary>
    /// <returns>True when the attempt is (now) finished.</returns>
    public async Task<bool> FinalizeIfOverdueAsync(Guid attemptId, CancellationToken ct)
    {
        var info = await db.Set<Attempt>().AsNoTracking().Where(a => a.Id == attemptId).Select(a => new { a.State, a.DeadlineAt }).FirstOrDefaultAsync(ct);
        if (info is null || info.State != AttemptState.InProgress)
        {
            return true;
        }

        if (info.DeadlineAt is { } deadline && deadline < options.Value.SaveCutoff(time.GetUtcNow().UtcDateTime))
        {
            await SubmitAsync(attemptId, automatic: true, ct);
            return true;
        }

        return false;
    }

    /// <summary>Submits every attempt whose deadline and grace have passed (the browser may be long gone).</summary>
    public async Task<int> SubmitOverdueAsync(CancellationToken ct)
    {
        var cutoff = options.Value.SaveCutoff(time.GetUtcNow().UtcDateTime);
        var overdue = await db.Set<Attempt>().AsNoTracking()
            .Where(a => a.State == AttemptState.InProgress && a.DeadlineAt != null && a.DeadlineAt < cutoff)
            .OrderBy(a => a.DeadlineAt).Select(a => a.Id).Take(500).ToListAsync(ct);
        var submitted = 0;
        foreach (var id in overdue)
        {
            if (await SubmitAsync(id, automatic: true, ct))
            {
                submitted++;
            }

            db.ChangeTracker.Clear();
        }

        return submitted;
    }

    /// <summary>Grades every slot not graded by a person, then the attempt's score when nothing waits for a grader.</summary>
    internal async Task GradeAsync(Attempt attempt, CancellationToken ct)
    {
        var versions = await contents.GetManyAsync(db, attempt.Slots.Select(s => s.QuestionVersionId), ct);
        foreach (var slot in attempt.Slots)
        {
            var question = versions[slot.QuestionVersionId];
            if (question.IsManuallyGraded)
            {
                slot.NeedsManualGrading = slot.GradedAt is null && !string.IsNullOrWhiteSpace(slot.Response) && slot.Response != "\"\"";
                if (slot.GradedAt is null && !slot.NeedsManualGrading)
                {
                    slot.Fraction = 0m;
                }

                continue;
            }

            slot.Fraction = QuestionGrader.Grade(question, slot.Response).Fraction;
        }

        ScoreIfComplete(attempt);
    }

    internal static void ScoreIfComplete(Attempt attempt)
    {
        if (attempt.State == AttemptState.InProgress)
        {
            return;
        }

        if (attempt.Slots.Any(s => s.Fraction is null))
        {
            attempt.State = AttemptState.NeedsGrading;
            attempt.Score = null;
            attempt.Percent = null;
            return;
        }

        attempt.State = AttemptState.Graded;
        attempt.Score = attempt.Slots.Sum(s => s.Mark * s.Fraction!.Value);
        attempt.Percent = attempt.MaxScore == 0 ? 100m : Math.Round(100m * attempt.Score.Value / attempt.MaxScore, 3, MidpointRounding.AwayFromZero);
    }
}
