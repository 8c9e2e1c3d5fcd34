using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>
/// «Моя атестація»: a person sees only their own candidacies (matched to their account by e-mail the first time) and
/// appeals a decision within the campaign's window. Another person's candidacy does not exist for them.
/// </summary>
internal sealed class MyAttestationService(LounbDbContext db, CandidateLinks links, LocalTime localTime, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<MyAttestation>> MineAsync(Guid userId, CancellationToken ct)
    {
        await links.LinkAllAsync(userId, ct);
        var now = Now;
        var mine = await db.Set<Candidate>().AsNoTracking().Where(c => c.UserId == userId)
            .Join(db.Set<Campaign>().AsNoTracking().Where(c => c.Status != CampaignStatus.Draft), c => c.CampaignId, c => c.Id, (candidate, campaign) => new { candidate, campaign })
            .ToListAsync(ct);
        var ids = mine.Select(m => m.candidate.Id).ToList();
        var decisions = (await db.Set<Decision>().AsNoTracking().Include(d => d.Conditions).Where(d => ids.Contains(d.CandidateId)).ToListAsync(ct))
            .GroupBy(d => d.CandidateId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Round)!);
        var filled = (await db.Set<CandidateEvent>().AsNoTracking()
            .Where(e => ids.Contains(e.CandidateId) && e.Kind == CandidateEventKind.QuestionnaireSubmitted).Select(e => e.CandidateId).ToListAsync(ct)).ToHashSet();
        return mine
            .OrderByDescending(m => m.campaign.CreatedAt)
            .Select(m =>
            {
                var candidate = m.candidate;
                var told = candidate.Step >= CandidateStep.Notified;
                var deadline = candidate.AppealDeadline(m.campaign.AppealDays);
                return new MyAttestation(candidate.Id, m.campaign.Name, m.campaign.OrderNumber, m.campaign.OrderDate, candidate.Step, candidate.TestPercent,
                    m.campaign.IsTestOpen(now) && candidate.Step == CandidateStep.Invited && m.campaign.QuizId is not null ? true : false,
                    told ? decisions.GetValueOrDefault(candidate.Id) : null,
                    deadline, candidate.Step == CandidateStep.Notified && now <= deadline, candidate.AppealText)
                {
                    TestClosesAt = m.campaign.TestClosesAt,
                    InterviewAt = candidate.InterviewAt,
                    InterviewPlace = candidate.InterviewPlace,
                    QuestionnaireFilled = filled.Contains(candidate.Id),
                    QuestionnaireToFill = filled.Contains(candidate.Id) ? null : QuestionnaireOpen(m.campaign, candidate.Step),
                };
            })
            .ToList();
    }

    /// <summary>The quiz of the candidate's campaign while its test is open for them; otherwise null.</summary>
    public async Task<Guid?> OpenTestAsync(Guid userId, Guid candidateId, CancellationToken ct)
    {
        var found = await db.Set<Candidate>().AsNoTracking().Where(c => c.Id == candidateId && c.UserId == userId)
            .Join(db.Set<Campaign>().AsNoTracking(), c => c.CampaignId, c => c.Id, (candidate, campaign) => new { candidate.Step, campaign })
            .FirstOrDefaultAsync(ct);
        return found is not null && found.Step == CandidateStep.Invited && found.campaign.IsTestOpen(Now) ? found.campaign.QuizId : null;
    }

    /// <summary>The campaign's questionnaire while the candidate may fill it (the campaign runs, no final decision yet); otherwise null.</summary>
    public async Task<Guid?> OpenQuestionnaireAsync(Guid userId, Guid candidateId, CancellationToken ct)
    {
        var found = await db.Set<Candidate>().AsNoTracking().Where(c => c.Id == candidateId && c.UserId == userId)
            .Join(db.Set<Campaign>().AsNoTracking(), c => c.CampaignId, c => c.Id, (candidate, campaign) => new { candidate.Step, campaign })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : QuestionnaireOpen(found.campaign, found.Step);
    }

    private static Guid? QuestionnaireOpen(Campaign campaign, CandidateStep step) =>
        campaign.Status == CampaignStatus.Active && step != CandidateStep.Final ? campaign.QuestionnaireId : null;

    public async Task<Result> AppealAsync(Guid userId, Guid candidateId, string? text, CancellationToken ct)
    {
        var candidate = await db.Set<Candidate>().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == candidateId && c.UserId == userId, ct);
        if (candidate is null)
        {
            return AttestationErrors.CandidateNotFound;
        }

        var appealDays = await db.Set<Campaign>().Where(c => c.Id == candidate.CampaignId).Select(c => c.AppealDays).FirstAsync(ct);
        if (candidate.Appeal(text, userId, appealDays, Now, localTime.Format).Failed(out var error))
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
