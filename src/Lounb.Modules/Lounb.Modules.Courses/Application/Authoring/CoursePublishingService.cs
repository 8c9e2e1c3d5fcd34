using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>A course's life: published to the catalog, archived, or copied into a new draft.</summary>
internal sealed class CoursePublishingService(LounbDbContext db, AuthoringStore store)
{
    public async Task<Result> PublishAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        if (!(await store.EditableCourseAsync(scope, id, ct)).Succeeded(out var course, out var error))
        {
            return error;
        }

        if (!await db.Set<Lesson>().AnyAsync(l => l.CourseId == id && !l.IsRemoved, ct))
        {
            return CourseErrors.NothingToPublish;
        }

        course.Publish(store.Now);
        return await store.SaveAsync(ct);
    }

    public async Task<Result> ArchiveAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        if (!(await store.EditableCourseAsync(scope, id, ct)).Succeeded(out var course, out var error))
        {
            return error;
        }

        course.Archive(store.Now);
        return await store.SaveAsync(ct);
    }

    /// <summary>A draft copy with the same sections and lessons (files are shared: stored files never change).</summary>
    public async Task<Result<Guid>> DuplicateAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        var source = await store.FindAsync(scope, id, ct);
        if (source is null)
        {
            return CourseErrors.CourseNotFound;
        }

        var now = store.Now;
        var slug = await FreeSlugAsync(source.Slug + "-kopiia", ct);
        var copy = new Course(slug, CopyTitle(source.Title), source.OwnerOblastCode, now)
        {
            Summary = source.Summary, Audience = source.Audience, Format = source.Format, Hours = source.Hours,
            Topics = source.Topics, CoverImageKey = source.CoverImageKey, DepartmentId = source.DepartmentId,
        };
        copy.Prerequisites.AddRange(source.Prerequisites.Select(p => new CoursePrerequisite { CourseId = copy.Id, RequiredCourseId = p.RequiredCourseId }));
        foreach (var section in source.Sections)
        {
            var newSection = new Section(copy.Id, section.Title, section.Position);
            foreach (var lesson in section.Lessons)
            {
                newSection.Lessons.Add(new Lesson(copy.Id, newSection.Id, lesson.Kind, lesson.Title, lesson.Position)
                {
                    IsRequired = lesson.IsRequired, BodyMarkdown = lesson.BodyMarkdown, BodyHtml = lesson.BodyHtml, Url = lesson.Url,
                    FileKey = lesson.FileKey, FileName = lesson.FileName, FileContentType = lesson.FileContentType,
                    ExtensionRef = lesson.ExtensionRef, UpdatedAt = now,
                });
            }

            copy.Sections.Add(newSection);
        }

        db.Add(copy);
        await store.SaveAsync(ct);
        return copy.Id;
    }

    /// <summary>The copy's title: the original's with « (копія)», shortened so it still fits <see cref="CourseLimits.TitleLength"/>.</summary>
    internal static string CopyTitle(string title)
    {
        const string Suffix = " (копія)";
        var room = CourseLimits.TitleLength - Suffix.Length;
        return (title.Length > room ? title[..room].TrimEnd() : title) + Suffix;
    }

    private async Task<string> FreeSlugAsync(string baseSlug, CancellationToken ct)
    {
        baseSlug = baseSlug.Length > CourseLimits.CopySlugBaseLength ? baseSlug[..CourseLimits.CopySlugBaseLength].TrimEnd('-') : baseSlug;
        var slug = baseSlug;
        for (var i = 2; await db.Set<Course>().AnyAsync(c => c.Slug == slug, ct); i++)
        {
            slug = $"{baseSlug}-{i}";
        }

        return slug;
    }
}
