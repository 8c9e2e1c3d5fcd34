using Lounb.Modules.Core.Data;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary><see cref="ICourseActivity"/>: the enrolments, finished lessons and completions as kept, untracked.</summary>
internal sealed class CourseActivity(LounbDbContext db) : ICourseActivity
{
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
