using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Application;
using Lounb.Modules.Courses.Areas.Courses.ViewModels;
using Lounb.Modules.Courses.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Areas.Courses.Controllers;

internal sealed record RunPage(CourseRun Run, Course Course, IReadOnlyList<EnrollmentRow> Enrollments, bool CanAssign, IReadOnlyList<Choice> Oblasts, IReadOnlyList<Choice> Libraries);

/// <summary>Runs of a course: dates, capacity, enrolment mode; who is in, approvals and assignment of librarians.</summary>
[Area("Courses")]
[Authorize(Policy = CoursesPermissions.ManageRuns)]
internal sealed class AdminRunsController(CourseRunService runs, CourseAuthoringService authoring, LounbDbContext db, LocalTime localTime, TimeProvider time) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, CoursesPermissions.ManageRuns);

    [HttpGet("/admin/courses/{courseId:guid}/runs")]
    public async Task<IActionResult> Index(Guid courseId, CancellationToken ct)
    {
        var course = await authoring.FindAsync(Scope, courseId, ct);
        if (course is null)
        {
            return NotFound();
        }

        ViewData["Course"] = course;
        return View(await runs.ListAsync(courseId, ct));
    }

    [HttpGet("/admin/courses/{courseId:guid}/runs/new")]
    public async Task<IActionResult> Create(Guid courseId, CancellationToken ct)
    {
        var course = await authoring.FindAsync(Scope, courseId, ct);
        if (course is null)
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(localTime.ToLocal(time.GetUtcNow().UtcDateTime));
        return View("Edit", await WithTrainersAsync(new RunForm { CourseId = courseId, CourseTitle = course.Title, Title = $"{course.Title} — новий набір", StartsOn = today, EndsOn = today.AddMonths(3), Capacity = 25 }, ct));
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

        var created = await runs.CreateAsync(Scope, courseId, form.ToInput(), ct);
        if (!created.IsSuccess)
        {
            if (created.Error!.Code == "not_found")
            {
                return NotFound();
            }

            ModelState.AddModelError("", created.Error.Message);
            return View("Edit", await WithTrainersAsync(form, ct));
        }

        TempData["Status"] = "Набір створено як чернетку. Відкрийте запис, коли все готово.";
        return Redirect($"/admin/runs/{created.Value}");
    }

    [HttpGet("/admin/runs/{runId:guid}")]
    public async Task<IActionResult> Run(Guid runId, CancellationToken ct)
    {
        var found = await runs.FindAsync(Scope, runId, ct);
        if (found is not { } pair)
        {
            return NotFound();
        }

        var assignScope = AccessScope.Of(User, CoursesPermissions.Assign);
        var oblasts = (await assignScope.Filter(db.Oblasts.AsNoTracking(), o => o.Code).Select(o => new Choice(o.Code, o.Name)).ToListAsync(ct)).InDisplayOrder(c => c.Value).ToList();
        var libraries = await assignScope.Filter(db.Libraries.AsNoTracking(), l => l.OblastCode).OrderBy(l => l.Name).Select(l => new Choice(l.Id.ToString(), l.Name)).ToListAsync(ct);
        return View(new RunPage(pair.Run, pair.Course, await runs.EnrollmentsAsync(runId, ct), !assignScope.IsNone, oblasts, libraries));
    }

    [HttpGet("/admin/runs/{runId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid runId, CancellationToken ct)
    {
        var found = await runs.FindAsync(Scope, runId, ct);
        if (found is not { } pair)
        {
            return NotFound();
        }

        var run = pair.Run;
        return View(await WithTrainersAsync(new RunForm
        {
            Id = run.Id, CourseId = run.CourseId, CourseTitle = pair.Course.Title, Title = run.Title, StartsOn = run.StartsOn, EndsOn = run.EndsOn,
            Capacity = run.Capacity, Mode = run.Mode, InviteCode = run.InviteCode, TrainerIds = run.Trainers.Select(t => t.UserId).ToList(),
        }, ct));
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

        var updated = await runs.UpdateAsync(Scope, runId, form.ToInput(), ct);
        if (!updated.IsSuccess)
        {
            if (updated.Error!.Code == "not_found")
            {
                return NotFound();
            }

            ModelState.AddModelError("", updated.Error.Message);
            return View(await WithTrainersAsync(form, ct));
        }

        TempData["Status"] = "Набір збережено.";
        return Redirect($"/admin/runs/{runId}");
    }

    [HttpPost("/admin/runs/{runId:guid}/publish")]
    public async Task<IActionResult> Publish(Guid runId, CancellationToken ct) =>
        Outcome(runId, await runs.SetStateAsync(Scope, runId, RunState.Published, ct), "Запис відкрито: набір видно в каталозі.");

    [HttpPost("/admin/runs/{runId:guid}/close")]
    public async Task<IActionResult> Close(Guid runId, CancellationToken ct) =>
        Outcome(runId, await runs.SetStateAsync(Scope, runId, RunState.Closed, ct), "Запис закрито. Слухачі продовжують навчання.");

    [HttpPost("/admin/runs/{runId:guid}/enrollments/{enrollmentId:guid}/approve")]
    public async Task<IActionResult> Approve(Guid runId, Guid enrollmentId, CancellationToken ct) =>
        Outcome(runId, await runs.DecideAsync(Scope, runId, enrollmentId, approve: true, ct), "Заявку схвалено.");

    [HttpPost("/admin/runs/{runId:guid}/enrollments/{enrollmentId:guid}/reject")]
    public async Task<IActionResult> Reject(Guid runId, Guid enrollmentId, CancellationToken ct) =>
        Outcome(runId, await runs.DecideAsync(Scope, runId, enrollmentId, approve: false, ct), "Заявку відхилено.");

    [HttpPost("/admin/runs/{runId:guid}/assign")]
    [Authorize(Policy = CoursesPermissions.Assign)]
    public async Task<IActionResult> Assign(Guid runId, string? oblastCode, Guid? libraryId, CancellationToken ct)
    {
        var assigned = await runs.AssignLibrariansAsync(AccessScope.Of(User, CoursesPermissions.Assign), runId,
            string.IsNullOrEmpty(oblastCode) ? null : oblastCode, null, libraryId, ct);
        return assigned.IsSuccess
            ? Outcome(runId, Result.Success(), $"Записано бібліотекарів: {assigned.Value}.")
            : assigned.Error!.Code == "forbidden" ? Forbid() : Outcome(runId, assigned.Error!, "");
    }

    /// <summary>Trainers within the staff member's scope (national trainers only for national staff).</summary>
    private async Task<RunForm> WithTrainersAsync(RunForm form, CancellationToken ct)
    {
        var trainerRole = await db.Roles.Where(r => r.Name == Roles.Trainer).Select(r => r.Id).SingleAsync(ct);
        var scope = Scope;
        var scopes = scope.OblastCodes.ToList();
        form.Trainers = await db.UserRoles.AsNoTracking()
            .Where(ur => ur.RoleId == trainerRole && (scope.IsNational || (ur.ScopeOblastCode != null && scopes.Contains(ur.ScopeOblastCode))))
            .Join(db.Users, ur => ur.UserId, u => u.Id, (_, u) => new { u.Id, u.FullName, u.SortName })
            .OrderBy(u => u.SortName)
            .Select(u => new Choice(u.Id.ToString(), u.FullName))
            .ToListAsync(ct);
        return form;
    }

    private IActionResult Outcome(Guid runId, Result result, string success)
    {
        if (result.Error is { Code: "not_found" } && result.Error == CourseErrors.RunNotFound)
        {
            return NotFound();
        }

        TempData[result.IsSuccess ? "Status" : "Error"] = result.IsSuccess ? success : result.Error!.Message;
        return Redirect($"/admin/runs/{runId}");
    }
}
