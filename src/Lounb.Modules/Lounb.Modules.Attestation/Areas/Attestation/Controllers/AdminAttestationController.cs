using Lounb.Modules.Attestation.Application;
using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Attestation.Areas.Attestation.Controllers;

/// <summary>The methodologist's side: campaigns of their oblast, the commission's composition, candidates from CSV.</summary>
[Area("Attestation")]
[Authorize(Policy = AttestationPermissions.Manage)]
internal sealed class AdminAttestationController(CampaignService campaigns, LocalTime localTime) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, AttestationPermissions.Manage);

    [HttpGet("/admin/attestation")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await campaigns.ListAsync(Scope, ct));

    [HttpGet("/admin/attestation/new")]
    public async Task<IActionResult> New(CancellationToken ct) => View(await campaigns.NewFormAsync(User, Scope, new CampaignForm(), ct));

    [HttpPost("/admin/attestation/new")]
    public async Task<IActionResult> New(CampaignForm form, CancellationToken ct)
    {
        var created = await campaigns.CreateAsync(User, Scope, form.ToInput(localTime), ct);
        if (!created.Succeeded(out var id, out var error))
        {
            return await this.FormOrAsync(error, async () => View(await campaigns.NewFormAsync(User, Scope, form, ct)));
        }

        TempData[ErrorResponses.StatusKey] = "Кампанію створено. Додайте склад комісії й кандидатів.";
        return Redirect(CampaignUrl(id));
    }

    [HttpPost("/admin/attestation/{id:guid}/start")]
    public async Task<IActionResult> Start(Guid id, CancellationToken ct) =>
        this.BackTo(CampaignUrl(id), await campaigns.StartAsync(Scope, id, ct), "Кампанію розпочато: кандидати бачать її на сторінці «Моя атестація».");

    [HttpPost("/admin/attestation/{id:guid}/close")]
    public async Task<IActionResult> Close(Guid id, CancellationToken ct) =>
        this.BackTo(CampaignUrl(id), await campaigns.CloseAsync(Scope, id, ct), "Кампанію завершено.");

    [HttpPost("/admin/attestation/{id:guid}/dates")]
    public async Task<IActionResult> AddDate(Guid id, ScheduleDateKind kind, DateOnly? date, string? place, CancellationToken ct) =>
        this.BackTo(CampaignUrl(id), await campaigns.AddDateAsync(Scope, id, kind, date, place, ct), "Дату додано до розкладу.");

    [HttpPost("/admin/attestation/{id:guid}/commission")]
    public async Task<IActionResult> AddMember(Guid id, string? email, CommissionRole role, CancellationToken ct) =>
        this.BackTo(CampaignUrl(id), await campaigns.AddMemberAsync(Scope, id, email ?? "", role, User.UserId(), ct), "Людину додано до складу комісії.");

    [HttpPost("/admin/attestation/{id:guid}/commission/{memberId:guid}/remove")]
    public async Task<IActionResult> RemoveMember(Guid id, Guid memberId, CancellationToken ct) =>
        this.BackTo(CampaignUrl(id), await campaigns.RemoveMemberAsync(Scope, id, memberId, User.UserId(), ct), "Людину виведено зі складу комісії.");

    /// <summary>Candidates from CSV: all added, or none and the campaign page lists every bad line.</summary>
    [HttpPost("/admin/attestation/{id:guid}/import")]
    [RequestSizeLimit(AttestationLimits.ImportBytes + 64 * 1024)]
    public async Task<IActionResult> Import(Guid id, IFormFile? file, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        if (!(await campaigns.ImportAsync(Scope, id, content, User.UserId(), ct)).Succeeded(out var report, out var error))
        {
            return this.BackTo(CampaignUrl(id), error, "");
        }

        if (report.Succeeded)
        {
            TempData[ErrorResponses.StatusKey] = $"Імпортовано кандидатів: {report.Imported}.";
            return Redirect(CampaignUrl(id));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return (await campaigns.PageAsync(Scope, User.UserId(), id, ct)).Succeeded(out var page, out var gone)
            ? View("~/Areas/Attestation/Views/Commission/Campaign.cshtml", page with { ImportErrors = report.Errors })
            : this.Refuse(gone);
    }

    private static string CampaignUrl(Guid id) => $"/attestation/campaigns/{id}";
}
