using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Live;

/// <summary>A moderator mutes a participant in an event's chat and Q&amp;A (never themselves, never a host) and unmutes them.</summary>
internal sealed class LiveMuteService(LounbDbContext db, LiveRoomRules rules, IPeopleDirectory people)
{
    public async Task<Result<MuteView>> MuteAsync(Guid eventId, Guid personId, ClaimsPrincipal user, CancellationToken ct)
    {
        var moderator = await rules.ModerateAsync(eventId, user, ct);
        if (!moderator.Succeeded(out var view, out var error))
        {
            return error;
        }

        if (personId == user.UserId())
        {
            return WebinarErrors.CannotMuteSelf;
        }

        if (view.Event.Hosts.Any(h => h.UserId == personId))
        {
            return WebinarErrors.CannotMuteHost;
        }

        if (!await people.ExistsAsync(personId, ct))
        {
            return WebinarErrors.PersonNotFound;
        }

        if (!await rules.IsMutedAsync(eventId, personId, ct))
        {
            db.Add(new ChatMute(eventId, personId, user.UserId(), rules.Now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another moderator muted them at the same moment.
                db.ChangeTracker.Clear();
                if (!await rules.IsMutedAsync(eventId, personId, ct))
                {
                    throw;
                }
            }
        }

        return new MuteView(eventId, personId);
    }

    public async Task<Result<MuteView>> UnmuteAsync(Guid eventId, Guid personId, ClaimsPrincipal user, CancellationToken ct)
    {
        if ((await rules.ModerateAsync(eventId, user, ct)).Failed(out var error))
        {
            return error;
        }

        await db.Set<ChatMute>().Where(m => m.EventId == eventId && m.UserId == personId).ExecuteDeleteAsync(ct);
        return new MuteView(eventId, personId);
    }

    public async Task<IReadOnlyList<Guid>> MutedAsync(Guid eventId, CancellationToken ct) =>
        await db.Set<ChatMute>().AsNoTracking().Where(m => m.EventId == eventId).Select(m => m.UserId).ToListAsync(ct);
}
