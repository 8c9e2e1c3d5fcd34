using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Hubs.Application;

internal sealed record PublicStop(DateOnly Day, TimeOnly Starts, TimeOnly Ends, string Place, string Address, string Community, string Offer);

internal sealed record PublicHub(
    string Name, string LibraryName, HubStatus Status, string Address, string? Phone, string? Email,
    IReadOnlyList<string> Hours, IReadOnlyList<string> Services, IReadOnlyList<PublicStop> NextStops);

internal sealed record PublicOblast(string Code, string Name, IReadOnlyList<PublicHub> Hubs);

/// <summary>What citizens see on <c>/hubs</c>: the working hubs of the participating oblasts and the mobile hub's next stops.</summary>
internal sealed class PublicHubsService(Core.Data.LounbDbContext db, IPeopleDirectory directory, IOptions<HubsOptions> options, KyivToday today)
{
    /// <summary>How many next stops of a mobile hub the page lists.</summary>
    public const int NextStops = 10;

    public async Task<IReadOnlyList<PublicOblast>> PageAsync(CancellationToken ct)
    {
        var participating = options.Value.ParticipatingOblasts;
        var hubs = db.Set<Hub>().AsNoTracking().Where(h => h.Status != HubStatus.Paused);
        if (participating.Count > 0)
        {
            hubs = hubs.Where(h => participating.Contains(h.OblastCode));
        }

        var list = await hubs.ToListAsync(ct);
        var hubIds = list.Select(h => h.Id).ToList();
        var day = today.Date;
        var stops = (await db.Set<HubStop>().AsNoTracking().Where(s => hubIds.Contains(s.HubId) && s.Day >= day).ToListAsync(ct))
            .GroupBy(s => s.HubId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Day).ThenBy(s => s.Starts).Take(NextStops)
                .Select(s => new PublicStop(s.Day, s.Starts, s.Ends, s.Place, s.Address, s.Community, s.Offer)).ToList());
        var libraryIds = list.Select(h => h.LibraryId).ToList();
        var libraries = await directory.Libraries.Where(l => libraryIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var oblastCodes = list.Select(h => h.OblastCode).Distinct().ToList();
        var oblasts = await directory.Oblasts.Where(o => oblastCodes.Contains(o.Code)).ToListAsync(ct);
        return oblasts.InDisplayOrder(o => o.Code)
            .Select(o => new PublicOblast(o.Code, Oblasts.DisplayName(o.Name, o.NameEn), list.Where(h => h.OblastCode == o.Code)
                .OrderBy(h => h.Name, StringComparer.CurrentCulture)
                .Select(h => new PublicHub(
                    h.Name, libraries.GetValueOrDefault(h.LibraryId, ""), h.Status, h.Address, h.Phone, h.Email, h.HoursByDay(),
                    HubTexts.NamesOf(h.Services).ToList(), stops.GetValueOrDefault(h.Id) ?? []))
                .ToList()))
            .ToList();
    }
}
