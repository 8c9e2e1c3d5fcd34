using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Areas.Courses.ViewModels;
using Lounb.Modules.Courses.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Courses.Areas.Courses.Controllers;

/// <summary>Runs of a course: dates, capacity, enrolment mode; who is in, approvals and assignment of librarians.</summary>
[Area("Courses")]
[Authorize(Policy = CoursesPermissions.ManageRuns)]
internal sealed class AdminRunsController(CourseRunService runs, RunPagesService pages) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, CoursesPermissions.ManageRuns);

    private AccessScope AssignScope => AccessScope.Of(User, CoursesPermissions.Assign);

    [HttpGet("/admin/courses/{courseId:guid}/runs")]
    public async Task<IActionResult> Index(Guid courseId, CancellationToken ct)
    {
        if (await pages.CourseRunsAsync(Scope, courseId, ct) is not { } page)
        {
            return NotFound();
        }

        ViewData["Course"] = page.Course;
        return View(page.Runs);
    }

    [HttpGet("/admin/courses/{courseId:guid}/runs/new")]
    public async Task<IActionResult> Create(Guid courseId, CancellationToken ct)
    {
        if (await runs.NewRunAsync(Scope, courseId, ct) is not { } start)
        {
            return NotFound();
        }

        return View("Edit", new RunForm
        {
            CourseId = courseId, CourseTitle = start.CourseTitle, Title = $"{start.CourseTitle} — новий набір", StartsOn = start.Today, EndsOn = start.Today.AddMonths(3),
            Capacity = 25, Trainers = start.Trainers,
        });
    }

    [HttpPost("/admin/courses/{courseId:guid}/runs/new")]
    public async Task<IActionResult> Create(Guid courseId, RunForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.CourseId = courseId;
        if (!ModelState.IsValid)
        {
            return View("Edit", await WithTrainersAsync(form, ct));
        }

        if (!(await runs.CreateAsync(Scope, courseId, form.ToInput(), ct)).Succeeded(out var runId, out var error))
        {
            return await this.FormOrAsync(error, async () => View("Edit", await WithTrainersAsync(form, ct)));
        }

        TempData[ErrorResponses.StatusKey] = "Набір створено як чернетку. Відкрийте запис, коли все готово.";
        return Redirect($"/admin/runs/{runId}");
    }

    [HttpGet("/admin/runs/{runId:guid}")]
    public async Task<IActionResult> Run(Guid runId, CancellationToken ct) =>
        await pages.RunAsync(Scope, AssignScope, runId, ct) is { } page ? View(page) : NotFound();

    [HttpGet("/admin/runs/{runId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid runId, CancellationToken ct)
    {
        if (await runs.EditRunAsync(Scope, runId, ct) is not { Run: { } run } start)
        {
            return NotFound();
        }

        return View(new RunForm
        {
            Id = run.Id, CourseId = run.CourseId, CourseTitle = start.CourseTitle, Title = run.Title, StartsOn = run.StartsOn, EndsOn = run.EndsOn,
            Capacity = run.Capacity, Mode = run.Mode, InviteCode = run.InviteCode, TrainerIds = run.Trainers.Select(t => t.UserId).ToList(), Trainers = start.Trainers,
        });
    }

    [HttpPost("/admin/runs/{runId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid runId, RunForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = runId;
        if (!ModelState.IsValid)
        {
            return View(await WithTrainersAsync(form, ct));
        }

        if ((await runs.UpdateAsync(Scope, runId, form.ToInput(), ct)).Failed(out var error))
        {
            return await this.FormOrAsync(error, async () => View(await WithTrainersAsync(form, ct)));
        }

        TempData[ErrorResponses.StatusKey] = "Набір збережено.";
        return Redirect($"/admin/runs/{runId}");
    }

    [HttpPost("/admin/runs/{runId:guid}/publish")]
    public async Task<IActionResult> Publish(Guid runId, CancellationToken ct) =>
        this.BackTo($"/admin/runs/{runId}", await runs.SetStateAsync(Scope, runId, RunState.Published, ct), "Запис відкрито: набір видно в каталозі.");

    [HttpPost("/admin/runs/{runId:guid}/close")]
    public async Task<IActionResult> Close(Guid runId, CancellationToken ct) =>
        this.BackTo($"/admin/runs/{runId}", await runs.SetStateAsync(Scope, runId, RunState.Closed, ct), "Запис закрито. Слухачі продовжують навчання.");

    [HttpPost("/admin/runs/{runId:guid}/enrollments/{enrollmentId:guid}/approve")]
    public async Task<IActionResult> Approve(Guid runId, Guid enrollmentId, CancellationToken ct) =>
        this.BackTo($"/admin/runs/{runId}", await runs.DecideAsync(Scope, runId, enrollmentId, approve: true, ct), "Заявку схвалено.");

    [HttpPost("/admin/runs/{runId:guid}/enrollments/{enrollmentId:guid}/reject")]
    public async Task<IActionResult> Reject(Guid runId, Guid enrollmentId, CancellationToken ct) =>
        this.BackTo($"/admin/runs/{runId}", await runs.DecideAsync(Scope, runId, enrollmentId, approve: false, ct), "Заявку відхилено.");

    [HttpPost("/admin/runs/{runId:guid}/assign")]
    [Authorize(Policy = CoursesPermissions.Assign)]
    public async Task<IActionResult> Assign(Guid runId, string? oblastCode, Guid? libraryId, CancellationToken ct)
    {
        var assigned = await runs.AssignLibrariansAsync(AssignScope, runId, string.IsNullOrEmpty(oblastCode) ? null : oblastCode, null, libraryId, ct);
        return this.BackTo($"/admin/runs/{runId}", assigned, assigned.Succeeded(out var count, out _) ? $"Записано бібліотекарів: {count}." : "");
    }

    private async Task<RunForm> WithTrainersAsync(RunForm form, CancellationToken ct)
    {
        form.Trainers = await runs.TrainersAsync(Scope, ct);
        return form;
    }
}
