using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.People;

namespace Lounb.Modules.Attestation.Application;

/// <summary>The libraries a campaign covers: of its oblast, narrowed to its hromadas and libraries when it lists any.</summary>
internal sealed class CampaignLibraries(IPeopleDirectory directory)
{
    public IQueryable<LibraryCard> Of(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var hromadas = campaign.ScopeUnits.Where(u => u.Kind == ScopeUnitKind.Hromada).Select(u => u.UnitId).ToList();
        var libraries = campaign.ScopeUnits.Where(u => u.Kind == ScopeUnitKind.Library).Select(u => u.UnitId).ToList();
        var query = directory.Libraries.Where(l => l.OblastCode == campaign.OblastCode);
        return hromadas.Count + libraries.Count > 0 ? query.Where(l => hromadas.Contains(l.HromadaId) || libraries.Contains(l.Id)) : query;
    }
}
