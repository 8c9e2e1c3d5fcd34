using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.People;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>
/// A graded attempt of a running campaign's quiz is the candidate's test result. Idempotent: the same attempt again
/// changes nothing; only the attempts the candidate is allowed count (one, plus granted retakes).
/// </summary>
internal sealed class RecordTestOnAttemptGraded(LounbDbContext db, IPeopleDirectory directory) : IIntegrationEventSubscriber<AttemptGraded>
{
    public async Task HandleAsync(AttemptGraded integrationEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var campaigns = db.Set<Campaign>().Where(c => c.QuizId == integrationEvent.QuizId && c.Status == CampaignStatus.Active).Select(c => c.Id);
        var candidates = await db.Set<Candidate>().Include(c => c.Events)
            .Where(c => campaigns.Contains(c.CampaignId) && (c.UserId == integrationEvent.UserId || c.UserId == null))
            .ToListAsync(ct);
        if (candidates.Any(c => c.UserId is null))
        {
            var email = (await directory.FindAsync(integrationEvent.UserId, ct))?.NormalizedEmail;
            candidates = candidates.Where(c => c.UserId == integrationEvent.UserId || (email is not null && c.NormalizedEmail == email)).ToList();
        }

        var changed = false;
        foreach (var candidate in candidates)
        {
            candidate.LinkTo(integrationEvent.UserId);
            changed |= candidate.RecordTest(integrationEvent.AttemptId, integrationEvent.Percent, integrationEvent.QuizPassed, integrationEvent.GradedAt);
        }

        if (changed || db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>Completing the course a «за умови» decision named meets that condition (once, however often the event comes).</summary>
internal sealed class MeetConditionOnCourseCompleted(LounbDbContext db) : IIntegrationEventSubscriber<CourseCompleted>
{
    public async Task HandleAsync(CourseCompleted integrationEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var pending = await db.Set<DecisionCondition>()
            .Where(c => c.CourseId == integrationEvent.CourseId && c.MetAt == null)
            .Join(db.Set<Decision>(), c => c.DecisionId, d => d.Id, (condition, decision) => new { condition, decision.CandidateId })
            .Join(db.Set<Candidate>().Where(c => c.UserId == integrationEvent.UserId), x => x.CandidateId, c => c.Id, (x, candidate) => x.condition)
            .ToListAsync(ct);
        if (pending.Count == 0)
        {
            return;
        }

        var candidateIds = await db.Set<Decision>().Where(d => pending.Select(p => p.DecisionId).Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.CandidateId, ct);
        var candidates = await db.Set<Candidate>().Include(c => c.Events).Where(c => candidateIds.Values.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        foreach (var condition in pending)
        {
            candidates[candidateIds[condition.DecisionId]].ConditionMet(condition, null, integrationEvent.CompletedAt);
        }

        await db.SaveChangesAsync(ct);
    }
}
