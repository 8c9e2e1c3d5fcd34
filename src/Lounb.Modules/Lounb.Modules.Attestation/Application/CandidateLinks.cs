using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>
/// Candidates are imported by e-mail, often before the person has an account. This is the one place that makes such
/// candidates the person's (when they confirm the address, visit «Моя атестація» or hand in a test or questionnaire)
/// and then does what waited for the account: enrols them in the courses their «за умови» conditions name.
/// </summary>
internal sealed class CandidateLinks(LounbDbContext db, IPeopleDirectory directory, ConditionCourses courses)
{
    /// <summary>
    /// The person's candidates among <paramref name="among"/> (tracked, with events), linking those imported under
    /// their e-mail. The caller saves; <see cref="EnrolLinkedAsync"/> after the save enrols what waited.
    /// </summary>
    public async Task<List<Candidate>> MatchAsync(IQueryable<Candidate> among, Guid userId, CancellationToken ct)
    {
        var candidates = await among.Include(c => c.Events).Where(c => c.UserId == userId || c.UserId == null).ToListAsync(ct);
        if (candidates.Any(c => c.UserId is null))
        {
            var email = await EmailAsync(userId, ct);
            candidates = candidates.Where(c => c.UserId == userId || (email is not null && c.NormalizedEmail == email)).ToList();
        }

        foreach (var candidate in candidates)
        {
            candidate.LinkTo(userId);
        }

        return candidates;
    }

    /// <summary>Links every candidate imported under the person's e-mail and enrols them in their conditions' courses.</summary>
    public async Task LinkAllAsync(Guid userId, CancellationToken ct)
    {
        var email = await EmailAsync(userId, ct);
        if (email is null)
        {
            return;
        }

        var unlinked = await db.Set<Candidate>().Where(c => c.UserId == null && c.NormalizedEmail == email).ToListAsync(ct);
        if (unlinked.Count == 0)
        {
            return;
        }

        foreach (var candidate in unlinked)
        {
            candidate.LinkTo(userId);
        }

        await db.SaveChangesAsync(ct);
        await EnrolLinkedAsync(unlinked, ct);
    }

    /// <summary>
    /// For candidates just linked to an account: the unmet conditions of their latest decision that name a course are
    /// enrolled now (idempotent in Courses: enrolling twice changes nothing).
    /// </summary>
    public async Task EnrolLinkedAsync(IReadOnlyCollection<Candidate> linked, CancellationToken ct)
    {
        var ids = linked.Where(c => c.UserId is not null).Select(c => c.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var latest = (await db.Set<Decision>().AsNoTracking().Include(d => d.Conditions).Where(d => ids.Contains(d.CandidateId)).ToListAsync(ct))
            .GroupBy(d => d.CandidateId).Select(g => g.MaxBy(d => d.Round)!);
        foreach (var decision in latest)
        {
            var candidate = linked.First(c => c.Id == decision.CandidateId);
            await courses.EnrolAsync(candidate, decision.Conditions.Where(c => !c.IsMet), ct);
        }
    }

    private async Task<string?> EmailAsync(Guid userId, CancellationToken ct) =>
        (await directory.FindAsync(userId, ct))?.NormalizedEmail is { Length: > 0 } email ? email : null;
}

/// <summary>
/// A condition naming a course enrols the person into it (Courses' own rules: its open run, a seat or the waiting
/// list); completing it later meets the condition (<see cref="MeetConditionOnCourseCompleted"/>). A candidate without
/// an account yet waits for <see cref="CandidateLinks"/>; each try is written in the audit log.
/// </summary>
internal sealed class ConditionCourses(IEnumerable<ICourseEnrolments> enrolments, IAuditLog audit, LounbDbContext db)
{
    public async Task EnrolAsync(Candidate candidate, IEnumerable<DecisionCondition> conditions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var tried = false;
        foreach (var courseId in conditions.Select(c => c.CourseId).OfType<Guid>().Distinct())
        {
            foreach (var courses in enrolments)
            {
                var placed = candidate.UserId is { } person ? await courses.EnrolAsync(courseId, person, ct) : AssignedEnrolment.NoOpenRun;
                audit.Record("attestation.condition.course", $"candidate:{candidate.Id} course:{courseId}", placed.ToString());
                tried = true;
            }
        }

        if (tried)
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
