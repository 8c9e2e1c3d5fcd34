using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>A campaign as one person may reach it: as its methodologist (the oblast is in their scope) and/or as a commission member.</summary>
internal sealed record CampaignReach(Campaign Campaign, Commission Commission, bool Manages, CommissionRole? Role)
{
    public bool Records => Role is CommissionRole.Secretary or CommissionRole.Chair;
}

/// <summary>
/// The one place that decides who reaches a campaign: methodologists of its oblast (or national ones) and the members of
/// its commission. Anyone else is told it does not exist.
/// </summary>
internal sealed class CampaignAccess(LounbDbContext db)
{
    public async Task<Result<CampaignReach>> ReachAsync(AccessScope manageScope, Guid userId, Guid campaignId, bool track, CancellationToken ct)
    {
        var campaigns = track ? db.Set<Campaign>() : db.Set<Campaign>().AsNoTracking();
        var campaign = await campaigns.Include(c => c.ScopeUnits).Include(c => c.Dates).FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return AttestationErrors.CampaignNotFound;
        }

        var members = await db.Set<CommissionMember>().Where(m => m.CampaignId == campaignId && m.LeftAt == null).ToListAsync(ct);
        var commission = new Commission(members);
        var role = commission.Members.FirstOrDefault(m => m.UserId == userId)?.Role;
        var manages = manageScope.Allows(campaign.OblastCode);
        return manages || role is not null ? new CampaignReach(campaign, commission, manages, role) : AttestationErrors.CampaignNotFound;
    }

    /// <summary>For the methodologist's actions: a commission member who does not manage the campaign is refused too.</summary>
    public async Task<Result<CampaignReach>> ManagedAsync(AccessScope manageScope, Guid campaignId, CancellationToken ct) =>
        await ReachAsync(manageScope, Guid.Empty, campaignId, track: true, ct) is { IsSuccess: true, Value.Manages: true } reach
            ? reach
            : AttestationErrors.CampaignNotFound;

    /// <summary>For the secretary's records: members of the commission only; of them, the secretary and the chair.</summary>
    public async Task<Result<CampaignReach>> RecorderAsync(Guid userId, Guid campaignId, CancellationToken ct)
    {
        if (!(await ReachAsync(AccessScope.None, userId, campaignId, track: true, ct)).Succeeded(out var reach, out _))
        {
            return AttestationErrors.NotCommissionMember;
        }

        if (!reach.Records)
        {
            return AttestationErrors.NotSecretary;
        }

        return reach.Campaign.Status == CampaignStatus.Closed ? AttestationErrors.CampaignClosed : reach;
    }
}
