using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>
/// An event as one person may use it: whether they host it (a speaker or one of its moderators), moderate it (the
/// event's moderators and staff who moderate or manage webinars in its oblast; a speaker is not a moderator), manage
/// it, and where their registration stands.
/// </summary>
internal sealed record EventAccessView(WebinarEvent Event, Guid? UserId, bool IsHost, bool CanModerate, bool CanManage, Registration? Registration)
{
    public bool IsConfirmed => Registration?.Status == RegistrationStatus.Confirmed;

    /// <summary>Hosts, moderators and confirmed registrants may enter the room and the live panel.</summary>
    public bool MayEnter => IsHost || CanModerate || IsConfirmed;

    /// <summary>Speakers (and moderators) publish audio and video; attendees of a webinar only watch, clubs and classes talk.</summary>
    public bool MayPublish => IsHost || CanModerate || Event.Kind != EventKind.Webinar;
}

/// <summary>The one place that decides who may see, enter, moderate and manage an event.</summary>
internal sealed class EventAccess(LounbDbContext db, IOptions<WebinarsOptions> options, TimeProvider time, LocalTime localTime)
{
    private readonly JoinWindow _window = new(options.Value);

    public async Task<EventAccessView?> FindAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().Include(e => e.Hosts).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (webinar is null)
        {
            return null;
        }

        var userId = user.Identity?.IsAuthenticated == true ? user.UserId() : (Guid?)null;
        var registration = userId is null ? null
            : await db.Set<Registration>().FirstOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId, ct);
        var hosting = userId is null ? [] : webinar.Hosts.Where(h => h.UserId == userId).ToList();
        var canManage = AccessScope.Of(user, WebinarsPermissions.Manage).Allows(webinar.OblastCode);
        var canModerate = hosting.Any(h => h.Role == HostRole.Moderator) || canManage
            || AccessScope.Of(user, WebinarsPermissions.Moderate).Allows(webinar.OblastCode);
        return new EventAccessView(webinar, userId, hosting.Count > 0, canModerate, canManage, registration);
    }

    /// <summary>May the person enter the room now? The reason in Ukrainian when not.</summary>
    public Result CanEnterNow(EventAccessView view)
    {
        if (view.Event.IsCancelled)
        {
            return WebinarErrors.Cancelled;
        }

        if (!view.MayEnter)
        {
            return WebinarErrors.NotRegistered;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var opensAt = _window.OpensAt(view.Event, view.IsHost || view.CanModerate);
        if (now < opensAt)
        {
            return WebinarErrors.NotOpenYet(localTime.Format(opensAt));
        }

        return now > _window.ClosesAt(view.Event) ? WebinarErrors.AlreadyOver : Result.Success();
    }
}
