using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

internal sealed record FileUpload(Stream Content, long Length, string FileName);

/// <summary>
/// What every authoring service shares: a course, section or lesson loaded for a change only when it is within the
/// author's oblast scope (outside it, not found) and not archived; saving lets the catalog forget what it showed.
/// </summary>
internal sealed class AuthoringStore(LounbDbContext db, TimeProvider time, CatalogCache catalog)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The course with its sections and lessons (removed ones excluded), if within scope; untracked.</summary>
    public async Task<Course?> FindAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var course = await db.Set<Course>().AsNoTracking()
            .Include(c => c.Sections.OrderBy(s => s.Position))
            .ThenInclude(s => s.Lessons.Where(l => !l.IsRemoved).OrderBy(l => l.Position))
            .Include(c => c.Prerequisites)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        return course is not null && scope.Allows(course.OwnerOblastCode) ? course : null;
    }

    public async Task<Result<Course>> EditableCourseAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var course = await db.Set<Course>().Include(c => c.Prerequisites).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null || !scope.Allows(course.OwnerOblastCode))
        {
            return CourseErrors.CourseNotFound;
        }

        return course.Status == CourseStatus.Archived ? CourseErrors.NotEditable : course;
    }

    public async Task<Result<Section>> EditableSectionAsync(AccessScope scope, Guid sectionId, CancellationToken ct)
    {
        var section = await db.Set<Section>().FirstOrDefaultAsync(s => s.Id == sectionId, ct);
        if (section is null)
        {
            return CourseErrors.SectionNotFound;
        }

        return (await EditableCourseAsync(scope, section.CourseId, ct)).Failed(out var error) ? error : section;
    }

    public async Task<Result<Lesson>> EditableLessonAsync(AccessScope scope, Guid lessonId, CancellationToken ct)
    {
        var lesson = await db.Set<Lesson>().FirstOrDefaultAsync(l => l.Id == lessonId && !l.IsRemoved, ct);
        if (lesson is null)
        {
            return CourseErrors.LessonNotFound;
        }

        return (await EditableCourseAsync(scope, lesson.CourseId, ct)).Failed(out var error) ? error : lesson;
    }

    /// <summary>Saves and lets the catalog forget what it showed, since this change may be on it.</summary>
    public async Task<Result> SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
        return Result.Success();
    }
}
