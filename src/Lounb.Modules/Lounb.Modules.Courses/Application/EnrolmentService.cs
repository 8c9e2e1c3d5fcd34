using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>The learner's side of runs: asking for a place (under <see cref="EnrolmentRules"/>) and leaving one.</summary>
internal sealed class EnrolmentService(LounbDbContext db, IPeopleDirectory directory, RunSeats seats)
{
    private DateTime Now => seats.Now;

    /// <summary>A learner asks for a place. Returns where they landed: learning, on the waiting list, or waiting for approval.</summary>
    public async Task<Result<EnrollmentStatus>> EnrolAsync(Guid userId, Guid runId, string? inviteCode, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TryEnrolAsync(userId, runId, inviteCode, ct);
            }
            catch (DbUpdateException) when (attempt < RunSeats.MaxRetries)
            {
                // Someone took a seat (or enrolled this same person) between our read and our save: read again.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<Result> WithdrawAsync(Guid userId, Guid runId, CancellationToken ct) =>
        await seats.RetryAsync(async () =>
        {
            var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.RunId == runId && e.UserId == userId, ct);
            if (enrollment is null || enrollment.Status is EnrollmentStatus.Withdrawn or EnrollmentStatus.Rejected or EnrollmentStatus.Completed)
            {
                return CourseErrors.NothingToWithdraw;
            }

            var run = await db.Set<CourseRun>().FirstAsync(r => r.Id == runId, ct);
            var heldSeat = enrollment.HoldsSeat;
            enrollment.MoveTo(EnrollmentStatus.Withdrawn, Now);
            if (heldSeat)
            {
                run.FreeSeat();
                await seats.PromoteWaitingAsync(run, ct);
            }

            await seats.SaveAsync(ct);
            return Result.Success();
        });

    private async Task<Result<EnrollmentStatus>> TryEnrolAsync(Guid userId, Guid runId, string? inviteCode, CancellationToken ct)
    {
        var run = await db.Set<CourseRun>().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return CourseErrors.RunNotFound;
        }

        var course = await db.Set<Course>().AsNoTracking().Include(c => c.Prerequisites).FirstAsync(c => c.Id == run.CourseId, ct);
        var person = await directory.FindAsync(userId, ct) ?? throw new InvalidOperationException($"No person {userId} for a signed-in request.");
        var required = course.Prerequisites.Select(p => p.RequiredCourseId).ToList();
        var completedRequired = required.Count == 0 ? 0
            : await db.Set<Enrollment>().Where(e => e.UserId == userId && e.Status == EnrollmentStatus.Completed && required.Contains(e.CourseId))
                .Select(e => e.CourseId).Distinct().CountAsync(ct);
        var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.RunId == runId && e.UserId == userId, ct);
        var applicant = new EnrolmentApplicant(inviteCode, person.AgeGroup == AgeGroup.Child8To13 && !person.HasGuardianConsent, required.Count - completedRequired, enrollment?.Status);
        if (EnrolmentRules.Refusal(run, course.Status, seats.Today, applicant) is { } refusal)
        {
            return refusal;
        }

        var status = run.Admit();
        if (enrollment is null)
        {
            db.Add(new Enrollment(runId, run.CourseId, userId, status, Now));
        }
        else
        {
            enrollment.MoveTo(status, Now);
        }

        await seats.SaveAsync(ct);
        return status;
    }
}
