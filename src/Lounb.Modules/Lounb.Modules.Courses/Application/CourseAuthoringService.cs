using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Storage;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

internal sealed record CourseInput(
    string? Title, string? Slug, string? Summary, Audience Audience, CourseFormat Format, int Hours, string? Topics, Guid? DepartmentId, IReadOnlyList<Guid> PrerequisiteIds);

internal sealed record LessonInput(string? Title, bool IsRequired, string? BodyMarkdown, string? Url, string? ExtensionRef);

internal sealed record FileUpload(Stream Content, long Length, string FileName);

internal sealed record StaffCourseRow(Guid Id, string Slug, string Title, CourseStatus Status, Audience Audience, CourseFormat Format, int Lessons, int Runs, DateTime UpdatedAt);

/// <summary>Methodologists and trainers write courses within their oblast scope; learners' progress survives every edit.</summary>
internal sealed class CourseAuthoringService(LounbDbContext db, MarkdownRenderer markdown, CourseUploads uploads, LessonKindRegistry kinds, TimeProvider time, CatalogCache catalog)
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 1000;
    public const int MaxBodyLength = 200_000;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<StaffCourseRow>> ListAsync(AccessScope scope, CancellationToken ct) =>
        await scope.Filter(db.Set<Course>().AsNoTracking(), c => c.OwnerOblastCode)
            .OrderBy(c => c.Status).ThenBy(c => c.SortKey)
            .Select(c => new StaffCourseRow(c.Id, c.Slug, c.Title, c.Status, c.Audience, c.Format,
                db.Set<Lesson>().Count(l => l.CourseId == c.Id && !l.IsRemoved),
                db.Set<CourseRun>().Count(r => r.CourseId == c.Id),
                c.UpdatedAt))
            .ToListAsync(ct);

    /// <summary>The course with its sections and lessons (removed ones excluded), if within scope.</summary>
    public async Task<Course?> FindAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        var course = await db.Set<Course>().AsNoTracking()
            .Include(c => c.Sections.OrderBy(s => s.Position))
            .ThenInclude(s => s.Lessons.Where(l => !l.IsRemoved).OrderBy(l => l.Position))
            .Include(c => c.Prerequisites)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        return course is not null && scope.Allows(course.OwnerOblastCode) ? course : null;
    }

    public async Task<Result<Guid>> CreateAsync(AccessScope scope, CourseInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var owner = scope.IsNational ? null : scope.OblastCodes.Order(StringComparer.Ordinal).FirstOrDefault();
        if (!scope.IsNational && owner is null)
        {
            return Error.Forbidden("Недостатньо прав.");
        }

        var valid = await ValidateAsync(input, null, ct);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var course = new Course(valid.Value.Slug, valid.Value.Title, owner, Now);
        Apply(course, input, valid.Value);
        db.Add(course);
        await SaveAsync(ct);
        return course.Id;
    }

    public async Task<Result> UpdateAsync(AccessScope scope, Guid id, CourseInput input, CancellationToken ct)
    {
        var course = await LoadEditableAsync(scope, id, ct);
        if (!course.IsSuccess)
        {
            return course.Error!;
        }

        var valid = await ValidateAsync(input, id, ct);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        course.Value.Slug = valid.Value.Slug;
        course.Value.Title = valid.Value.Title;
        Apply(course.Value, input, valid.Value);
        await SaveAsync(ct);
        return Result.Success();
    }

    public async Task<Result> SetCoverAsync(AccessScope scope, Guid id, FileUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var course = await LoadEditableAsync(scope, id, ct);
        if (!course.IsSuccess)
        {
            return course.Error!;
        }

        if (upload.Length == 0)
        {
            return Error.Validation("Оберіть зображення.");
        }

        var stored = await uploads.StoreAsync(upload.Content, upload.Length, upload.FileName, [FileCategory.Image], ct);
        if (!stored.IsSuccess)
        {
            return stored.Error!;
        }

        course.Value.CoverImageKey = stored.Value.Key;
        course.Value.UpdatedAt = Now;
        await SaveAsync(ct);
        return Result.Success();
    }

    public async Task<Result> PublishAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        var course = await LoadEditableAsync(scope, id, ct);
        if (!course.IsSuccess)
        {
            return course.Error!;
        }

        if (!await db.Set<Lesson>().AnyAsync(l => l.CourseId == id && !l.IsRemoved, ct))
        {
            return CourseErrors.NothingToPublish;
        }

        course.Value.Publish(Now);
        await SaveAsync(ct);
        return Result.Success();
    }

    public async Task<Result> ArchiveAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        var course = await LoadEditableAsync(scope, id, ct);
        if (!course.IsSuccess)
        {
            return course.Error!;
        }

        course.Value.Archive(Now);
        await SaveAsync(ct);
        return Result.Success();
    }

    /// <summary>A draft copy with the same sections and lessons (files are shared: stored files never change).</summary>
    public async Task<Result<Guid>> DuplicateAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        var source = await FindAsync(scope, id, ct);
        if (source is null)
        {
            return CourseErrors.CourseNotFound;
        }

        var slug = await FreeSlugAsync(source.Slug + "-kopiia", ct);
        var copy = new Course(slug, source.Title + " (копія)", source.OwnerOblastCode, Now)
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
                    ExtensionRef = lesson.ExtensionRef, UpdatedAt = Now,
                });
            }

            copy.Sections.Add(newSection);
        }

        db.Add(copy);
        await SaveAsync(ct);
        return copy.Id;
    }

    public async Task<Result<Guid>> AddSectionAsync(AccessScope scope, Guid courseId, string? title, CancellationToken ct)
    {
        var course = await LoadEditableAsync(scope, courseId, ct);
        if (!course.IsSuccess)
        {
            return course.Error!;
        }

        var checkedTitle = CheckTitle(title);
        if (!checkedTitle.IsSuccess)
        {
            return checkedTitle.Error!;
        }

        var position = await db.Set<Section>().Where(s => s.CourseId == courseId).MaxAsync(s => (int?)s.Position, ct) ?? 0;
        var section = new Section(courseId, checkedTitle.Value, position + 1);
        db.Add(section);
        course.Value.UpdatedAt = Now;
        await SaveAsync(ct);
        return section.Id;
    }

    public async Task<Result> RenameSectionAsync(AccessScope scope, Guid sectionId, string? title, CancellationToken ct)
    {
        var section = await LoadSectionAsync(scope, sectionId, ct);
        if (!section.IsSuccess)
        {
            return section.Error!;
        }

        var checkedTitle = CheckTitle(title);
        if (!checkedTitle.IsSuccess)
        {
            return checkedTitle.Error!;
        }

        section.Value.Title = checkedTitle.Value;
        await SaveAsync(ct);
        return Result.Success();
    }

    public async Task<Result> MoveSectionAsync(AccessScope scope, Guid sectionId, int direction, CancellationToken ct)
    {
        var section = await LoadSectionAsync(scope, sectionId, ct);
        if (!section.IsSuccess)
        {
            return section.Error!;
        }

        var siblings = await db.Set<Section>().Where(s => s.CourseId == section.Value.CourseId).OrderBy(s => s.Position).ToListAsync(ct);
        Swap(siblings, siblings.IndexOf(section.Value), direction, (s, p) => s.Position = p);
        await SaveAsync(ct);
        return Result.Success();
    }

    public async Task<Result<Guid>> AddLessonAsync(AccessScope scope, Guid sectionId, string kind, string? title, CancellationToken ct)
    {
        var section = await LoadSectionAsync(scope, sectionId, ct);
        if (!section.IsSuccess)
        {
            return section.Error!;
        }

        if (kinds.Find(kind) is null)
        {
            return CourseErrors.UnknownLessonKind;
        }

        var checkedTitle = CheckTitle(title);
        if (!checkedTitle.IsSuccess)
        {
            return checkedTitle.Error!;
        }

        var position = await db.Set<Lesson>().Where(l => l.SectionId == sectionId).MaxAsync(l => (int?)l.Position, ct) ?? 0;
        var lesson = new Lesson(section.Value.CourseId, sectionId, kind, checkedTitle.Value, position + 1) { UpdatedAt = Now };
        db.Add(lesson);
        await SaveAsync(ct);
        return lesson.Id;
    }

    public async Task<(Lesson Lesson, Course Course)?> FindLessonAsync(AccessScope scope, Guid lessonId, CancellationToken ct)
    {
        var lesson = await db.Set<Lesson>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId && !l.IsRemoved, ct);
        if (lesson is null)
        {
            return null;
        }

        var course = await db.Set<Course>().AsNoTracking().FirstAsync(c => c.Id == lesson.CourseId, ct);
        return scope.Allows(course.OwnerOblastCode) ? (lesson, course) : null;
    }

    public async Task<Result> UpdateLessonAsync(AccessScope scope, Guid lessonId, LessonInput input, FileUpload? file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lesson = await LoadLessonAsync(scope, lessonId, ct);
        if (!lesson.IsSuccess)
        {
            return lesson.Error!;
        }

        var checkedTitle = CheckTitle(input.Title);
        if (!checkedTitle.IsSuccess)
        {
            return checkedTitle.Error!;
        }

        var body = input.BodyMarkdown ?? "";
        if (body.Length > MaxBodyLength)
        {
            return CourseErrors.BodyTooLong;
        }

        var url = string.IsNullOrWhiteSpace(input.Url) ? null : input.Url.Trim();
        var target = lesson.Value;
        var urlCheck = CheckUrl(target.Kind, url, hasFile: file is not null || target.FileKey is not null);
        if (urlCheck is not null)
        {
            return urlCheck;
        }

        if (file is not null)
        {
            FileCategory[] allowed = target.Kind == BuiltInLessonKind.Video
                ? [FileCategory.Video]
                : [FileCategory.Document, FileCategory.Image, FileCategory.Audio, FileCategory.Video];
            var stored = await uploads.StoreAsync(file.Content, file.Length, file.FileName, allowed, ct);
            if (!stored.IsSuccess)
            {
                return stored.Error!;
            }

            target.FileKey = stored.Value.Key;
            target.FileName = stored.Value.FileName;
            target.FileContentType = stored.Value.ContentType;
        }
        else if (target.Kind == BuiltInLessonKind.File && target.FileKey is null)
        {
            return Error.Validation("Додайте файл для завантаження.");
        }

        target.Title = checkedTitle.Value;
        target.IsRequired = input.IsRequired;
        target.BodyMarkdown = body;
        target.BodyHtml = markdown.ToSafeHtml(body);
        target.Url = url;
        target.ExtensionRef = string.IsNullOrWhiteSpace(input.ExtensionRef) ? null : input.ExtensionRef.Trim();
        target.UpdatedAt = Now;
        await SaveAsync(ct);
        return Result.Success();
    }

    public async Task<Result> MoveLessonAsync(AccessScope scope, Guid lessonId, int direction, CancellationToken ct)
    {
        var lesson = await LoadLessonAsync(scope, lessonId, ct);
        if (!lesson.IsSuccess)
        {
            return lesson.Error!;
        }

        var siblings = await db.Set<Lesson>().Where(l => l.SectionId == lesson.Value.SectionId && !l.IsRemoved).OrderBy(l => l.Position).ToListAsync(ct);
        Swap(siblings, siblings.FindIndex(l => l.Id == lessonId), direction, (l, p) => l.Position = p);
        await SaveAsync(ct);
        return Result.Success();
    }

    /// <summary>Hides the lesson; finished-lesson records stay, so nobody's history is lost.</summary>
    public async Task<Result> RemoveLessonAsync(AccessScope scope, Guid lessonId, CancellationToken ct)
    {
        var lesson = await LoadLessonAsync(scope, lessonId, ct);
        if (!lesson.IsSuccess)
        {
            return lesson.Error!;
        }

        lesson.Value.IsRemoved = true;
        lesson.Value.UpdatedAt = Now;
        await SaveAsync(ct);
        return Result.Success();
    }

    internal static Error? CheckUrl(string kind, string? url, bool hasFile)
    {
        if (kind is BuiltInLessonKind.External or BuiltInLessonKind.Video && url is null && !(kind == BuiltInLessonKind.Video && hasFile))
        {
            return CourseErrors.UrlRequired;
        }

        if (url is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return CourseErrors.UrlInvalid;
        }

        return kind == BuiltInLessonKind.Video && VideoEmbed.From(uri) is null ? CourseErrors.VideoUrlInvalid : null;
    }

    private static Result<string> CheckTitle(string? title)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return CourseErrors.TitleRequired;
        }

        return trimmed.Length > MaxTitleLength ? CourseErrors.TitleTooLong : trimmed;
    }

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

    private void Apply(Course course, CourseInput input, (string Title, string Slug, string Summary, string Topics) valid)
    {
        course.Summary = valid.Summary;
        course.Audience = input.Audience;
        course.Format = input.Format;
        course.Hours = input.Hours;
        course.Topics = valid.Topics;
        course.DepartmentId = input.DepartmentId;
        course.UpdatedAt = Now;
        course.Prerequisites.RemoveAll(p => !input.PrerequisiteIds.Contains(p.RequiredCourseId));
        foreach (var required in input.PrerequisiteIds.Where(r => r != course.Id && course.Prerequisites.All(p => p.RequiredCourseId != r)))
        {
            course.Prerequisites.Add(new CoursePrerequisite { CourseId = course.Id, RequiredCourseId = required });
        }
    }

    private async Task<Result<(string Title, string Slug, string Summary, string Topics)>> ValidateAsync(CourseInput input, Guid? existingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var title = CheckTitle(input.Title);
        if (!title.IsSuccess)
        {
            return title.Error!;
        }

        var summary = input.Summary?.Trim() ?? "";
        if (summary.Length > MaxSummaryLength)
        {
            return CourseErrors.SummaryTooLong;
        }

        if (input.Hours is < 0 or > 500)
        {
            return CourseErrors.HoursOutOfRange;
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(title.Value) : input.Slug.Trim();
        if (!Slug.IsValid(slug))
        {
            return CourseErrors.SlugInvalid;
        }

        if (await db.Set<Course>().AnyAsync(c => c.Slug == slug && c.Id != existingId, ct))
        {
            return CourseErrors.SlugTaken;
        }

        if (input.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, ct))
        {
            return Error.Validation("Невідомий відділ.");
        }

        var prerequisites = input.PrerequisiteIds.Distinct().ToList();
        if (prerequisites.Count > 0 && await db.Set<Course>().CountAsync(c => prerequisites.Contains(c.Id), ct) != prerequisites.Count)
        {
            return Error.Validation("Невідомий курс серед попередніх.");
        }

        var topics = string.Join(", ", (input.Topics ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant()).Distinct());
        return topics.Length > 300 ? Error.Validation("Забагато тем: не більше 300 символів разом.") : (title.Value, slug, summary, topics);
    }

    private async Task<string> FreeSlugAsync(string baseSlug, CancellationToken ct)
    {
        baseSlug = baseSlug.Length > 70 ? baseSlug[..70].TrimEnd('-') : baseSlug;
        var slug = baseSlug;
        for (var i = 2; await db.Set<Course>().AnyAsync(c => c.Slug == slug, ct); i++)
        {
            slug = $"{baseSlug}-{i}";
        }

        return slug;
    }

    private async Task<Result<Course>> LoadEditableAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        var course = await db.Set<Course>().Include(c => c.Prerequisites).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null || !scope.Allows(course.OwnerOblastCode))
        {
            return CourseErrors.CourseNotFound;
        }

        return course.Status == CourseStatus.Archived ? CourseErrors.NotEditable : course;
    }

    private async Task<Result<Section>> LoadSectionAsync(AccessScope scope, Guid sectionId, CancellationToken ct)
    {
        var section = await db.Set<Section>().FirstOrDefaultAsync(s => s.Id == sectionId, ct);
        if (section is null)
        {
            return CourseErrors.SectionNotFound;
        }

        var course = await LoadEditableAsync(scope, section.CourseId, ct);
        return course.IsSuccess ? section : course.Error!;
    }

    private async Task<Result<Lesson>> LoadLessonAsync(AccessScope scope, Guid lessonId, CancellationToken ct)
    {
        var lesson = await db.Set<Lesson>().FirstOrDefaultAsync(l => l.Id == lessonId && !l.IsRemoved, ct);
        if (lesson is null)
        {
            return CourseErrors.LessonNotFound;
        }

        var course = await LoadEditableAsync(scope, lesson.CourseId, ct);
        return course.IsSuccess ? lesson : course.Error!;
    }

    /// <summary>Saves and lets the catalog forget what it showed, since this change may be on it.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
    }
}
