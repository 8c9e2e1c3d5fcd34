using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Attestation.Application;

/// <summary>The edit page: the campaign's form, its oblast (fixed) and the oblast's hromadas to limit it to.</summary>
internal sealed record EditCampaignPage(Guid Id, CampaignForm Form, string OblastName, IReadOnlyList<(Guid Id, string Name)> Hromadas);

/// <summary>
/// Changes a campaign's name, order, scope (hromadas of its oblast), test window, quorum and days to appeal, with the
/// same rules as a new one; refused once it is closed. The test stays as chosen on its own page (a drawn test follows
/// the new window).
/// </summary>
internal sealed class CampaignEditService(
    LounbDbContext db, CampaignAccess access, IPeopleDirectory directory, CampaignTestService tests, LocalTime localTime, IAuditLog audit)
{
    public async Task<Result<EditCampaignPage>> PageAsync(AccessScope scope, Guid campaignId, CampaignForm? form, CancellationToken ct)
    {
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var campaign = reach.Campaign;
        if (campaign.Status == CampaignStatus.Closed)
        {
            return AttestationErrors.CampaignClosed;
        }

        var oblast = await directory.Oblasts.Where(o => o.Code == campaign.OblastCode).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? campaign.OblastCode;
        return new EditCampaignPage(campaign.Id, form ?? CampaignForm.Of(campaign, localTime), oblast, await HromadasAsync(campaign.OblastCode, ct));
    }

    public async Task<Result> UpdateAsync(AccessScope scope, Guid campaignId, CampaignForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!(await access.ManagedAsync(scope, campaignId, ct)).Succeeded(out var reach, out var refused))
        {
            return refused;
        }

        var campaign = reach.Campaign;
        var chosen = form.HromadaIds.Distinct().ToList();
        var known = (await HromadasAsync(campaign.OblastCode, ct)).Select(h => h.Id).ToHashSet();
        if (!chosen.All(known.Contains))
        {
            return AttestationErrors.HromadaOutOfScope;
        }

        var input = form.ToInput(localTime) with { OblastCode = campaign.OblastCode, QuizId = campaign.QuizId };
        if (campaign.Update(input).Failed(out var error))
        {
            return error;
        }

        campaign.ScopeToHromadas(chosen);
        audit.Record("attestation.campaign.updated", $"campaign:{campaign.Id}", campaign.Name);
        if ((await tests.FollowWindowAsync(campaign, ct)).Failed(out var windowRefused))
        {
            return windowRefused;
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>The hromadas of the oblast that have libraries, in Ukrainian alphabetical order.</summary>
    private async Task<IReadOnlyList<(Guid Id, string Name)>> HromadasAsync(string oblastCode, CancellationToken ct) =>
        (await directory.Libraries.Where(l => l.OblastCode == oblastCode).Select(l => new { l.HromadaId, l.HromadaName }).Distinct().ToListAsync(ct))
        .OrderBy(h => h.HromadaName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("uk-UA"), false))
        .Select(h => (h.HromadaId, h.HromadaName)).ToList();
}
