using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>A course's sections and lessons: adding, renaming, ordering, removing; learners' progress survives every edit.</summary>
internal sealed class CourseOutlineService(LounbDbContext db, AuthoringStore store, LessonKindRegistry kinds)
{
    public async Task<Result<Guid>> AddSectionAsync(AccessScope scope, Guid courseId, string? title, CancellationToken ct)
    {
        if (!(await store.EditableCourseAsync(scope, courseId, ct)).Succeeded(out var course, out var error)
            || !CourseRules.Title(title).Succeeded(out var checkedTitle, out error))
        {
            return error;
        }

        var position = await db.Set<Section>().Where(s => s.CourseId == courseId).MaxAsync(s => (int?)s.Position, ct) ?? 0;
        var section = new Section(courseId, checkedTitle, position + 1);
        db.Add(section);
        course.UpdatedAt = store.Now;
        await store.SaveAsync(ct);
        return section.Id;
    }

    public async Task<Result> RenameSectionAsync(AccessScope scope, Guid sectionId, string? title, CancellationToken ct)
    {
        if (!(await store.EditableSectionAsync(scope, sectionId, ct)).Succeeded(out var section, out var error)
            || !CourseRules.Title(title).Succeeded(out var checkedTitle, out error))
        {
            return error;
        }

        section.Title = checkedTitle;
        return await store.SaveAsync(ct);
    }

    public async Task<Result> MoveSectionAsync(AccessScope scope, Guid sectionId, int direction, CancellationToken ct)
    {
        if (!(await store.EditableSectionAsync(scope, sectionId, ct)).Succeeded(out var section, out var error))
        {
            return error;
        }

        var siblings = await db.Set<Section>().Where(s => s.CourseId == section.CourseId).OrderBy(s => s.Position).ToListAsync(ct);
        Swap(siblings, siblings.IndexOf(section), direction, (s, p) => s.Position = p);
        return await store.SaveAsync(ct);
    }

    public async Task<Result<Guid>> AddLessonAsync(AccessScope scope, Guid sectionId, string kind, string? title, CancellationToken ct)
    {
        if (!(await store.EditableSectionAsync(scope, sectionId, ct)).Succeeded(out var section, out var error))
        {
            return error;
        }

        if (kinds.Find(kind) is null)
        {
            return CourseErrors.UnknownLessonKind;
        }

        if (!CourseRules.Title(title).Succeeded(out var checkedTitle, out error))
        {
            return error;
        }

        var position = await db.Set<Lesson>().Where(l => l.SectionId == sectionId).MaxAsync(l => (int?)l.Position, ct) ?? 0;
        var lesson = new Lesson(section.CourseId, sectionId, kind, checkedTitle, position + 1) { UpdatedAt = store.Now };
        db.Add(lesson);
        await store.SaveAsync(ct);
        return lesson.Id;
    }

    public async Task<Result> MoveLessonAsync(AccessScope scope, Guid lessonId, int direction, CancellationToken ct)
    {
        if (!(await store.EditableLessonAsync(scope, lessonId, ct)).Succeeded(out var lesson, out var error))
        {
            return error;
        }

        var siblings = await db.Set<Lesson>().Where(l => l.SectionId == lesson.SectionId && !l.IsRemoved).OrderBy(l => l.Position).ToListAsync(ct);
        Swap(siblings, siblings.FindIndex(l => l.Id == lessonId), direction, (l, p) => l.Position = p);
        return await store.SaveAsync(ct);
    }

    /// <summary>Hides the lesson; finished-lesson records stay, so nobody's history is lost.</summary>
    public async Task<Result> RemoveLessonAsync(AccessScope scope, Guid lessonId, CancellationToken ct)
    {
        if (!(await store.EditableLessonAsync(scope, lessonId, ct)).Succeeded(out var lesson, out var error))
        {
            return error;
        }

        lesson.IsRemoved = true;
        lesson.UpdatedAt = store.Now;
        return await store.SaveAsync(ct);
    }

    /// <summary>Moves the item at <paramref name="index"/> one place up (negative) or down, then numbers them all from 1.</summary>
    private static void Swap<T>(List<T> items, int index, int direction, Action<T, int> setPosition)
    {
        var other = index + Math.Sign(direction);
        if (index < 0 || other < 0 || other >= items.Count)
        {
            return;
        }

        (items[index], items[other]) = (items[other], items[index]);
        for (var i = 0; i < items.Count; i++)
        {
            setPosition(items[i], i + 1);
        }
    }
}
