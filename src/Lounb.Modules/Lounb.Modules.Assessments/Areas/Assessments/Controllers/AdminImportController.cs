using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>GIFT and Moodle XML import: upload, preview with every warning and error, then all questions or none.</summary>
[Area("Assessments")]
[Authorize(Policy = AssessmentsPermissions.Author)]
[Route("admin/assessments/import")]
internal sealed class AdminImportController(QuestionImportService imports, QuestionBankService bank, IOptions<AssessmentsOptions> options) : Controller
{
    /// <summary>The largest import the options allow (100 MB) and room for the multipart envelope; the configured limit is checked in the action.</summary>
    private const long MaxRequestBytes = 101L * 1024 * 1024;

    private BankActor Actor => StaffAccess.Actor(User);

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? category, CancellationToken ct) =>
        View(new ImportPage { Categories = await bank.CategoriesAsync(Actor, ct), CategoryId = category, MaxMegabytes = options.Value.MaxImportMegabytes });

    [HttpPost("")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Upload(Guid? categoryId, CancellationToken ct)
    {
        // The form is read (and the file buffered) by the server; the size is judged before the content is.
        var file = Request.HasFormContentType ? (await Request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        var uploadPage = categoryId is null ? "/admin/assessments/import" : $"/admin/assessments/import?category={categoryId}";
        if (categoryId is not { } target)
        {
            return this.BackTo(uploadPage, AssessmentErrors.ImportCategoryRequired, "");
        }

        if (file is null || file.Length == 0)
        {
            return this.BackTo(uploadPage, AssessmentErrors.ImportFileRequired, "");
        }

        if (file.Length > imports.MaxBytes)
        {
            return this.BackTo(uploadPage, AssessmentErrors.ImportTooLarge(options.Value.MaxImportMegabytes), "");
        }

        await using var stream = file.OpenReadStream();
        var uploaded = await imports.UploadAsync(Actor, target, file.FileName, stream, file.Length, ct);
        return uploaded.Succeeded(out var importId, out var refused)
            ? Redirect($"/admin/assessments/import/{importId}")
            : this.BackTo(uploadPage, refused, "");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Preview(Guid id, CancellationToken ct)
    {
        var actor = Actor;
        var preview = await imports.PreviewAsync(actor, id, ct);
        if (preview is null)
        {
            return NotFound();
        }

        return View(new ImportPreviewPage { Preview = preview, TargetCategoryId = await imports.TargetOfAsync(actor, id, ct) ?? Guid.Empty });
    }

    [HttpPost("{id:guid}/confirm")]
    public async Task<IActionResult> Confirm(Guid id, CancellationToken ct)
    {
        var actor = Actor;
        var target = await imports.TargetOfAsync(actor, id, ct);
        if (target is null)
        {
            return NotFound();
        }

        var imported = await imports.ConfirmAsync(actor, id, ct);
        return imported.Succeeded(out var count, out var refused)
            ? this.BackTo($"/admin/assessments/bank?category={target}", imported, $"Імпортовано {StaffNames.Questions(count)}.")
            : this.BackTo($"/admin/assessments/import/{id}", refused, "");
    }

    [HttpPost("{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken ct)
    {
        var actor = Actor;
        var target = await imports.TargetOfAsync(actor, id, ct);
        if (target is null)
        {
            return NotFound();
        }

        await imports.CancelAsync(actor, id, ct);
        return this.BackTo($"/admin/assessments/bank?category={target}", Result.Success(), "Імпорт скасовано: до банку нічого не додано.");
    }
}
