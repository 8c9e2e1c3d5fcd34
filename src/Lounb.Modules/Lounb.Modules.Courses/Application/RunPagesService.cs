using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

internal sealed record RunRow(Guid Id, Guid CourseId, string Title, DateOnly StartsOn, DateOnly EndsOn, int? Capacity, int SeatsTaken, int Waitlisted, int Pending, EnrolmentMode Mode, RunState State);

internal sealed record EnrollmentRow(Guid Id, Guid UserId, string FullName, string Email, EnrollmentStatus Status, DateTime CreatedAt, LessonTally Lessons);

/// <summary>A course's runs for staff.</summary>
internal sealed record CourseRunsPage(Course Course, IReadOnlyList<RunRow> Runs);

/// <summary>One run for staff: who is in, and — for those who may assign librarians — the oblasts and libraries within their reach.</summary>
internal sealed record RunPage(CourseRun Run, Course Course, IReadOnlyList<EnrollmentRow> Enrollments, bool CanAssign, IReadOnlyList<Choice> Oblasts, IReadOnlyList<Choice> Libraries);

/// <summary>The staff pages of runs: a course's runs and one run with its learners.</summary>
internal sealed class RunPagesService(LounbDbContext db, IPeopleDirectory directory)
{
    public async Task<CourseRunsPage?> CourseRunsAsync(AccessScope scope, Guid courseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null || !scope.Allows(course.OwnerOblastCode))
        {
            return null;
        }

        var runs = await db.Set<CourseRun>().AsNoTracking().Where(r => r.CourseId == courseId)
            .OrderByDescending(r => r.StartsOn)
            .Select(r => new RunRow(r.Id, r.CourseId, r.Title, r.StartsOn, r.EndsOn, r.Capacity, r.SeatsTaken,
                db.Set<Enrollment>().Count(e => e.RunId == r.Id && e.Status == EnrollmentStatus.Waitlisted),
                db.Set<Enrollment>().Count(e => e.RunId == r.Id && e.Status == EnrollmentStatus.PendingApproval),
                r.Mode, r.State))
            .ToListAsync(ct);
        return new CourseRunsPage(course, runs);
    }

    /// <summary>The run, if its course is within <paramref name="scope"/>; <paramref name="assignScope"/> is where its viewer may assign librarians.</summary>
    public async Task<RunPage?> RunAsync(AccessScope scope, AccessScope assignScope, Guid runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(assignScope);
        var run = await db.Set<CourseRun>().AsNoTracking().Include(r => r.Trainers).FirstOrDefaultAsync(r => r.Id == runId, ct);
        var course = run is null ? null : await db.Set<Course>().AsNoTracking().FirstAsync(c => c.Id == run.CourseId, ct);
        if (run is null || course is null || !scope.Allows(course.OwnerOblastCode))
        {
            return null;
        }

        var oblasts = (await assignScope.Filter(directory.Oblasts, o => o.Code).Select(o => new Choice(o.Code, o.Name)).ToListAsync(ct))
            .InDisplayOrder(c => c.Value).ToList();
        var libraries = await assignScope.Filter(directory.Libraries, l => l.OblastCode).OrderBy(l => l.Name)
            .Select(l => new Choice(l.Id.ToString(), l.Name)).ToListAsync(ct);
        return new RunPage(run, course, await EnrollmentsAsync(run, ct), !assignScope.IsNone, oblasts, libraries);
    }

    /// <summary>The run's learners, each with the lessons passed out of the required ones, counted as their own progress bar counts.</summary>
    private async Task<IReadOnlyList<EnrollmentRow>> EnrollmentsAsync(CourseRun run, CancellationToken ct)
    {
        var required = await db.Set<Lesson>().AsNoTracking().Where(l => l.CourseId == run.CourseId && l.IsRequired && !l.IsRemoved).Select(l => l.Id).ToListAsync(ct);
        var passed = (await db.Set<LessonProgress>().AsNoTracking()
                .Join(db.Set<Enrollment>().Where(e => e.RunId == run.Id), p => p.EnrollmentId, e => e.Id, (p, e) => new { p.EnrollmentId, p.LessonId })
                .ToListAsync(ct))
            .ToLookup(p => p.EnrollmentId, p => p.LessonId);
        var rows = await db.Set<Enrollment>().AsNoTracking().Where(e => e.RunId == run.Id)
            .Join(directory.People, e => e.UserId, p => p.Id, (e, p) => new { e, p })
            .OrderBy(x => x.e.Status).ThenBy(x => x.e.CreatedAt)
            .Select(x => new { x.e.Id, UserId = x.p.Id, x.p.FullName, Email = x.p.Email ?? "", x.e.Status, x.e.CreatedAt })
            .ToListAsync(ct);
        return rows.Select(x => new EnrollmentRow(x.Id, x.UserId, x.FullName, x.Email, x.Status, x.CreatedAt, LessonTally.Of(required, passed[x.Id]))).ToList();
    }
}
