using Lounb.Modules.Attestation.Application;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Attestation.Areas.Attestation.Controllers;

/// <summary>The methodologist prepares a campaign: edits it, composes its test from bank categories, picks candidates from the organisation tree.</summary>
[Area("Attestation")]
[Authorize(Policy = AttestationPermissions.Manage)]
internal sealed class CampaignSetupController(CampaignEditService edits, CampaignTestService tests, CandidatePickService picks) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, AttestationPermissions.Manage);

    [HttpGet("/admin/attestation/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct) =>
        (await edits.PageAsync(Scope, id, null, ct)).Succeeded(out var page, out var error) ? View(page) : this.Refuse(error);

    [HttpPost("/admin/attestation/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CampaignForm form, CancellationToken ct)
    {
        if ((await edits.UpdateAsync(Scope, id, form, ct)).Failed(out var error))
        {
            return await this.FormOrAsync(error, async () =>
                (await edits.PageAsync(Scope, id, form, ct)).Succeeded(out var page, out var gone) ? View(page) : this.Refuse(gone));
        }

        TempData[ErrorResponses.StatusKey] = "Зміни кампанії збережено.";
        return Redirect(CampaignUrl(id));
    }

    [HttpGet("/admin/attestation/{id:guid}/test")]
    public async Task<IActionResult> Test(Guid id, CancellationToken ct) =>
        (await tests.PageAsync(User, Scope, id, null, ct)).Succeeded(out var page, out var error) ? View(page) : this.Refuse(error);

    [HttpPost("/admin/attestation/{id:guid}/test")]
    public async Task<IActionResult> Test(Guid id, DrawnTestForm form, CancellationToken ct)
    {
        if ((await tests.ComposeAsync(User, Scope, id, form, ct)).Failed(out var error))
        {
            return await this.FormOrAsync(error, async () =>
                (await tests.PageAsync(User, Scope, id, form, ct)).Succeeded(out var page, out var gone) ? View(page) : this.Refuse(gone));
        }

        TempData[ErrorResponses.StatusKey] = "Тест кампанії складено: кожен кандидат отримає власний випадковий набір питань.";
        return Redirect(CampaignUrl(id));
    }

    /// <summary>Narrowing down (hromada, then library) is a plain GET form: it works without JavaScript.</summary>
    [HttpGet("/admin/attestation/{id:guid}/candidates/pick")]
    public async Task<IActionResult> Pick(Guid id, Guid? hromada, Guid? library, CancellationToken ct) =>
        (await picks.PageAsync(Scope, id, hromada, library, ct)).Succeeded(out var page, out var error) ? View(page) : this.Refuse(error);

    [HttpPost("/admin/attestation/{id:guid}/candidates/add")]
    public async Task<IActionResult> Pick(Guid id, PickForm form, CancellationToken ct)
    {
        if (!(await picks.AddAsync(Scope, id, form, User.UserId(), ct)).Succeeded(out var added, out var error))
        {
            return await this.FormOrAsync(error, async () =>
                (await picks.PageAsync(Scope, id, null, form.LibraryId, ct)).Succeeded(out var page, out var gone)
                    ? View(page with
                    {
                        Positions = form.Picks.Where(p => p.Position is not null).DistinctBy(p => p.UserId).ToDictionary(p => p.UserId, p => p.Position!),
                        Ticked = form.Picks.Where(p => p.Chosen).Select(p => p.UserId).ToHashSet(),
                    })
                    : this.Refuse(gone));
        }

        TempData[ErrorResponses.StatusKey] = $"Додано кандидатів: {added}.";
        return Redirect(CampaignUrl(id));
    }

    private static string CampaignUrl(Guid id) => $"/attestation/campaigns/{id}";
}
