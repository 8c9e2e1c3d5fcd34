using System.Security.Claims;
using Lounb.Modules.Core.Web;
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

        if (!(await pages.CreateAsync(form.ToInput(), CurrentUserId(), publish, ct)).Succeeded(out var id, out var error))
        {
            return this.FormOr(error, () => View("Edit", form));
        }

        TempData[ErrorResponses.StatusKey] = publish ? "Сторінку опубліковано." : "Чернетку збережено.";
        return RedirectToAction(nameof(Edit), new { id });
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

        if ((await pages.UpdateAsync(id, form.ToInput(), ct)).Failed(out var error))
        {
            return this.FormOr(error, () => View("Edit", form));
        }

        TempData[ErrorResponses.StatusKey] = "Зміни збережено.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:guid}/publish")]
    public Task<IActionResult> Publish(Guid id, CancellationToken ct) => SetPublished(id, true, "Опубліковано.", ct);

    [HttpPost("{id:guid}/unpublish")]
    public Task<IActionResult> Unpublish(Guid id, CancellationToken ct) => SetPublished(id, false, "Знято з публікації: тепер це чернетка.", ct);

    [HttpPost("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct) =>
        this.BackTo("/admin/pages", await pages.DeleteAsync(id, ct), "Сторінку видалено.");

    private async Task<IActionResult> SetPublished(Guid id, bool published, string message, CancellationToken ct) =>
        this.BackTo($"/admin/pages/{id}/edit", await pages.SetPublishedAsync(id, published, ct), message);

    private Guid? CurrentUserId() =>
        Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
