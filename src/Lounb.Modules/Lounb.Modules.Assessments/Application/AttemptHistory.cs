using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// <see cref="IAttemptHistory"/>: graded attempts with their percent, untracked. An attempt was graded when it was
/// submitted, or when its last essay was graded by hand later.
/// </summary>
internal sealed class AttemptHistory(LounbDbContext db) : IAttemptHistory
{
    public IAsyncEnumerable<GradedAttempt> GradedAttemptsAsync(CancellationToken ct) =>
        db.Set<Attempt>().AsNoTracking()
            .Where(a => a.State == AttemptState.Graded && a.Percent != null)
            .Select(a => new GradedAttempt(a.Id, a.QuizId, a.UserId, a.Percent!.Value,
                db.Set<AttemptSlot>().Where(s => s.AttemptId == a.Id).Max(s => s.GradedAt) ?? a.SubmittedAt ?? a.StartedAt))
            .AsAsyncEnumerable();
}
