using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Areas.Webinars.ViewModels;
using Lounb.Modules.Webinars.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Webinars.Areas.Webinars.Controllers;

/// <summary>Staff pages: plan events and series, edit, reschedule, cancel, handle registrations.</summary>
[Area("Webinars")]
[Authorize(Policy = WebinarsPermissions.Moderate)]
internal sealed class AdminWebinarsController(AdminWebinarPages pages, SchedulingService scheduling, RegistrationService registrations) : Controller
{
    [HttpGet("/admin/webinars")]
    public async Task<IActionResult> Index(string? show, CancellationToken ct) => View(await pages.ListAsync(show, User, ct));

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpGet("/admin/webinars/new")]
    public async Task<IActionResult> New(CancellationToken ct) => View("Edit", await pages.NewFormAsync(User, ct));

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpPost("/admin/webinars/new")]
    public async Task<IActionResult> New(EventForm form, CancellationToken ct)
    {
        var result = await scheduling.CreateAsync(form.ToInput(), form.ToRule(), User, ct);
        if (!result.Succeeded(out var scheduled, out var error))
        {
            return await this.FormOrAsync(error, async () => View("Edit", await pages.RefusedFormAsync(form, User, ct)));
        }

        TempData[ErrorResponses.StatusKey] = scheduled.SeriesId is null ? "Подію заплановано." : $"Серію заплановано: зустрічей — {scheduled.Occurrences}.";
        return Redirect($"/admin/webinars/{scheduled.EventId}");
    }

    [HttpGet("/admin/webinars/{id:guid}")]
    public async Task<IActionResult> Event(Guid id, CancellationToken ct) =>
        await pages.EventAsync(id, User, ct) is { } page ? View(page) : NotFound();

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpGet("/admin/webinars/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        await pages.EditFormAsync(id, User, ct) is { } form ? View(form) : NotFound();

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpPost("/admin/webinars/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, EventForm form, CancellationToken ct)
    {
        form.Id = id;
        var result = await scheduling.UpdateAsync(id, form.ToInput(), form.AlsoFutureOfSeries, User, ct);
        if (result.Failed(out var error))
        {
            return await this.FormOrAsync(error, async () => View(await pages.RefusedFormAsync(form, User, ct)));
        }

        TempData[ErrorResponses.StatusKey] = "Зміни збережено. Зареєстровані побачать їх у календарі; нагадування переплановано.";
        return Redirect($"/admin/webinars/{id}");
    }

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpPost("/admin/webinars/{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, string? reason, bool alsoFutureOfSeries, CancellationToken ct) =>
        this.BackTo($"/admin/webinars/{id}", await scheduling.CancelAsync(id, reason, alsoFutureOfSeries, User, ct), "Скасовано. Зареєстрованим надіслано лист.");

    [HttpPost("/admin/webinars/registrations/{registrationId:guid}/approve")]
    public async Task<IActionResult> Approve(Guid registrationId, Guid eventId, CancellationToken ct)
    {
        var result = await registrations.ApproveAsync(registrationId, User, ct);
        var done = result.Succeeded(out var status, out _) && status == RegistrationStatus.Confirmed
            ? "Заявку схвалено."
            : "Місць немає: заявку поставлено в список очікування.";
        return this.BackTo($"/admin/webinars/{eventId}#registrants", result, done);
    }

    [HttpPost("/admin/webinars/registrations/{registrationId:guid}/decline")]
    public async Task<IActionResult> Decline(Guid registrationId, Guid eventId, CancellationToken ct) =>
        this.BackTo($"/admin/webinars/{eventId}#registrants", await registrations.DeclineAsync(registrationId, User, ct), "Заявку відхилено.");
}
