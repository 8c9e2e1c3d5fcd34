using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Live;

/// <summary>Who is in an event's live room: connections join and leave, the count covers every live app node.</summary>
internal sealed class LivePresenceService(LounbDbContext db, LiveRoomRules rules, LiveNodeIdentity node)
{
    /// <summary>Checks that the person may enter the event's room and records the connection for the presence count.</summary>
    public async Task<Result<EventAccessView>> JoinAsync(Guid eventId, ClaimsPrincipal user, string connectionId, CancellationToken ct)
    {
        var entered = await rules.EnterAsync(eventId, user, ct);
        if (!entered.IsSuccess)
        {
            return entered;
        }

        // One hub call at a time per connection: no race between the check and the insert.
        if (!await db.Set<LiveConnection>().AnyAsync(c => c.ConnectionId == connectionId && c.EventId == eventId, ct))
        {
            db.Add(new LiveConnection(connectionId, eventId, user.UserId(), node.Id, rules.Now));
            await db.SaveChangesAsync(ct);
        }

        return entered;
    }

    /// <summary>Forgets a closed connection; returns the events whose presence changed.</summary>
    public async Task<IReadOnlyList<Guid>> LeaveAsync(string connectionId, CancellationToken ct)
    {
        var events = await db.Set<LiveConnection>().Where(c => c.ConnectionId == connectionId).Select(c => c.EventId).ToListAsync(ct);
        if (events.Count > 0)
        {
            await db.Set<LiveConnection>().Where(c => c.ConnectionId == connectionId).ExecuteDeleteAsync(ct);
        }

        return events;
    }

    /// <summary>Distinct signed-in people with a connection to the event's room on a live node (any node).</summary>
    public async Task<int> PresenceAsync(Guid eventId, CancellationToken ct)
    {
        var cutoff = rules.Now - LiveTimings.NodeExpiry;
        return await db.Set<LiveConnection>().AsNoTracking()
            .Where(c => c.EventId == eventId && db.Set<LiveNode>().Any(n => n.Id == c.NodeId && n.SeenAt > cutoff))
            .Select(c => c.UserId)
            .Distinct()
            .CountAsync(ct);
    }
}
