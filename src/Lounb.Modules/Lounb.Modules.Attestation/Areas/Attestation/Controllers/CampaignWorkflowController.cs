using Lounb.Modules.Attestation.Application;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Attestation.Areas.Attestation.Controllers;

/// <summary>Reminders to those who have not taken the test, and the interview timetable, from the campaign page.</summary>
[Area("Attestation")]
[Authorize]
internal sealed class CampaignWorkflowController(CampaignWorkflowService workflow) : Controller
{
    private AccessScope Scope => AccessScope.Of(User, AttestationPermissions.Manage);

    [HttpPost("/attestation/campaigns/{campaignId:guid}/reminders")]
    public async Task<IActionResult> Remind(Guid campaignId, CancellationToken ct)
    {
        var sent = await workflow.RemindAsync(Scope, User.UserId(), campaignId, $"{Request.Scheme}://{Request.Host}", ct);
        return this.BackTo(CampaignUrl(campaignId), sent, sent is { IsSuccess: true, Value: > 0 }
            ? $"Нагадування надіслано: {sent.Value}."
            : "Нових нагадувань не надіслано: усім, хто ще не склав тест, нагадування вже надіслано нещодавно.");
    }

    [HttpPost("/attestation/campaigns/{campaignId:guid}/timetable")]
    public async Task<IActionResult> Schedule(Guid campaignId, Guid candidateId, DateTime? at, string? place, CancellationToken ct) =>
        this.BackTo(CampaignUrl(campaignId) + "#timetable", await workflow.ScheduleAsync(User.UserId(), campaignId, candidateId, at, place, ct), "Співбесіду призначено.");

    private static string CampaignUrl(Guid campaignId) => $"/attestation/campaigns/{campaignId}";
}
