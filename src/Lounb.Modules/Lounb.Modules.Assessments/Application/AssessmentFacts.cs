using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// <see cref="IAssessmentFacts"/>: final grades and graded attempts with their percent, untracked. An attempt was graded
/// when it was submitted, or when its last essay was graded by hand later.
/// </summary>
internal sealed class AssessmentFacts(LounbDbContext db) : IAssessmentFacts
{
    public IQueryable<QuizGradeFact> Grades =>
        db.Set<QuizGrade>().AsNoTracking().Select(g => new QuizGradeFact { QuizId = g.QuizId, UserId = g.UserId, Percent = g.Percent, Passed = g.Passed });

    public IAsyncEnumerable<GradedAttempt> GradedAttemptsAsync(CancellationToken ct) =>
        db.Set<Attempt>().AsNoTracking()
            .Where(a => a.State == AttemptState.Graded && a.Percent != null)
            .Select(a => new GradedAttempt(a.Id, a.QuizId, a.UserId, a.Percent!.Value,
                db.Set<AttemptSlot>().Where(s => s.AttemptId == a.Id).Max(s => s.GradedAt) ?? a.SubmittedAt ?? a.StartedAt))
            .AsAsyncEnumerable();
}
