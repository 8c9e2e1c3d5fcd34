using System.Security.Claims;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Pages.Application;
using Lounb.Modules.Pages.Areas.Pages.ViewModels;
using Lounb.Modules.Pages.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Pages.Areas.Pages.Controllers;

/// <summary>Staff write, publish and withdraw pages and announcements.</summary>
[Area("Pages")]
[Authorize(Policy = PagesPermissions.Manage)]
[Route("admin/pages")]
internal sealed class AdminPagesController(PageService pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await pages.ListAsync(null, ct));

    [HttpGet("new")]
    public IActionResult Create(PageKind kind = PageKind.Page) => View("Edit", new PageFormModel { Kind = kind });

    [HttpPost("new")]
    public async Task<IActionResult> Create(PageFormModel form, bool publish, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var created = await pages.CreateAsync(form.ToInput(), CurrentUserId(), publish, ct);
        if (!created.IsSuccess)
        {
            return Invalid(form, created.Error!);
        }

        TempData["Status"] = publish ? "Сторінку опубліковано." : "Чернетку збережено.";
        return RedirectToAction(nameof(Edit), new { id = created.Value });
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var page = await pages.FindAsync(id, ct);
        return page is null ? NotFound() : View(PageFormModel.From(page, page.BodyHtml));
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, PageFormModel form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = id;
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var updated = await pages.UpdateAsync(id, form.ToInput(), ct);
        if (!updated.IsSuccess)
        {
            return updated.Error!.Code == "not_found" ? NotFound() : Invalid(form, updated.Error!);
        }

        TempData["Status"] = "Зміни збережено.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:guid}/publish")]
    public Task<IActionResult> Publish(Guid id, CancellationToken ct) => SetPublished(id, true, "Опубліковано.", ct);

    [HttpPost("{id:guid}/unpublish")]
    public Task<IActionResult> Unpublish(Guid id, CancellationToken ct) => SetPublished(id, false, "Знято з публікації: тепер це чернетка.", ct);

    [HttpPost("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        var deleted = await pages.DeleteAsync(id, ct);
        if (!deleted.IsSuccess)
        {
            return NotFound();
        }

        TempData["Status"] = "Сторінку видалено.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetPublished(Guid id, bool published, string message, CancellationToken ct)
    {
        var result = await pages.SetPublishedAsync(id, published, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        TempData["Status"] = message;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private ViewResult Invalid(PageFormModel form, Error error)
    {
        var field = error == PageErrors.SlugInvalid || error == PageErrors.SlugTaken ? nameof(PageFormModel.Slug) : "";
        ModelState.AddModelError(field, error.Message);
        return View("Edit", form);
    }

    private Guid? CurrentUserId() =>
        Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
