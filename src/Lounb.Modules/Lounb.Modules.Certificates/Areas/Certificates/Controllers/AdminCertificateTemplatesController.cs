using Lounb.Modules.Certificates.Application;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Certificates.Areas.Certificates.Controllers;

/// <summary>Certificate templates: per course or quiz, or the default of a kind; with a PDF preview of sample data.</summary>
[Area("Certificates")]
[Authorize(Policy = CertificatesPermissions.Manage)]
internal sealed class AdminCertificateTemplatesController(CertificateTemplateService templates, IOptions<CertificatesOptions> options, LocalTime localTime, TimeProvider time) : Controller
{
    private const long MaxRequestBytes = 2 * CertificateTemplateService.MaxImageBytes + 64 * 1024;

    [HttpGet("/admin/certificates/templates")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Index", await templates.ListAsync(ct));

    [HttpGet("/admin/certificates/templates/new")]
    public IActionResult New() => View("Edit", new TemplateForm());

    [HttpGet("/admin/certificates/templates/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        await templates.FindAsync(id, ct) is { } template ? View("Edit", TemplateForm.From(template)) : NotFound();

    [HttpPost("/admin/certificates/templates/new")]
    [RequestSizeLimit(MaxRequestBytes)]
    public Task<IActionResult> Create(TemplateForm form, IFormFile? logo, IFormFile? signature, CancellationToken ct) => SaveAsync(null, form, logo, signature, ct);

    [HttpPost("/admin/certificates/templates/{id:guid}")]
    [RequestSizeLimit(MaxRequestBytes)]
    public Task<IActionResult> Update(Guid id, TemplateForm form, IFormFile? logo, IFormFile? signature, CancellationToken ct) => SaveAsync(id, form, logo, signature, ct);

    [HttpPost("/admin/certificates/templates/{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await templates.DeleteAsync(id, ct);
        TempData["Status"] = "Шаблон видалено.";
        return Redirect("/admin/certificates/templates");
    }

    /// <summary>The PDF of the form as it is now, with sample data; nothing is saved.</summary>
    [HttpPost("/admin/certificates/templates/preview")]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Preview(TemplateForm form, IFormFile? logo, IFormFile? signature, CancellationToken ct)
    {
        var input = await form.ToInputAsync(logo, signature, ct);
        var problem = input is null ? "Файл зображення більший за 300 КБ." : CertificateTemplateService.Check(input);
        if (input is null || problem is not null)
        {
            return BadRequest(problem);
        }

        var stored = form.Id is { } id ? await templates.FindAsync(id, ct) : null;
        var url = $"{(options.Value.PublicBaseUrl ?? $"{Request.Scheme}://{Request.Host}").TrimEnd('/')}/verify/ЗРАЗОК";
        return File(templates.Preview(input, stored, localTime.ToLocal(time.GetUtcNow().UtcDateTime), url), "application/pdf");
    }

    private async Task<IActionResult> SaveAsync(Guid? id, TemplateForm form, IFormFile? logo, IFormFile? signature, CancellationToken ct)
    {
        form.Id = id;
        var input = await form.ToInputAsync(logo, signature, ct);
        var saved = input is null ? null : await templates.SaveAsync(id, input, ct);
        if (saved is { IsSuccess: false, Error.Code: "not_found" })
        {
            return NotFound();
        }

        if (saved is not { IsSuccess: true })
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            ViewData["Error"] = saved?.Error!.Message ?? "Файл зображення більший за 300 КБ.";
            if (id is { } existing && await templates.FindAsync(existing, ct) is { } stored)
            {
                (form.HasLogo, form.HasSignature) = (stored.LogoPng is not null, stored.SignaturePng is not null);
            }

            return View("Edit", form);
        }

        TempData["Status"] = "Шаблон збережено.";
        return Redirect($"/admin/certificates/templates/{saved.Value}");
    }
}

/// <summary>The template form.</summary>
internal sealed class TemplateForm
{
    public Guid? Id { get; set; }

    public string Name { get; set; } = "";

    public AchievementKind Kind { get; set; }

    public Guid? GroupId { get; set; }

    public string? Title { get; set; } = CertificateTemplate.DefaultTitle;

    public string? Body { get; set; } = "успішно завершив(-ла) курс «{назва}»\nобсяг підвищення кваліфікації — {години} год.";

    public string? SignatoryPosition { get; set; }

    public string? SignatoryName { get; set; }

    public bool IssueAutomatically { get; set; } = true;

    public bool RemoveLogo { get; set; }

    public bool RemoveSignature { get; set; }

    public bool HasLogo { get; set; }

    public bool HasSignature { get; set; }

    public static TemplateForm From(CertificateTemplate t) => new()
    {
        Id = t.Id,
        Name = t.Name,
        Kind = t.Kind,
        GroupId = t.GroupId,
        Title = t.Title,
        Body = t.Body,
        SignatoryPosition = t.SignatoryPosition,
        SignatoryName = t.SignatoryName,
        IssueAutomatically = t.IssueAutomatically,
        HasLogo = t.LogoPng is not null,
        HasSignature = t.SignaturePng is not null,
    };

    /// <summary>The input with the uploaded images read; null when an image is too large to read.</summary>
    public async Task<TemplateInput?> ToInputAsync(IFormFile? logo, IFormFile? signature, CancellationToken ct)
    {
        var logoBytes = await ReadAsync(logo, ct);
        var signatureBytes = await ReadAsync(signature, ct);
        if (logoBytes is { Length: 0 } || signatureBytes is { Length: 0 })
        {
            return null;
        }

        return new TemplateInput(Name ?? "", Kind, GroupId, Title, Body, SignatoryPosition, SignatoryName, IssueAutomatically,
            logoBytes, signatureBytes, RemoveLogo, RemoveSignature);
    }

    /// <summary>Null when no file was chosen; empty when the file is over the limit.</summary>
    private static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        if (file.Length > CertificateTemplateService.MaxImageBytes)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
