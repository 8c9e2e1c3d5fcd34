using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Storage;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

internal sealed record CourseInput(
    string? Title, string? Slug, string? Summary, Audience Audience, CourseFormat Format, int Hours, string? Topics, Guid? DepartmentId, IReadOnlyList<Guid> PrerequisiteIds);

internal sealed record StaffCourseRow(Guid Id, string Slug, string Title, CourseStatus Status, Audience Audience, CourseFormat Format, int Lessons, int Runs, DateTime UpdatedAt);

/// <summary>The lists the course form picks from: departments (with their library) and the published courses that may be required first.</summary>
internal sealed record CourseFormChoices(IReadOnlyList<Choice> Departments, IReadOnlyList<Choice> OtherCourses);

/// <summary>Methodologists and trainers write a course's details and cover within their oblast scope.</summary>
internal sealed class CourseDetailsService(LounbDbContext db, AuthoringStore store, CourseUploads uploads, IPeopleDirectory directory)
{
    private sealed record ValidCourse(string Title, string Slug, string Summary, string Topics);

    public async Task<IReadOnlyList<StaffCourseRow>> ListAsync(AccessScope scope, CancellationToken ct) =>
        await scope.Filter(db.Set<Course>().AsNoTracking(), c => c.OwnerOblastCode)
            .OrderBy(c => c.Status).ThenBy(c => c.SortKey)
            .Select(c => new StaffCourseRow(c.Id, c.Slug, c.Title, c.Status, c.Audience, c.Format,
                db.Set<Lesson>().Count(l => l.CourseId == c.Id && !l.IsRemoved),
                db.Set<CourseRun>().Count(r => r.CourseId == c.Id),
                c.UpdatedAt))
            .ToListAsync(ct);

    /// <inheritdoc cref="AuthoringStore.FindAsync"/>
    public Task<Course?> FindAsync(AccessScope scope, Guid id, CancellationToken ct) => store.FindAsync(scope, id, ct);

    /// <summary>The course to edit with the form's lists, if within scope.</summary>
    public async Task<(Course Course, CourseFormChoices Choices)?> EditAsync(AccessScope scope, Guid id, CancellationToken ct) =>
        await store.FindAsync(scope, id, ct) is { } course ? (course, await ChoicesAsync(id, ct)) : null;

    /// <summary>The form's lists; <paramref name="courseId"/> (the course being edited) cannot require itself.</summary>
    public async Task<CourseFormChoices> ChoicesAsync(Guid? courseId, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking()
            .Join(directory.Libraries, d => d.LibraryId, l => l.Id, (d, l) => new { d.Id, d.Name, d.Abbreviation, Library = l.ShortName ?? l.Name })
            .OrderBy(d => d.Library).ThenBy(d => d.Name)
            .Select(d => new Choice(d.Id.ToString(), d.Library + " — " + (d.Abbreviation ?? d.Name)))
            .ToListAsync(ct);
        var others = await db.Set<Course>().AsNoTracking().Where(c => c.Id != courseId && c.Status == CourseStatus.Published)
            .OrderBy(c => c.Title).Select(c => new Choice(c.Id.ToString(), c.Title)).ToListAsync(ct);
        return new CourseFormChoices(departments, others);
    }

    public async Task<Result<Guid>> CreateAsync(AccessScope scope, CourseInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var owner = scope.IsNational ? null : scope.OblastCodes.Order(StringComparer.Ordinal).FirstOrDefault();
        if (!scope.IsNational && owner is null)
        {
            return CourseErrors.NoOblastToAuthorIn;
        }

        if (!(await ValidateAsync(input, null, ct)).Succeeded(out var valid, out var error))
        {
            return error;
        }

        var course = new Course(valid.Slug, valid.Title, owner, store.Now);
        Apply(course, input, valid);
        db.Add(course);
        await store.SaveAsync(ct);
        return course.Id;
    }

    public async Task<Result> UpdateAsync(AccessScope scope, Guid id, CourseInput input, CancellationToken ct)
    {
        if (!(await store.EditableCourseAsync(scope, id, ct)).Succeeded(out var course, out var error)
            || !(await ValidateAsync(input, id, ct)).Succeeded(out var valid, out error))
        {
            return error;
        }

        course.Slug = valid.Slug;
        course.Title = valid.Title;
        Apply(course, input, valid);
        return await store.SaveAsync(ct);
    }

    public async Task<Result> SetCoverAsync(AccessScope scope, Guid id, FileUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!(await store.EditableCourseAsync(scope, id, ct)).Succeeded(out var course, out var error))
        {
            return error;
        }

        if (upload.Length == 0)
        {
            return CourseErrors.CoverRequired;
        }

        if (!(await uploads.StoreAsync(upload.Content, upload.Length, upload.FileName, [FileCategory.Image], ct)).Succeeded(out var stored, out error))
        {
            return error;
        }

        course.CoverImageKey = stored.Key;
        course.UpdatedAt = store.Now;
        return await store.SaveAsync(ct);
    }

    private void Apply(Course course, CourseInput input, ValidCourse valid)
    {
        course.Summary = valid.Summary;
        course.Audience = input.Audience;
        course.Format = input.Format;
        course.Hours = input.Hours;
        course.Topics = valid.Topics;
        course.DepartmentId = input.DepartmentId;
        course.UpdatedAt = store.Now;
        course.Prerequisites.RemoveAll(p => !input.PrerequisiteIds.Contains(p.RequiredCourseId));
        foreach (var required in input.PrerequisiteIds.Where(r => r != course.Id && course.Prerequisites.All(p => p.RequiredCourseId != r)))
        {
            course.Prerequisites.Add(new CoursePrerequisite { CourseId = course.Id, RequiredCourseId = required });
        }
    }

    private async Task<Result<ValidCourse>> ValidateAsync(CourseInput input, Guid? existingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!CourseRules.Title(input.Title).Succeeded(out var title, out var error)
            || !CourseRules.Summary(input.Summary).Succeeded(out var summary, out error)
            || !CourseRules.Slug(input.Slug, title).Succeeded(out var slug, out error)
            || !CourseRules.Topics(input.Topics).Succeeded(out var topics, out error))
        {
            return error;
        }

        if (CourseRules.Hours(input.Hours) is { } hours)
        {
            return hours;
        }

        if (await db.Set<Course>().AnyAsync(c => c.Slug == slug && c.Id != existingId, ct))
        {
            return CourseErrors.SlugTaken;
        }

        if (input.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, ct))
        {
            return CourseErrors.UnknownDepartment;
        }

        var prerequisites = input.PrerequisiteIds.Distinct().ToList();
        if (prerequisites.Count > 0 && await db.Set<Course>().CountAsync(c => prerequisites.Contains(c.Id), ct) != prerequisites.Count)
        {
            return CourseErrors.UnknownPrerequisite;
        }

        return new ValidCourse(title, slug, summary, topics);
    }
}
