using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Hubs.Application;
using Lounb.Modules.Hubs.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Hubs.Areas.Hubs.Controllers;

/// <summary>The methodologist's hub registry: hubs of their oblast, the mobile hub's itinerary, hub coordinators.</summary>
[Area("Hubs")]
[Authorize(Policy = HubsPermissions.Manage)]
internal sealed class HubRegistryController(HubRegistryService registry) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, HubsPermissions.Manage);

    [HttpGet("/hubs/registry")]
    public async Task<IActionResult> Index(string? oblast, HubStatus? status, CancellationToken ct) => View(await registry.ListAsync(Scope, oblast, status, ct));

    [HttpGet("/hubs/registry/new")]
    public async Task<IActionResult> New(CancellationToken ct) => View("Edit", await registry.NewPageAsync(Scope, new HubForm(), ct));

    [HttpPost("/hubs/registry/new")]
    public async Task<IActionResult> New(HubForm form, CancellationToken ct)
    {
        if (!(await registry.CreateAsync(Scope, form, ct)).Succeeded(out var id, out var error))
        {
            return await this.FormOrAsync(error, async () => View("Edit", await registry.NewPageAsync(Scope, form, ct)));
        }

        TempData[ErrorResponses.StatusKey] = "Хаб додано до реєстру.";
        return Redirect(HubUrl(id));
    }

    [HttpGet("/hubs/registry/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        (await registry.EditPageAsync(Scope, id, null, ct)).Succeeded(out var page, out var error) ? View(page) : this.Refuse(error);

    [HttpPost("/hubs/registry/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, HubForm form, CancellationToken ct)
    {
        if ((await registry.UpdateAsync(Scope, id, form, ct)).Failed(out var error))
        {
            return await this.FormOrAsync(error, async () =>
                (await registry.EditPageAsync(Scope, id, form, ct)).Succeeded(out var page, out var gone) ? View(page) : this.Refuse(gone));
        }

        TempData[ErrorResponses.StatusKey] = "Зміни збережено.";
        return Redirect(HubUrl(id));
    }

    [HttpPost("/hubs/registry/{id:guid}/stops")]
    public async Task<IActionResult> AddStop(Guid id, StopForm stop, CancellationToken ct) =>
        this.BackTo(HubUrl(id) + "#itinerary", await registry.AddStopAsync(Scope, id, stop, ct), "Зупинку додано до маршруту.");

    [HttpPost("/hubs/registry/{id:guid}/stops/{stopId:guid}/remove")]
    public async Task<IActionResult> RemoveStop(Guid id, Guid stopId, CancellationToken ct) =>
        this.BackTo(HubUrl(id) + "#itinerary", await registry.RemoveStopAsync(Scope, id, stopId, ct), "Зупинку вилучено з маршруту.");

    [HttpPost("/hubs/registry/{id:guid}/coordinators")]
    public async Task<IActionResult> AssignCoordinator(Guid id, Guid personId, DateOnly? since, CancellationToken ct) =>
        this.BackTo(HubUrl(id) + "#coordinators", await registry.AssignCoordinatorAsync(Scope, id, personId, since, ct), "Координатора призначено.");

    private static string HubUrl(Guid id) => $"/hubs/registry/{id}";
}
