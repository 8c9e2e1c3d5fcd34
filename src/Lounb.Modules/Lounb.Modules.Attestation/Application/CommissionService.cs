using System.Security.Claims;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Attestation.Contracts;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>
/// What the commission does on one candidate: the secretary (or the chair) writes the interview notes, presence and
/// each member's vote, grants a retake, tells the candidate of the decision and makes it final.
/// </summary>
internal sealed class CommissionService(
    LounbDbContext db, CampaignAccess access, IPeopleDirectory directory, LinkableItems linkable, IEmailSender email, IAuditLog audit,
    ConditionCourses courses, IEnumerable<IDrawnTests> tests, LocalTime localTime, TimeProvider time, IIntegrationEventPublisher events)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>A candidate's page for the campaign's methodologists and commission; 404 for anyone else.</summary>
    public async Task<Result<CandidatePage>> PageAsync(ClaimsPrincipal user, AccessScope scope, Guid campaignId, Guid candidateId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.UserId();
        if (!(await access.ReachAsync(scope, userId, campaignId, track: false, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var candidate = await db.Set<Candidate>().AsNoTracking().Include(c => c.Events)
            .FirstOrDefaultAsync(c => c.Id == candidateId && c.CampaignId == campaignId, ct);
        if (candidate is null)
        {
            return AttestationErrors.CandidateNotFound;
        }

        var decisions = await db.Set<Decision>().AsNoTracking().Include(d => d.Votes).Include(d => d.Conditions)
            .Where(d => d.CandidateId == candidateId).OrderBy(d => d.Round).ToListAsync(ct);
        var library = await directory.Libraries.Where(l => l.Id == candidate.LibraryId).Select(l => l.Name).FirstOrDefaultAsync(ct) ?? "—";
        var ids = reach.Commission.Members.Select(m => m.UserId)
            .Concat(candidate.Events.Select(e => e.ById).OfType<Guid>())
            .Concat(decisions.SelectMany(d => d.Votes.Select(v => v.MemberUserId)))
            .Distinct().ToList();
        var names = await directory.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var members = reach.Commission.Members
            .Select(m => new MemberRow(m.Id, m.UserId, names.GetValueOrDefault(m.UserId, "—"), null, m.Role))
            .OrderBy(m => m.Role).ThenBy(m => m.FullName, StringComparer.Ordinal).ToList();
        var records = reach.Records && reach.Campaign.Status != CampaignStatus.Closed;
        return new CandidatePage(reach.Campaign, candidate, library, members, decisions, names, records, records ? await linkable.ListAsync(ReferenceKinds.Course, user, ct) : []);
    }

    public Task<Result> RecordInterviewAsync(Guid userId, Guid campaignId, Guid candidateId, string? notes, CancellationToken ct) =>
        ChangeAsync(userId, campaignId, candidateId, (_, candidate) => candidate.RecordInterview(notes, userId, Now), ct);

    /// <summary>The retake counts here and, in the assessment engine, lets the person start one more attempt of the campaign's quiz.</summary>
    public async Task<Result> GrantRetakeAsync(Guid userId, Guid campaignId, Guid candidateId, string? reason, CancellationToken ct)
    {
        if (!(await LoadAsync(userId, campaignId, candidateId, ct)).Succeeded(out var loaded, out var refused))
        {
            return refused;
        }

        var (reach, candidate) = loaded;
        if (candidate.GrantRetake(reason, userId, Now).Failed(out var error))
        {
            return error;
        }

        if (reach.Campaign.QuizId is { } quizId && candidate.UserId is { } person && tests.FirstOrDefault() is { } engine
            && (await engine.AllowOneMoreAttemptAsync(quizId, person, reason!, ct)).Failed(out var engineRefused))
        {
            return engineRefused;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public Task<Result> MakeFinalAsync(Guid userId, Guid campaignId, Guid candidateId, CancellationToken ct) =>
        ChangeAsync(userId, campaignId, candidateId, (reach, candidate) => candidate.MakeFinal(userId, reach.Campaign.AppealDays, Now, localTime.Format), ct);

    /// <summary>Presence and votes: the outcome is counted by the campaign's rule; without a quorum or a majority nothing is recorded.</summary>
    /// <remarks>A decision after an appeal is sent to the candidate at once (the first one when the secretary notifies).</remarks>
    public async Task<Result<AttestationOutcome>> DecideAsync(ClaimsPrincipal user, Guid campaignId, Guid candidateId, VoteSheet sheet, string siteAddress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(sheet);
        var userId = user.UserId();
        if (!(await LoadAsync(userId, campaignId, candidateId, ct)).Succeeded(out var loaded, out var refused))
        {
            return refused;
        }

        if (!(await NameCoursesAsync(user, sheet.Decision, ct)).Succeeded(out var input, out var unknownCourse))
        {
            return unknownCourse;
        }

        var (reach, candidate) = loaded;
        if (!candidate.Decide(reach.Commission, reach.Campaign.Quorum, sheet.Present, sheet.Votes, input, userId, Now).Succeeded(out var decision, out var error))
        {
            return error;
        }

        db.Add(decision);
        await events.PublishAsync(DecisionEvents.Of(reach.Campaign, candidate, decision), ct);
        audit.Record("attestation.decision", $"campaign:{campaignId} candidate:{candidateId}",
            $"Раунд {decision.Round}: {DecisionText.Of(decision.Outcome)}; присутні {decision.Present} із {decision.Composition}; " +
            $"за «відповідає» {decision.VotesFit}, «за умови» {decision.VotesFitWithConditions}, «не відповідає» {decision.VotesNotFit}.");
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            if (decision.Round > 1)
            {
                await email.SendAsync(DecisionLetter(reach.Campaign, candidate, decision, siteAddress,
                    "Це рішення ухвалено після розгляду вашої апеляції. Подробиці — на сторінці «Моя атестація»:"), ct);
            }

            await transaction.CommitAsync(ct);
        }

        await courses.EnrolAsync(candidate, decision.Conditions, ct);
        return decision.Outcome;
    }

    /// <summary>Tells the candidate of the decision by e-mail (through the mail queue) and on «Моя атестація»; the appeal window starts.</summary>
    public async Task<Result> NotifyAsync(Guid userId, Guid campaignId, Guid candidateId, string siteAddress, CancellationToken ct)
    {
        if (!(await LoadAsync(userId, campaignId, candidateId, ct)).Succeeded(out var loaded, out var refused))
        {
            return refused;
        }

        var (reach, candidate) = loaded;
        if (candidate.Notify(userId, Now).Failed(out var error))
        {
            return error;
        }

        var decision = await db.Set<Decision>().AsNoTracking().Include(d => d.Conditions)
            .Where(d => d.CandidateId == candidateId).OrderByDescending(d => d.Round).FirstAsync(ct);

        // The step and the letter commit together: the mail queue saves only its own row, inside this transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await email.SendAsync(DecisionLetter(reach.Campaign, candidate, decision, siteAddress,
            $"Рішення можна оскаржити до {localTime.Format(candidate.AppealDeadline(reach.Campaign.AppealDays)!.Value)} на сторінці «Моя атестація»:"), ct);
        await transaction.CommitAsync(ct);
        return Result.Success();
    }

    private static EmailMessage DecisionLetter(Campaign campaign, Candidate candidate, Decision decision, string siteAddress, string next)
    {
        var conditions = decision.Conditions.Count == 0
            ? ""
            : "\nУмови:\n" + string.Join('\n', decision.Conditions.Select(c => $"— {c.Text} (до {PageDates.Day(c.DueOn)})")) + "\n";
        return new EmailMessage(candidate.Email, $"Рішення атестаційної комісії: {campaign.Name}",
            $"""
            Шановна/шановний {candidate.GivenName} {candidate.Patronymic}!

            Атестаційна комісія ухвалила рішення: «{DecisionText.Of(decision.Outcome)}».
            {conditions}
            {next}
            {siteAddress.TrimEnd('/')}/my/attestation
            """);
    }

    /// <summary>A condition met outside the platform, marked by the secretary.</summary>
    public async Task<Result> MarkConditionMetAsync(Guid userId, Guid campaignId, Guid candidateId, Guid conditionId, CancellationToken ct)
    {
        if (!(await LoadAsync(userId, campaignId, candidateId, ct)).Succeeded(out var loaded, out var refused))
        {
            return refused;
        }

        var condition = await db.Set<DecisionCondition>()
            .FirstOrDefaultAsync(c => c.Id == conditionId && db.Set<Decision>().Any(d => d.Id == c.DecisionId && d.CandidateId == candidateId), ct);
        if (condition is null)
        {
            return AttestationErrors.ConditionNotFound;
        }

        loaded.Candidate.ConditionMet(condition, userId, Now);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Checks each condition's course against what the recorder may link; a condition with a course and no text is named after it.</summary>
    private async Task<Result<DecisionInput>> NameCoursesAsync(ClaimsPrincipal user, DecisionInput input, CancellationToken ct)
    {
        var conditions = new List<ConditionInput>();
        foreach (var condition in input.Conditions)
        {
            if (condition.CourseId is not { } courseId)
            {
                conditions.Add(condition);
                continue;
            }

            if (await linkable.FindAsync(ReferenceKinds.Course, user, courseId, ct) is not { } course)
            {
                return AttestationErrors.CourseNotFound;
            }

            conditions.Add(string.IsNullOrWhiteSpace(condition.Text) ? condition with { Text = $"Пройти курс «{course.Title}»" } : condition);
        }

        return input with { Conditions = conditions };
    }

    private async Task<Result> ChangeAsync(Guid userId, Guid campaignId, Guid candidateId, Func<CampaignReach, Candidate, Result> change, CancellationToken ct)
    {
        if (!(await LoadAsync(userId, campaignId, candidateId, ct)).Succeeded(out var loaded, out var refused))
        {
            return refused;
        }

        if (change(loaded.Reach, loaded.Candidate).Failed(out var error))
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    private async Task<Result<(CampaignReach Reach, Candidate Candidate)>> LoadAsync(Guid userId, Guid campaignId, Guid candidateId, CancellationToken ct)
    {
        if (!(await access.RecorderAsync(userId, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var candidate = await db.Set<Candidate>().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == candidateId && c.CampaignId == campaignId, ct);
        return candidate is null ? AttestationErrors.CandidateNotFound : (reach, candidate);
    }
}
