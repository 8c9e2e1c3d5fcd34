using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>A session on the dashboard: when it is and whether its room is open now.</summary>
internal sealed record MyWebinar(Guid EventId, string Title, DateTime StartsAt, RegistrationStatus Status, bool RoomOpen);

/// <summary>«Мої вебінари» on the personal dashboard: the next sessions I registered for, the open room one tap away.</summary>
internal sealed class MyWebinarsSection(LounbDbContext db, IOptions<WebinarsOptions> options, TimeProvider time) : IPageSection
{
    private const int Shown = 3;

    public PageSlot Slot => PageSlot.Dashboard;

    public int Order => 15;

    public string PartialViewName => "~/Areas/Webinars/Views/Shared/_MyWebinarsSection.cshtml";

    public async Task<object?> LoadModelAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.UserId();
        var now = time.GetUtcNow().UtcDateTime;
        var window = new JoinWindow(options.Value);
        var upcoming = await (from r in db.Set<Registration>().AsNoTracking()
                              join e in db.Set<WebinarEvent>().AsNoTracking() on r.EventId equals e.Id
                              where r.UserId == userId && e.Status == EventStatus.Scheduled && e.StartsAt.AddMinutes(e.DurationMinutes) > now
                                    && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Pending || r.Status == RegistrationStatus.Waitlisted)
                              orderby e.StartsAt
                              select new { Event = e, r.Status }).Take(Shown).ToListAsync(ct);
        return upcoming.Count == 0 ? null : upcoming.Select(u => new MyWebinar(u.Event.Id, u.Event.Title, u.Event.StartsAt, u.Status,
            u.Status == RegistrationStatus.Confirmed && now >= window.OpensAt(u.Event, isHost: false) && now <= window.ClosesAt(u.Event))).ToList();
    }
}
