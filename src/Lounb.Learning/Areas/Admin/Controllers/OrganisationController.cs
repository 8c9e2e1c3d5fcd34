using Lounb.Learning.Organisation;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Areas.Admin.Controllers;

internal sealed record CsvImportView(IReadOnlyList<CsvLineError> Errors, string? FileName);

/// <summary>The organisation tree within the staff member's scope: oblasts, hromadas, libraries and departments, and CSV import.</summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.OrganisationManage)]
[Route("admin/organisation")]
internal sealed class OrganisationController(OrganisationService organisation, OrganisationCsvImport csvImport) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, PlatformPermissions.OrganisationManage);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await organisation.ListOblastsAsync(Scope, ct));

    [HttpGet("{code:regex(^UA-\\d\\d$)}")]
    public async Task<IActionResult> Oblast(string code, CancellationToken ct)
    {
        var tree = await organisation.GetOblastAsync(Scope, code, ct);
        return tree is null ? NotFound() : View(tree);
    }

    [HttpPost("{code:regex(^UA-\\d\\d$)}/hromadas")]
    public async Task<IActionResult> CreateHromada(string code, string? name, CancellationToken ct)
    {
        var result = await organisation.CreateHromadaAsync(Scope, code, name, ct);
        return this.BackTo($"/admin/organisation/{code}", result, "Громаду додано.");
    }

    [HttpPost("{code:regex(^UA-\\d\\d$)}/libraries")]
    public async Task<IActionResult> CreateLibrary(string code, Guid hromadaId, string? name, string? shortName, string? address, string? email, CancellationToken ct)
    {
        var result = await organisation.CreateLibraryAsync(Scope, hromadaId, new LibraryInput(name, shortName, address, email), ct);
        return this.BackTo($"/admin/organisation/{code}", result, "Бібліотеку додано.");
    }

    [HttpGet("libraries/{id:guid}")]
    public async Task<IActionResult> Library(Guid id, CancellationToken ct)
    {
        var library = await organisation.GetLibraryAsync(Scope, id, ct);
        return library is null ? NotFound() : View(library.Value);
    }

    [HttpPost("libraries/{id:guid}")]
    public async Task<IActionResult> UpdateLibrary(Guid id, string? name, string? shortName, string? address, string? email, CancellationToken ct)
    {
        var result = await organisation.UpdateLibraryAsync(Scope, id, new LibraryInput(name, shortName, address, email), ct);
        return this.BackTo($"/admin/organisation/libraries/{id}", result, "Зміни збережено.");
    }

    [HttpPost("libraries/{id:guid}/departments")]
    public async Task<IActionResult> AddDepartment(Guid id, string? name, string? abbreviation, CancellationToken ct)
    {
        var result = await organisation.AddDepartmentAsync(Scope, id, name, abbreviation, ct);
        return this.BackTo($"/admin/organisation/libraries/{id}", result, "Відділ додано.");
    }

    [HttpPost("libraries/{id:guid}/departments/{departmentId:guid}/delete")]
    public async Task<IActionResult> RemoveDepartment(Guid id, Guid departmentId, CancellationToken ct)
    {
        var result = await organisation.RemoveDepartmentAsync(Scope, id, departmentId, ct);
        return this.BackTo($"/admin/organisation/libraries/{id}", result, "Відділ вилучено.");
    }

    [HttpGet("import")]
    public IActionResult Import() => View(new CsvImportView([], null));

    [HttpPost("import")]
    [RequestSizeLimit(OrganisationCsvImport.MaxFileBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = OrganisationCsvImport.MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return View(new CsvImportView([new CsvLineError(0, "Оберіть файл CSV.")], null));
        }

        if (file.Length > OrganisationCsvImport.MaxFileBytes)
        {
            return View(new CsvImportView([new CsvLineError(0, "Файл завеликий: не більше 1 МБ.")], file.FileName));
        }

        await using var stream = file.OpenReadStream();
        var outcome = await csvImport.ImportAsync(stream, Scope, ct);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new CsvImportView(outcome.Errors, file.FileName));
        }

        TempData[ErrorResponses.StatusKey] = $"Імпортовано: громад — {outcome.HromadasCreated}, бібліотек — {outcome.LibrariesCreated}.";
        return RedirectToAction(nameof(Index));
    }
}
