using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Areas.Courses.ViewModels;
using Lounb.Modules.Courses.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Areas.Courses.Controllers;

/// <summary>Methodologists and trainers author courses: details, cover, sections and lessons, publishing, copies.</summary>
[Area("Courses")]
[Authorize(Policy = CoursesPermissions.Author)]
[Route("admin/courses")]
internal sealed class AdminCoursesController(CourseAuthoringService authoring, LessonKindRegistry kinds, LessonReferencePickers pickers, LounbDbContext db) : Controller
{
    private const long MaxRequestBytes = 2100L * 1024 * 1024;

    private AccessScope Scope => AccessScope.Of(User, CoursesPermissions.Author);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await authoring.ListAsync(Scope, ct));

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

        var created = await authoring.CreateAsync(Scope, form.ToInput(), ct);
        if (!created.IsSuccess)
        {
            return await InvalidAsync(form, created.Error!, ct);
        }

        TempData["Status"] = "Курс створено. Додайте розділи й уроки.";
        return Redirect($"/admin/courses/{created.Value}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Course(Guid id, CancellationToken ct)
    {
        var course = await authoring.FindAsync(Scope, id, ct);
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
        var course = await authoring.FindAsync(Scope, id, ct);
        if (course is null)
        {
            return NotFound();
        }

        var form = new CourseForm
        {
            Id = course.Id, Title = course.Title, Slug = course.Slug, Summary = course.Summary, Audience = course.Audience, Format = course.Format,
            Hours = course.Hours, Topics = course.Topics, DepartmentId = course.DepartmentId,
            PrerequisiteIds = course.Prerequisites.Select(p => p.RequiredCourseId).ToList(),
        };
        return View(await WithChoicesAsync(form, ct));
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

        var updated = await authoring.UpdateAsync(Scope, id, form.ToInput(), ct);
        if (!updated.IsSuccess)
        {
            return updated.Error!.Code == "not_found" ? NotFound() : await InvalidAsync(form, updated.Error!, ct);
        }

        TempData["Status"] = "Зміни збережено.";
        return Redirect($"/admin/courses/{id}");
    }

    [HttpPost("{id:guid}/cover")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Cover(Guid id, IFormFile? file, CancellationToken ct)
    {
        // The scope is judged before the file, so a course outside it is a 404 with or without one.
        await using var stream = file?.OpenReadStream() ?? Stream.Null;
        return Outcome(id, await authoring.SetCoverAsync(Scope, id, new FileUpload(stream, file?.Length ?? 0, file?.FileName ?? ""), ct), "Обкладинку оновлено.");
    }

    [HttpPost("{id:guid}/publish")]
    public async Task<IActionResult> Publish(Guid id, CancellationToken ct) =>
        Outcome(id, await authoring.PublishAsync(Scope, id, ct), "Курс опубліковано: він у каталозі. Відкрийте набір, щоб на нього могли записатися.");

    [HttpPost("{id:guid}/archive")]
    public async Task<IActionResult> Archive(Guid id, CancellationToken ct) =>
        Outcome(id, await authoring.ArchiveAsync(Scope, id, ct), "Курс перенесено в архів.");

    [HttpPost("{id:guid}/duplicate")]
    public async Task<IActionResult> Duplicate(Guid id, CancellationToken ct)
    {
        var copy = await authoring.DuplicateAsync(Scope, id, ct);
        if (!copy.IsSuccess)
        {
            return NotFound();
        }

        TempData["Status"] = "Створено копію курсу (чернетка).";
        return Redirect($"/admin/courses/{copy.Value}");
    }

    [HttpPost("{id:guid}/sections")]
    public async Task<IActionResult> AddSection(Guid id, string? title, CancellationToken ct) =>
        Outcome(id, await authoring.AddSectionAsync(Scope, id, title, ct), "Розділ додано.");

    [HttpPost("{id:guid}/sections/{sectionId:guid}/rename")]
    public async Task<IActionResult> RenameSection(Guid id, Guid sectionId, string? title, CancellationToken ct) =>
        Outcome(id, await authoring.RenameSectionAsync(Scope, sectionId, title, ct), "Розділ перейменовано.");

    [HttpPost("{id:guid}/sections/{sectionId:guid}/move")]
    public async Task<IActionResult> MoveSection(Guid id, Guid sectionId, int direction, CancellationToken ct) =>
        Outcome(id, await authoring.MoveSectionAsync(Scope, sectionId, direction, ct), "");

    [HttpPost("{id:guid}/sections/{sectionId:guid}/lessons")]
    public async Task<IActionResult> AddLesson(Guid id, Guid sectionId, string? kind, string? title, CancellationToken ct)
    {
        var added = await authoring.AddLessonAsync(Scope, sectionId, kind ?? "", title, ct);
        if (!added.IsSuccess)
        {
            return Outcome(id, added.Error!, "");
        }

        return Redirect($"/admin/courses/{id}/lessons/{added.Value}");
    }

    /// <summary>The items a lesson of <paramref name="kind"/> may point at, for the picker as the author types (JSON).</summary>
    [HttpGet("lesson-references/{kind}")]
    public async Task<IActionResult> LessonReferences(string kind, string? q, CancellationToken ct) =>
        pickers.For(kind) is { } source ? Json(await source.SearchAsync(User, q, ReferencePicker.Limit, ct)) : NotFound();

    [HttpGet("{id:guid}/lessons/{lessonId:guid}")]
    public async Task<IActionResult> Lesson(Guid id, Guid lessonId, string? q, CancellationToken ct)
    {
        var found = await authoring.FindLessonAsync(Scope, lessonId, ct);
        if (found is not { } pair || pair.Course.Id != id)
        {
            return NotFound();
        }

        var (lesson, _) = pair;
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
        var found = await authoring.FindLessonAsync(Scope, lessonId, ct);
        if (found is not { } pair || pair.Course.Id != id)
        {
            return NotFound();
        }

        form.Id = lessonId;
        form.CourseId = id;
        form.Kind = pair.Lesson.Kind;
        form.CurrentFileName = pair.Lesson.FileName;
        form.PreviewHtml = pair.Lesson.BodyHtml;
        if (await pickers.RefuseAsync(User, form.Kind, form.ExtensionRef, pair.Lesson.ExtensionRef, ct) is { } refused)
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
            updated = await authoring.UpdateLessonAsync(Scope, lessonId, form.ToInput(), new FileUpload(stream, file.Length, file.FileName), ct);
        }
        else
        {
            updated = await authoring.UpdateLessonAsync(Scope, lessonId, form.ToInput(), null, ct);
        }

        if (!updated.IsSuccess)
        {
            ModelState.AddModelError("", updated.Error!.Message);
            return View(await DescribeAsync(form, null, ct));
        }

        TempData["Status"] = "Урок збережено.";
        return Redirect($"/admin/courses/{id}/lessons/{lessonId}");
    }

    [HttpPost("{id:guid}/lessons/{lessonId:guid}/move")]
    public async Task<IActionResult> MoveLesson(Guid id, Guid lessonId, int direction, CancellationToken ct) =>
        Outcome(id, await authoring.MoveLessonAsync(Scope, lessonId, direction, ct), "");

    [HttpPost("{id:guid}/lessons/{lessonId:guid}/remove")]
    public async Task<IActionResult> RemoveLesson(Guid id, Guid lessonId, CancellationToken ct) =>
        Outcome(id, await authoring.RemoveLessonAsync(Scope, lessonId, ct), "Урок вилучено з курсу. Позначки слухачів про нього збережено.");

    private async Task<LessonForm> DescribeAsync(LessonForm form, string? query, CancellationToken ct)
    {
        var kind = kinds.Find(form.Kind);
        form.KindName = kind?.DisplayName ?? form.Kind;
        form.ReferenceLabel = kind?.ReferenceLabel;
        form.Picker = await pickers.BuildAsync(User, form.Kind, form.ExtensionRef, query, ct);
        return form;
    }

    private IActionResult Outcome(Guid courseId, Result result, string success)
    {
        if (result.Error is { Code: "not_found" })
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            TempData["Error"] = result.Error!.Message;
        }
        else if (success.Length > 0)
        {
            TempData["Status"] = success;
        }

        return Redirect($"/admin/courses/{courseId}");
    }

    private async Task<IActionResult> InvalidAsync(CourseForm form, Error error, CancellationToken ct)
    {
        ModelState.AddModelError(error == CourseErrors.SlugInvalid || error == CourseErrors.SlugTaken ? nameof(CourseForm.Slug) : "", error.Message);
        return View("Edit", await WithChoicesAsync(form, ct));
    }

    private async Task<CourseForm> WithChoicesAsync(CourseForm form, CancellationToken ct)
    {
        form.Departments = await db.Departments.AsNoTracking()
            .Join(db.Libraries, d => d.LibraryId, l => l.Id, (d, l) => new { d.Id, d.Name, d.Abbreviation, Library = l.ShortName ?? l.Name })
            .OrderBy(d => d.Library).ThenBy(d => d.Name)
            .Select(d => new Choice(d.Id.ToString(), d.Library + " — " + (d.Abbreviation ?? d.Name)))
            .ToListAsync(ct);
        form.OtherCourses = await db.Set<Course>().AsNoTracking().Where(c => c.Id != form.Id && c.Status == CourseStatus.Published)
            .OrderBy(c => c.Title).Select(c => new Choice(c.Id.ToString(), c.Title)).ToListAsync(ct);
        return form;
    }
}
