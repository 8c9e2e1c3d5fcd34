using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Areas.Assessments.ViewModels;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>GIFT and Moodle XML import: upload, preview with every warning and error, then all questions or none.</summary>
[Area("Assessments")]
[Authorize(Policy = AssessmentsPermissions.Author)]
[Route("admin/assessments/import")]
internal sealed class AdminImportController(QuestionImportService imports, QuestionBankService bank, IOptions<AssessmentsOptions> options, LounbDbContext db) : Controller
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
        if (categoryId is null)
        {
            return Refuse("Оберіть категорію, у яку імпортувати.", null);
        }

        if (file is null || file.Length == 0)
        {
            return Refuse("Оберіть файл GIFT (.txt, .gift) або Moodle XML (.xml).", categoryId);
        }

        if (file.Length > imports.MaxBytes)
        {
            return Refuse($"Файл завеликий: не більше {options.Value.MaxImportMegabytes} МБ.", categoryId);
        }

        await using var stream = file.OpenReadStream();
        var uploaded = await imports.UploadAsync(Actor, categoryId.Value, file.FileName, stream, file.Length, ct);
        return uploaded.IsSuccess ? Redirect($"/admin/assessments/import/{uploaded.Value}") : Refuse(uploaded.Error!.Message, categoryId);
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

        return View(new ImportPreviewPage { Preview = preview, TargetCategoryId = await TargetOfAsync(actor, id, ct) ?? Guid.Empty });
    }

    [HttpPost("{id:guid}/confirm")]
    public async Task<IActionResult> Confirm(Guid id, CancellationToken ct)
    {
        var actor = Actor;
        var target = await TargetOfAsync(actor, id, ct);
        if (target is null)
        {
            return NotFound();
        }

        var imported = await imports.ConfirmAsync(actor, id, ct);
        if (!imported.IsSuccess)
        {
            TempData["Error"] = imported.Error!.Message;
            return Redirect(target is null ? "/admin/assessments/import" : $"/admin/assessments/import/{id}");
        }

        TempData["Status"] = $"Імпортовано {StaffNames.Questions(imported.Value)}.";
        return Redirect($"/admin/assessments/bank?category={target}");
    }

    [HttpPost("{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken ct)
    {
        var actor = Actor;
        var target = await TargetOfAsync(actor, id, ct);
        if (target is null)
        {
            return NotFound();
        }

        await db.Set<PendingImport>().Where(i => i.Id == id && i.OwnerId == actor.UserId).ExecuteDeleteAsync(ct);
        TempData["Status"] = "Імпорт скасовано: до банку нічого не додано.";
        return Redirect(target is null ? "/admin/assessments/import" : $"/admin/assessments/bank?category={target}");
    }

    private Task<Guid?> TargetOfAsync(BankActor actor, Guid importId, CancellationToken ct) =>
        db.Set<PendingImport>().AsNoTracking().Where(i => i.Id == importId && i.OwnerId == actor.UserId).Select(i => (Guid?)i.TargetCategoryId).FirstOrDefaultAsync(ct);

    private RedirectResult Refuse(string message, Guid? categoryId)
    {
        TempData["Error"] = message;
        return Redirect(categoryId is null ? "/admin/assessments/import" : $"/admin/assessments/import?category={categoryId}");
    }
}
