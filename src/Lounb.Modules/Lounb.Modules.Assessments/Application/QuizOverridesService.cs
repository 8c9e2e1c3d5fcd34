using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;
using static Lounb.Modules.Assessments.Domain.AssessmentLimits;

namespace Lounb.Modules.Assessments.Application;

internal sealed record OverrideRow(Guid UserId, string FullName, string Email, int? TimeLimitMinutes, int? AttemptsAllowed, DateTime? ClosesAt, string Reason);

/// <summary>Per-person exceptions of a quiz: more time, more attempts or a later closing date for one learner.</summary>
internal sealed class QuizOverridesService(LounbDbContext db, IPeopleDirectory people, QuizAuthoringService quizzes)
{
    public async Task<IReadOnlyList<OverrideRow>> OverridesAsync(Guid quizId, CancellationToken ct) =>
        await db.Set<QuizOverride>().AsNoTracking().Where(o => o.QuizId == quizId)
            .Join(people.People, o => o.UserId, p => p.Id, (o, p) => new OverrideRow(o.UserId, p.FullName, p.Email ?? "", o.TimeLimitMinutes, o.AttemptsAllowed, o.ClosesAt, o.Reason))
            .ToListAsync(ct);

    public async Task<Result> SetOverrideAsync(AccessScope scope, Guid quizId, string email, int? timeLimitMinutes, int? attemptsAllowed, DateTime? closesAt, string reason, CancellationToken ct)
    {
        if (Check(timeLimitMinutes, attemptsAllowed, closesAt) is { } invalid)
        {
            return invalid;
        }

        if (await quizzes.FindAsync(scope, quizId, ct) is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        var person = await people.FindByEmailAsync(email, ct);
        if (person is null)
        {
            return AssessmentErrors.NoPersonWithEmail;
        }

        var existing = await db.Set<QuizOverride>().FirstOrDefaultAsync(o => o.QuizId == quizId && o.UserId == person.Id, ct);
        if (existing is null)
        {
            existing = new QuizOverride(quizId, person.Id);
            db.Add(existing);
        }

        existing.TimeLimitMinutes = timeLimitMinutes;
        existing.AttemptsAllowed = attemptsAllowed;
        existing.ClosesAt = closesAt;
        existing.Reason = Cut(reason.Trim(), OverrideReasonLength);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> RemoveOverrideAsync(AccessScope scope, Guid quizId, Guid userId, CancellationToken ct)
    {
        if (await quizzes.FindAsync(scope, quizId, ct) is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        await db.Set<QuizOverride>().Where(o => o.QuizId == quizId && o.UserId == userId).ExecuteDeleteAsync(ct);
        return Result.Success();
    }

    /// <summary>An exception changes at least one thing, each within the quiz's own limits.</summary>
    internal static Error? Check(int? timeLimitMinutes, int? attemptsAllowed, DateTime? closesAt)
    {
        if (timeLimitMinutes is < 1 or > MaxTimeLimitMinutes || attemptsAllowed is < 0 or > MaxAttemptsAllowed)
        {
            return AssessmentErrors.OverrideOutOfRange;
        }

        return timeLimitMinutes is null && attemptsAllowed is null && closesAt is null ? AssessmentErrors.OverrideChangesNothing : null;
    }
}
