using Lounb.Modules.Core.Data;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary><see cref="ICourseFacts"/>: untracked reads of enrolments, runs and lesson progress.</summary>
internal sealed class CourseFacts(LounbDbContext db) : ICourseFacts
{
    public IQueryable<EnrolmentFact> Enrolments =>
        db.Set<Enrollment>().AsNoTracking()
            .Join(db.Set<CourseRun>(), e => e.RunId, r => r.Id, (e, r) => new { e, r })
            .Join(db.Set<Course>(), x => x.e.CourseId, c => c.Id, (x, c) => new EnrolmentFact
            {
                EnrollmentId = x.e.Id,
                UserId = x.e.UserId,
                RunId = x.e.RunId,
                CourseId = c.Id,
                CourseTitle = c.Title,
                RunTitle = x.r.Title,
                Status = x.e.Status == EnrollmentStatus.Active ? EnrolmentFactStatus.Active
                    : x.e.Status == EnrollmentStatus.Completed ? EnrolmentFactStatus.Completed
                    : x.e.Status == EnrollmentStatus.Waitlisted ? EnrolmentFactStatus.Waitlisted
                    : x.e.Status == EnrollmentStatus.PendingApproval ? EnrolmentFactStatus.PendingApproval
                    : x.e.Status == EnrollmentStatus.Withdrawn ? EnrolmentFactStatus.Withdrawn
                    : EnrolmentFactStatus.Rejected,
                Served = x.e.Status == EnrollmentStatus.Active || x.e.Status == EnrollmentStatus.Completed,
                EnrolledAt = x.e.CreatedAt,
                CompletedAt = x.e.CompletedAt,
                LessonsDone = db.Set<LessonProgress>().Count(p => p.EnrollmentId == x.e.Id),
            });

    public async Task<RunProgressSheet?> ProgressSheetAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.Set<CourseRun>().AsNoTracking().Where(r => r.Id == runId)
            .Join(db.Set<Course>(), r => r.CourseId, c => c.Id, (r, c) => new RunSummary(r.Id, c.Id, c.Title, r.Title, c.OwnerOblastCode, r.StartsOn, r.EndsOn))
            .FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return null;
        }

        var lessons = await db.Set<Lesson>().AsNoTracking().Where(l => l.CourseId == run.CourseId && !l.IsRemoved)
            .Join(db.Set<Section>(), l => l.SectionId, s => s.Id, (l, s) => new { l, SectionPosition = s.Position })
            .OrderBy(x => x.SectionPosition).ThenBy(x => x.l.Position)
            .Select(x => new RunLesson(x.l.Id, x.l.Title, x.l.Kind, x.l.ExtensionRef, x.l.IsRequired))
            .ToListAsync(ct);
        var shown = new[] { EnrollmentStatus.Active, EnrollmentStatus.Completed, EnrollmentStatus.Withdrawn };
        var enrolments = await db.Set<Enrollment>().AsNoTracking().Where(e => e.RunId == runId && shown.Contains(e.Status))
            .Select(e => new { e.Id, e.UserId, e.Status, e.CompletedAt }).ToListAsync(ct);
        var ids = enrolments.Select(e => e.Id).ToList();
        var done = (await db.Set<LessonProgress>().AsNoTracking().Where(p => ids.Contains(p.EnrollmentId))
                .Select(p => new { p.EnrollmentId, p.LessonId }).ToListAsync(ct))
            .ToLookup(p => p.EnrollmentId, p => p.LessonId);
        var learners = enrolments.Select(e => new RunLearner(e.UserId, e.Status.ToString(), e.CompletedAt, done[e.Id].ToHashSet())).ToList();
        return new RunProgressSheet(run, lessons, learners);
    }

    public async Task<IReadOnlyList<RunSummary>> RunsAsync(CancellationToken ct) =>
        (await db.Set<CourseRun>().AsNoTracking()
            .Join(db.Set<Course>(), r => r.CourseId, c => c.Id, (r, c) => new RunSummary(r.Id, c.Id, c.Title, r.Title, c.OwnerOblastCode, r.StartsOn, r.EndsOn))
            .ToListAsync(ct))
        .OrderByDescending(r => r.StartsOn).ToList();

    public IAsyncEnumerable<CourseEnrolled> EnrolmentsAsync(CancellationToken ct) =>
        db.Set<Enrollment>().AsNoTracking()
            .Select(e => new CourseEnrolled(e.Id, e.UserId, e.CourseId, e.RunId, e.CreatedAt))
            .AsAsyncEnumerable();

    public IAsyncEnumerable<LessonCompleted> LessonCompletionsAsync(CancellationToken ct) =>
        db.Set<LessonProgress>().AsNoTracking()
            .Join(db.Set<Enrollment>(), p => p.EnrollmentId, e => e.Id, (p, e) => new LessonCompleted(e.Id, e.UserId, e.CourseId, p.LessonId, p.CompletedAt))
            .AsAsyncEnumerable();

    public IAsyncEnumerable<CourseCompleted> CompletionsAsync(CancellationToken ct) =>
        db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.CompletedAt != null)
            .Join(db.Set<Course>(), e => e.CourseId, c => c.Id, (e, c) => new CourseCompleted(e.Id, e.UserId, e.CourseId, e.RunId, c.Title, c.Hours, e.CompletedAt!.Value))
            .AsAsyncEnumerable();
}
