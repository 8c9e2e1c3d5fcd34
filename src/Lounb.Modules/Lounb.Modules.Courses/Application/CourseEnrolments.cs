using Lounb.Modules.Core.Data;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>Enrolments other modules ask for (<see cref="ICourseEnrolments"/>), under <see cref="EnrolmentRules.AssignmentRefusal"/>.</summary>
internal sealed class CourseEnrolments(LounbDbContext db, RunSeats seats) : ICourseEnrolments
{
    public async Task<AssignedEnrolment> EnrolAsync(Guid courseId, Guid userId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TryEnrolAsync(courseId, userId, ct);
            }
            catch (DbUpdateException) when (attempt < RunSeats.MaxRetries)
            {
                // Someone took the last seat (or enrolled this person) between our read and our save: read again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<AssignedEnrolment> TryEnrolAsync(Guid courseId, Guid userId, CancellationToken ct)
    {
        var held = await db.Set<Enrollment>().AnyAsync(e => e.CourseId == courseId && e.UserId == userId
            && e.Status != EnrollmentStatus.Withdrawn && e.Status != EnrollmentStatus.Rejected, ct);
        if (held)
        {
            return AssignedEnrolment.AlreadyEnrolled;
        }

        var today = seats.Today;
        var course = await db.Set<Course>().AsNoTracking().Where(c => c.Id == courseId).Select(c => (CourseStatus?)c.Status).FirstOrDefaultAsync(ct);
        var run = await db.Set<CourseRun>().Where(r => r.CourseId == courseId && r.State == RunState.Published && r.EndsOn >= today)
            .OrderBy(r => r.StartsOn).ThenBy(r => r.Id).FirstOrDefaultAsync(ct);
        if (course is not { } status || run is null)
        {
            return AssignedEnrolment.NoOpenRun;
        }

        var enrollment = await db.Set<Enrollment>().FirstOrDefaultAsync(e => e.RunId == run.Id && e.UserId == userId, ct);
        if (EnrolmentRules.AssignmentRefusal(run, status, today, enrollment?.Status) is not null)
        {
            return AssignedEnrolment.NoOpenRun;
        }

        var placed = run.SeatOrWaitingList();
        if (enrollment is null)
        {
            db.Add(new Enrollment(run.Id, courseId, userId, placed, seats.Now));
        }
        else
        {
            enrollment.MoveTo(placed, seats.Now);
        }

        await seats.SaveAsync(ct);
        return placed == EnrollmentStatus.Active ? AssignedEnrolment.Learning : AssignedEnrolment.WaitingList;
    }
}
