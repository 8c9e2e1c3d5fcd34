using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>Keeps each person's quiz grade by the quiz's method and tells other modules: <see cref="AttemptGraded"/>, and <see cref="QuizPassed"/> once.</summary>
internal sealed class QuizGrades(LounbDbContext db, IIntegrationEventPublisher events, TimeProvider time)
{
    public async Task UpdateAsync(Guid quizId, Guid userId, Attempt changed, CancellationToken ct)
    {
        if (changed.State != AttemptState.Graded)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var quiz = await db.Set<Quiz>().AsNoTracking().Where(q => q.Id == quizId).Select(q => new { q.Title, q.GradingMethod, q.PassPercent }).FirstAsync(ct);
        var percents = await db.Set<Attempt>().AsNoTracking()
            .Where(a => a.QuizId == quizId && a.UserId == userId && a.State == AttemptState.Graded)
            .OrderBy(a => a.Number).Select(a => a.Percent!.Value).ToListAsync(ct);
        var final = FinalGrade.Compute(quiz.GradingMethod, percents)!.Value;
        var grade = await db.Set<QuizGrade>().FirstOrDefaultAsync(g => g.QuizId == quizId && g.UserId == userId, ct);
        if (grade is null)
        {
            grade = new QuizGrade(quizId, userId);
            db.Add(grade);
        }

        grade.Percent = final;
        grade.Passed = final >= quiz.PassPercent;
        grade.UpdatedAt = now;
        var firstPass = grade.Passed && grade.PassedAt is null;
        if (firstPass)
        {
            grade.PassedAt = now;
        }

        // The events are saved with the grade (the outbox): both are committed, or neither.
        await events.PublishAsync(new AttemptGraded(changed.Id, quizId, userId, changed.Number, changed.Percent!.Value, final, grade.Passed, now), ct);
        if (firstPass)
        {
            await events.PublishAsync(new QuizPassed(quizId, userId, quiz.Title, final, now, changed.LessonId), ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two attempts of the same person graded at once created the row twice; the other one recorded the grade (and its events).
            db.ChangeTracker.Clear();
        }
    }
}
