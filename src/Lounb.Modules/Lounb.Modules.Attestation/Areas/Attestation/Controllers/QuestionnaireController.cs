using Lounb.Modules.Attestation.Application;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Attestation.Areas.Attestation.Controllers;

/// <summary>
/// The campaign's self-report questionnaire: the methodologist adds it; the commission and the methodologists read a
/// candidate's answers (each reading audited). Anyone else gets 404 and nothing is written.
/// </summary>
[Area("Attestation")]
[Authorize]
internal sealed class QuestionnaireController(CampaignQuestionnaire questionnaire) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, AttestationPermissions.Manage);

    [Authorize(Policy = AttestationPermissions.Manage)]
    [HttpPost("/admin/attestation/{id:guid}/questionnaire")]
    public async Task<IActionResult> Attach(Guid id, CancellationToken ct) =>
        this.BackTo($"/attestation/campaigns/{id}", await questionnaire.AttachStandardAsync(Scope, User.UserId(), id, ct),
            "Анкету самооцінювання додано: кандидати заповнять її на сторінці «Моя атестація».");

    [HttpGet("/attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/questionnaire")]
    public async Task<IActionResult> Answers(Guid campaignId, Guid candidateId, CancellationToken ct) =>
        (await questionnaire.AnswersAsync(Scope, User.UserId(), campaignId, candidateId, ct)).Succeeded(out var page, out var error)
            ? View(page)
            : this.Refuse(error);
}
