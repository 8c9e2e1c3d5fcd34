using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Areas.Courses.ViewModels;
using Lounb.Modules.Courses.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Courses.Areas.Courses.Controllers;

/// <summary>Methodologists and trainers author courses: details, cover, sections and lessons, publishing, copies.</summary>
[Area("Courses")]
[Authorize(Policy = CoursesPermissions.Author)]
[Route("admin/courses")]
internal sealed class AdminCoursesController(
    CourseDetailsService details, CourseOutlineService outline, LessonEditingService lessons, CoursePublishingService publishing,
    LessonKindRegistry kinds, LessonReferencePickers pickers) : Controller
{
    private const long MaxRequestBytes = 2100L * 1024 * 1024;

    private AccessScope Scope => AccessScope.Of(User, CoursesPermissions.Author);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await details.ListAsync(Scope, ct));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Edit", await WithChoicesAsync(new CourseForm { Hours = 2 }, ct));

    [HttpPost("new")]
    public async Task<IActionResult> Create(CourseForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", await WithChoicesAsync(form, ct));
        }

        if (!(await details.CreateAsync(Scope, form.ToInput(), ct)).Succeeded(out var id, out var error))
        {
            return await this.FormOrAsync(error, async () => View("Edit", await WithChoicesAsync(form, ct)));
        }

        TempData[ErrorResponses.StatusKey] = "Курс створено. Додайте розділи й уроки.";
        return Redirect($"/admin/courses/{id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Course(Guid id, CancellationToken ct)
    {
        var course = await details.FindAsync(Scope, id, ct);
        if (course is null)
        {
            return NotFound();
        }

        ViewData["Kinds"] = kinds.All.Select(k => new Choice(k.Key, k.DisplayName)).ToList();
        return View(course);
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        if (await details.EditAsync(Scope, id, ct) is not ({ } course, { } choices))
        {
            return NotFound();
        }

        return View(new CourseForm
        {
            Id = course.Id, Title = course.Title, Slug = course.Slug, Summary = course.Summary, Audience = course.Audience, Format = course.Format,
            Hours = course.Hours, Topics = course.Topics, DepartmentId = course.DepartmentId,
            PrerequisiteIds = course.Prerequisites.Select(p => p.RequiredCourseId).ToList(),
            Departments = choices.Departments, OtherCourses = choices.OtherCourses,
        });
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CourseForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = id;
        if (!ModelState.IsValid)
        {
            return View(await WithChoicesAsync(form, ct));
        }

        if ((await details.UpdateAsync(Scope, id, form.ToInput(), ct)).Failed(out var error))
        {
            return await this.FormOrAsync(error, async () => View("Edit", await WithChoicesAsync(form, ct)));
        }

        TempData[ErrorResponses.StatusKey] = "Зміни збережено.";
        return Redirect($"/admin/courses/{id}");
    }

    [HttpPost("{id:guid}/cover")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Cover(Guid id, IFormFile? file, CancellationToken ct)
    {
        // The scope is judged before the file, so a course outside it is a 404 with or without one.
        await using var stream = file?.OpenReadStream() ?? Stream.Null;
        return BackToCourse(id, await details.SetCoverAsync(Scope, id, new FileUpload(stream, file?.Length ?? 0, file?.FileName ?? ""), ct), "Обкладинку оновлено.");
    }

    [HttpPost("{id:guid}/publish")]
    public async Task<IActionResult> Publish(Guid id, CancellationToken ct) =>
        BackToCourse(id, await publishing.PublishAsync(Scope, id, ct), "Курс опубліковано: він у каталозі. Відкрийте набір, щоб на нього могли записатися.");

    [HttpPost("{id:guid}/archive")]
    public async Task<IActionResult> Archive(Guid id, CancellationToken ct) =>
        BackToCourse(id, await publishing.ArchiveAsync(Scope, id, ct), "Курс перенесено в архів.");

    [HttpPost("{id:guid}/duplicate")]
    public async Task<IActionResult> Duplicate(Guid id, CancellationToken ct)
    {
        var copy = await publishing.DuplicateAsync(Scope, id, ct);
        return this.BackTo(copy.Succeeded(out var copyId, out _) ? $"/admin/courses/{copyId}" : $"/admin/courses/{id}", copy, "Створено копію курсу (чернетка).");
    }

    [HttpPost("{id:guid}/sections")]
    public async Task<IActionResult> AddSection(Guid id, string? title, CancellationToken ct) =>
        BackToCourse(id, await outline.AddSectionAsync(Scope, id, title, ct), "Розділ додано.");

    [HttpPost("{id:guid}/sections/{sectionId:guid}/rename")]
    public async Task<IActionResult> RenameSection(Guid id, Guid sectionId, string? title, CancellationToken ct) =>
        BackToCourse(id, await outline.RenameSectionAsync(Scope, sectionId, title, ct), "Розділ перейменовано.");

    [HttpPost("{id:guid}/sections/{sectionId:guid}/move")]
    public async Task<IActionResult> MoveSection(Guid id, Guid sectionId, int direction, CancellationToken ct) =>
        BackToCourse(id, await outline.MoveSectionAsync(Scope, sectionId, direction, ct), "Розділ переміщено.");

    [HttpPost("{id:guid}/sections/{sectionId:guid}/lessons")]
    public async Task<IActionResult> AddLesson(Guid id, Guid sectionId, string? kind, string? title, CancellationToken ct)
    {
        var added = await outline.AddLessonAsync(Scope, sectionId, kind ?? "", title, ct);
        return added.Succeeded(out var lessonId, out _)
            ? Redirect($"/admin/courses/{id}/lessons/{lessonId}")
            : BackToCourse(id, added, "");
    }

    /// <summary>The items a lesson of <paramref name="kind"/> may point at, for the picker as the author types (JSON).</summary>
    [HttpGet("lesson-references/{kind}")]
    public async Task<IActionResult> LessonReferences(string kind, string? q, CancellationToken ct) =>
        pickers.For(kind) is { } source ? Json(await source.SearchAsync(User, q, ReferencePicker.Limit, ct)) : NotFound();

    [HttpGet("{id:guid}/lessons/{lessonId:guid}")]
    public async Task<IActionResult> Lesson(Guid id, Guid lessonId, string? q, CancellationToken ct)
    {
        if (await lessons.FindAsync(Scope, id, lessonId, ct) is not { } lesson)
        {
            return NotFound();
        }

        return View(await DescribeAsync(new LessonForm
        {
            Id = lesson.Id, CourseId = id, Kind = lesson.Kind, Title = lesson.Title, IsRequired = lesson.IsRequired,
            BodyMarkdown = lesson.BodyMarkdown, Url = lesson.Url, ExtensionRef = lesson.ExtensionRef, CurrentFileName = lesson.FileName, PreviewHtml = lesson.BodyHtml,
        }, q, ct));
    }

    [HttpPost("{id:guid}/lessons/{lessonId:guid}")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Lesson(Guid id, Guid lessonId, LessonForm form, IFormFile? file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await lessons.FindAsync(Scope, id, lessonId, ct) is not { } lesson)
        {
            return NotFound();
        }

        form.Id = lessonId;
        form.CourseId = id;
        form.Kind = lesson.Kind;
        form.CurrentFileName = lesson.FileName;
        form.PreviewHtml = lesson.BodyHtml;
        if (await pickers.RefuseAsync(User, form.Kind, form.ExtensionRef, lesson.ExtensionRef, ct) is { } refused)
        {
            ModelState.AddModelError(nameof(LessonForm.ExtensionRef), refused);
        }

        if (!ModelState.IsValid)
        {
            return View(await DescribeAsync(form, null, ct));
        }

        Result updated;
        if (file is { Length: > 0 })
        {
            await using var stream = file.OpenReadStream();
            updated = await lessons.UpdateAsync(Scope, lessonId, form.ToInput(), new FileUpload(stream, file.Length, file.FileName), ct);
        }
        else
        {
            updated = await lessons.UpdateAsync(Scope, lessonId, form.ToInput(), null, ct);
        }

        if (updated.Failed(out var error))
        {
            return await this.FormOrAsync(error, async () => View(await DescribeAsync(form, null, ct)));
        }

        TempData[ErrorResponses.StatusKey] = "Урок збережено.";
        return Redirect($"/admin/courses/{id}/lessons/{lessonId}");
    }

    [HttpPost("{id:guid}/lessons/{lessonId:guid}/move")]
    public async Task<IActionResult> MoveLesson(Guid id, Guid lessonId, int direction, CancellationToken ct) =>
        BackToCourse(id, await outline.MoveLessonAsync(Scope, lessonId, direction, ct), "Урок переміщено.");

    [HttpPost("{id:guid}/lessons/{lessonId:guid}/remove")]
    public async Task<IActionResult> RemoveLesson(Guid id, Guid lessonId, CancellationToken ct) =>
        BackToCourse(id, await outline.RemoveLessonAsync(Scope, lessonId, ct), "Урок вилучено з курсу. Позначки слухачів про нього збережено.");

    private IActionResult BackToCourse(Guid courseId, Result result, string done) => this.BackTo($"/admin/courses/{courseId}", result, done);

    private async Task<LessonForm> DescribeAsync(LessonForm form, string? query, CancellationToken ct)
    {
        var kind = kinds.Find(form.Kind);
        form.KindName = kind?.DisplayName ?? form.Kind;
        form.ReferenceLabel = kind?.ReferenceLabel;
        form.Picker = await pickers.BuildAsync(User, form.Kind, form.ExtensionRef, query, ct);
        return form;
    }

    private async Task<CourseForm> WithChoicesAsync(CourseForm form, CancellationToken ct)
    {
        var choices = await details.ChoicesAsync(form.Id, ct);
        form.Departments = choices.Departments;
        form.OtherCourses = choices.OtherCourses;
        return form;
    }
}
