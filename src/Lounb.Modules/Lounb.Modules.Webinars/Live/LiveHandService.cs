using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Live;

/// <summary>Raised hands: a person raises and lowers their own, a moderator lowers anyone's.</summary>
internal sealed class LiveHandService(LounbDbContext db, LiveRoomRules rules)
{
    public async Task<Result<HandsView>> RaiseHandAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        if ((await rules.EnterToPostAsync(eventId, user, ct)).Failed(out var error))
        {
            return error;
        }

        var userId = user.UserId();
        if (!await db.Set<RaisedHand>().AnyAsync(h => h.EventId == eventId && h.UserId == userId, ct))
        {
            db.Add(new RaisedHand(eventId, userId, LiveRoomRules.AuthorName(user), rules.Now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Raised twice at once (two tabs): one row is what matters.
                db.ChangeTracker.Clear();
            }
        }

        return new HandsView(eventId, await HandsAsync(eventId, ct));
    }

    public async Task<Result<HandsView>> LowerHandAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        if ((await rules.EnterAsync(eventId, user, ct)).Failed(out var error))
        {
            return error;
        }

        return await LowerAsync(eventId, user.UserId(), ct);
    }

    public async Task<Result<HandsView>> LowerHandOfAsync(Guid eventId, Guid personId, ClaimsPrincipal user, CancellationToken ct)
    {
        if ((await rules.ModerateAsync(eventId, user, ct)).Failed(out var error))
        {
            return error;
        }

        return await LowerAsync(eventId, personId, ct);
    }

    public async Task<IReadOnlyList<HandView>> HandsAsync(Guid eventId, CancellationToken ct) =>
        await db.Set<RaisedHand>().AsNoTracking()
            .Where(h => h.EventId == eventId)
            .OrderBy(h => h.RaisedAt)
            .Select(h => new HandView(h.UserId, h.DisplayName, h.RaisedAt))
            .ToListAsync(ct);

    private async Task<HandsView> LowerAsync(Guid eventId, Guid personId, CancellationToken ct)
    {
        await db.Set<RaisedHand>().Where(h => h.EventId == eventId && h.UserId == personId).ExecuteDeleteAsync(ct);
        return new HandsView(eventId, await HandsAsync(eventId, ct));
    }
}
