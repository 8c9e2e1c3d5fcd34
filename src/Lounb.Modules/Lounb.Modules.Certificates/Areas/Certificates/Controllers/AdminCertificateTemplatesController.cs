using Lounb.Modules.Certificates.Application;
using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Certificates.Areas.Certificates.Controllers;

/// <summary>Certificate templates: per course or quiz, or the default of a kind; with a PDF preview of sample data.</summary>
[Area("Certificates")]
[Authorize(Policy = CertificatesPermissions.Manage)]
internal sealed class AdminCertificateTemplatesController(CertificateTemplateService templates, TemplateGroupPickers groups, IOptions<CertificatesOptions> options, LocalTime localTime, TimeProvider time) : Controller
{
    private const long MaxRequestBytes = 2 * CertificateLimits.ImageBytes + 64 * 1024;

    [HttpGet("/admin/certificates/templates")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Index", await templates.ListAsync(ct));

    /// <param name="searchKind">The kind whose group list was searched (the picker's search without JavaScript).</param>
    /// <param name="q">The search text.</param>
    [HttpGet("/admin/certificates/templates/new")]
    public async Task<IActionResult> New(AchievementKind? searchKind, string? q, CancellationToken ct) =>
        await FormAsync(new TemplateForm { Kind = searchKind ?? default }, searchKind, q, ct);

    [HttpGet("/admin/certificates/templates/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, AchievementKind? searchKind, string? q, CancellationToken ct) =>
        await templates.FindAsync(id, ct) is { } template ? await FormAsync(TemplateForm.From(template), searchKind, q, ct) : NotFound();

    /// <summary>The courses, quizzes or webinar series (by <paramref name="kind"/>) the person may choose, for the picker as they type (JSON).</summary>
    [HttpGet("/admin/certificates/templates/references/{kind}")]
    public async Task<IActionResult> References(string kind, string? q, CancellationToken ct) =>
        Enum.TryParse<AchievementKind>(kind, ignoreCase: false, out var parsed) && TemplateGroupPickers.Kinds.Any(k => k.Kind == parsed)
            ? Json(await groups.SearchAsync(User, parsed, q, ct))
            : NotFound();

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
        if (input is null)
        {
            return await RefusedAsync(form, CertificateErrors.ImageFileTooLarge, ct);
        }

        if (CertificateTemplateService.Check(input) is { } problem)
        {
            return await RefusedAsync(form, problem, ct);
        }

        var stored = form.Id is { } id ? await templates.FindAsync(id, ct) : null;
        var url = $"{(options.Value.PublicBaseUrl ?? $"{Request.Scheme}://{Request.Host}").TrimEnd('/')}/verify/ЗРАЗОК";
        return File(templates.Preview(input, stored, localTime.ToLocal(time.GetUtcNow().UtcDateTime), url), "application/pdf");
    }

    private async Task<IActionResult> SaveAsync(Guid? id, TemplateForm form, IFormFile? logo, IFormFile? signature, CancellationToken ct)
    {
        form.Id = id;
        var before = id is { } existingId ? await templates.FindAsync(existingId, ct) : null;
        var refused = await groups.RefuseAsync(User, form.Kind, form.ChosenGroup, before?.Kind == form.Kind ? before.GroupId : null, ct);
        if (refused is not null)
        {
            return await RefusedAsync(form, refused, ct);
        }

        var input = await form.ToInputAsync(logo, signature, ct);
        if (input is null)
        {
            return await RefusedAsync(form, CertificateErrors.ImageFileTooLarge, ct);
        }

        if (!(await templates.SaveAsync(id, input, ct)).Succeeded(out var savedId, out var error))
        {
            return await RefusedAsync(form, error, ct);
        }

        TempData[ErrorResponses.StatusKey] = "Шаблон збережено.";
        return Redirect($"/admin/certificates/templates/{savedId}");
    }

    /// <summary>The form again with the refusal (422: nothing was saved); a template that is gone is a 404.</summary>
    private Task<IActionResult> RefusedAsync(TemplateForm form, Error error, CancellationToken ct) =>
        this.FormOrAsync(error, async () =>
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            if (form.Id is { } existing && await templates.FindAsync(existing, ct) is { } stored)
            {
                (form.HasLogo, form.HasSignature) = (stored.LogoPng is not null, stored.SignaturePng is not null);
            }

            return await FormAsync(form, null, null, ct);
        });

    private async Task<IActionResult> FormAsync(TemplateForm form, AchievementKind? searchKind, string? q, CancellationToken ct)
    {
        form.Pickers = await groups.BuildAsync(User, form.Kind, form.ChosenGroup, searchKind, q, ct);
        return View("Edit", form);
    }
}

/// <summary>The template form.</summary>
internal sealed class TemplateForm
{
    public Guid? Id { get; set; }

    public string Name { get; set; } = "";

    public AchievementKind Kind { get; set; }

    public Guid? CourseGroupId { get; set; }

    public Guid? QuizGroupId { get; set; }

    public Guid? WebinarGroupId { get; set; }

    /// <summary>The group of the chosen kind (the other kinds' lists are ignored).</summary>
    public Guid? ChosenGroup => (Kind switch
    {
        AchievementKind.CourseCompletion => CourseGroupId,
        AchievementKind.QuizPass => QuizGroupId,
        AchievementKind.WebinarAttendance => WebinarGroupId,
        _ => null,
    }) is { } id && id != Guid.Empty ? id : null;

    /// <summary>One group picker per kind, for the view.</summary>
    [BindNever]
    public IReadOnlyList<(AchievementKind Kind, ReferencePicker Picker)> Pickers { get; set; } = [];

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
        CourseGroupId = t.Kind == AchievementKind.CourseCompletion ? t.GroupId : null,
        QuizGroupId = t.Kind == AchievementKind.QuizPass ? t.GroupId : null,
        WebinarGroupId = t.Kind == AchievementKind.WebinarAttendance ? t.GroupId : null,
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

        return new TemplateInput(Name ?? "", Kind, ChosenGroup, Title, Body, SignatoryPosition, SignatoryName, IssueAutomatically,
            logoBytes, signatureBytes, RemoveLogo, RemoveSignature);
    }

    /// <summary>Null when no file was chosen; empty when the file is over the limit.</summary>
    private static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        if (file.Length > CertificateLimits.ImageBytes)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
