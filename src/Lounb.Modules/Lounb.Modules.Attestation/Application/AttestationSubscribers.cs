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
internal sealed class RecordTestOnAttemptGraded(LounbDbContext db, CandidateLinks links) : IIntegrationEventSubscriber<AttemptGraded>
{
    public async Task HandleAsync(AttemptGraded integrationEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var campaigns = db.Set<Campaign>().Where(c => c.QuizId == integrationEvent.QuizId && c.Status == CampaignStatus.Active).Select(c => c.Id);
        var candidates = await links.MatchAsync(db.Set<Candidate>().Where(c => campaigns.Contains(c.CampaignId)), integrationEvent.UserId, ct);
        var changed = false;
        foreach (var candidate in candidates)
        {
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

/// <summary>A handed-in questionnaire of a campaign is written in the candidate's record (once, however often the event comes).</summary>
internal sealed class RecordQuestionnaireOnSubmitted(LounbDbContext db, CandidateLinks links) : IIntegrationEventSubscriber<QuestionnaireSubmitted>
{
    public async Task HandleAsync(QuestionnaireSubmitted integrationEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var campaigns = db.Set<Campaign>().Where(c => c.QuestionnaireId == integrationEvent.QuestionnaireId && c.Status == CampaignStatus.Active).Select(c => c.Id);
        var candidates = await links.MatchAsync(db.Set<Candidate>().Where(c => campaigns.Contains(c.CampaignId)), integrationEvent.UserId, ct);
        foreach (var candidate in candidates)
        {
            candidate.RecordQuestionnaire(integrationEvent.SubmittedAt);
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>
/// A person confirmed the e-mail of their account: candidates imported under it become theirs, and the courses that
/// «за умови» decisions named while they had no account are enrolled now.
/// </summary>
internal sealed class LinkCandidatesOnAccountConfirmed(CandidateLinks links) : IIntegrationEventSubscriber<AccountConfirmed>
{
    public async Task HandleAsync(AccountConfirmed integrationEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await links.LinkAllAsync(integrationEvent.UserId, ct);
    }
}
