using Lounb.Modules.Attestation.Application;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Attestation.Areas.Attestation.Controllers;

/// <summary>
/// A campaign as its commission and methodologists see it, and the secretary's records on each candidate. Anyone
/// else gets 404 (the services decide who reaches a campaign).
/// </summary>
[Area("Attestation")]
[Authorize]
internal sealed class CommissionController(CampaignWorkflowService workflow, CommissionService commission) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, AttestationPermissions.Manage);

    [HttpGet("/attestation/campaigns/{campaignId:guid}")]
    public async Task<IActionResult> Campaign(Guid campaignId, CancellationToken ct) =>
        (await workflow.PageAsync(Scope, User.UserId(), campaignId, ct)).Succeeded(out var page, out var error) ? View(page) : this.Refuse(error);

    [HttpGet("/attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}")]
    public async Task<IActionResult> Candidate(Guid campaignId, Guid candidateId, CancellationToken ct) =>
        (await commission.PageAsync(User, Scope, campaignId, candidateId, ct)).Succeeded(out var page, out var error) ? View(page) : this.Refuse(error);

    [HttpPost("/attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/interview")]
    public async Task<IActionResult> Interview(Guid campaignId, Guid candidateId, string? notes, CancellationToken ct) =>
        this.BackTo(CandidateUrl(campaignId, candidateId), await commission.RecordInterviewAsync(User.UserId(), campaignId, candidateId, notes, ct), "Нотатки співбесіди записано.");

    [HttpPost("/attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/retake")]
    public async Task<IActionResult> Retake(Guid campaignId, Guid candidateId, string? reason, CancellationToken ct) =>
        this.BackTo(CandidateUrl(campaignId, candidateId), await commission.GrantRetakeAsync(User.UserId(), campaignId, candidateId, reason, ct), "Повторне тестування дозволено; причину записано.");

    /// <summary>Presence and each present member's vote; the system counts the outcome by the campaign's rule.</summary>
    [HttpPost("/attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/decision")]
    public async Task<IActionResult> Decide(Guid campaignId, Guid candidateId, VoteForm form, CancellationToken ct)
    {
        var decided = await commission.DecideAsync(User, campaignId, candidateId, form.ToSheet(), $"{Request.Scheme}://{Request.Host}", ct);
        return this.BackTo(CandidateUrl(campaignId, candidateId), decided,
            decided.IsSuccess ? $"Рішення ухвалено: «{Domain.DecisionText.Of(decided.Value)}»." : "");
    }

    [HttpPost("/attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/notify")]
    public async Task<IActionResult> Notify(Guid campaignId, Guid candidateId, CancellationToken ct) =>
        this.BackTo(CandidateUrl(campaignId, candidateId),
            await commission.NotifyAsync(User.UserId(), campaignId, candidateId, $"{Request.Scheme}://{Request.Host}", ct),
            "Кандидата повідомлено листом і на сторінці «Моя атестація».");

    [HttpPost("/attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/final")]
    public async Task<IActionResult> Final(Guid campaignId, Guid candidateId, CancellationToken ct) =>
        this.BackTo(CandidateUrl(campaignId, candidateId), await commission.MakeFinalAsync(User.UserId(), campaignId, candidateId, ct), "Рішення остаточне.");

    [HttpPost("/attestation/campaigns/{campaignId:guid}/candidates/{candidateId:guid}/conditions/{conditionId:guid}/met")]
    public async Task<IActionResult> ConditionMet(Guid campaignId, Guid candidateId, Guid conditionId, CancellationToken ct) =>
        this.BackTo(CandidateUrl(campaignId, candidateId), await commission.MarkConditionMetAsync(User.UserId(), campaignId, candidateId, conditionId, ct), "Умову позначено виконаною.");

    private static string CandidateUrl(Guid campaignId, Guid candidateId) => $"/attestation/campaigns/{campaignId}/candidates/{candidateId}";
}
