using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Live;

/// <summary>A post the server accepted; <see cref="IsNew"/> is false for a resend of one stored before (same client id).</summary>
internal sealed record Posted<T>(T Item, bool IsNew);

/// <summary>
/// Who may do what in an event's live room, shared by the live services (chat, questions, polls, hands, mutes, presence):
/// every action checks the person's right here, on the server; the role the browser claims is never trusted.
/// </summary>
internal sealed class LiveRoomRules(LounbDbContext db, EventAccess access, IOptions<WebinarsOptions> options, TimeProvider time)
{
    private const int ConflictRetries = 5;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public int PostsPerMinute => options.Value.LivePostsPerMinute;

    /// <summary>Hosts, moderators and confirmed registrants enter.</summary>
    public async Task<Result<EventAccessView>> EnterAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = await access.FindAsync(eventId, user, ct);
        if (view is null)
        {
            return WebinarErrors.EventNotFound;
        }

        return view.MayEnter && view.UserId is not null ? view : WebinarErrors.NotRegistered;
    }

    /// <summary>As <see cref="EnterAsync"/>, and the event is not cancelled.</summary>
    public async Task<Result<EventAccessView>> EnterToPostAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var entered = await EnterAsync(eventId, user, ct);
        return entered.IsSuccess && entered.Value.Event.IsCancelled ? WebinarErrors.Cancelled : entered;
    }

    public async Task<Result<EventAccessView>> ModerateAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var entered = await EnterAsync(eventId, user, ct);
        if (entered.Failed(out var error))
        {
            return error == WebinarErrors.NotRegistered ? WebinarErrors.NotModerator : error;
        }

        return entered.Value.CanModerate ? entered : WebinarErrors.NotModerator;
    }

    /// <summary>
    /// A muted person may not post; anyone else who is not a host or moderator may post at most LivePostsPerMinute
    /// messages and questions a minute in one event, counted from the stored rows so that the limit holds across nodes.
    /// </summary>
    public async Task<Error?> RefusePostAsync(EventAccessView view, Guid userId, CancellationToken ct)
    {
        var eventId = view.Event.Id;
        if (await IsMutedAsync(eventId, userId, ct))
        {
            return WebinarErrors.Muted;
        }

        if (view.IsHost || view.CanModerate)
        {
            return null;
        }

        var since = Now - LiveTimings.PostWindow;
        var posts = await db.Set<ChatMessage>().CountAsync(m => m.EventId == eventId && m.UserId == userId && m.SentAt > since, ct)
            + await db.Set<LiveQuestion>().CountAsync(q => q.EventId == eventId && q.UserId == userId && q.AskedAt > since, ct);
        return posts >= PostsPerMinute ? WebinarErrors.TooFast(PostsPerMinute) : null;
    }

    /// <summary>
    /// A chat message or question: entered and not cancelled, a resend (same client id) answered with the stored post,
    /// the text checked, the mute and the rate limit applied; two copies arriving at once keep one (the unique client id).
    /// </summary>
    public async Task<Result<Posted<TView>>> PostOnceAsync<TPost, TView>(
        Guid eventId, Guid? clientId, string? text, ClaimsPrincipal user, Func<Guid, Guid, Task<TView?>> findResent,
        Func<Guid, string, TPost> create, Func<TPost, TView> view, CancellationToken ct)
        where TPost : class
        where TView : class
    {
        ArgumentNullException.ThrowIfNull(findResent);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(view);
        var entered = await EnterToPostAsync(eventId, user, ct);
        if (entered.Failed(out var error))
        {
            return error;
        }

        var userId = user.UserId();
        if (clientId is not null && await findResent(userId, clientId.Value) is { } resent)
        {
            return new Posted<TView>(resent, IsNew: false);
        }

        if (!LiveText.Check(text).Succeeded(out var checkedText, out var refusedText))
        {
            return refusedText;
        }

        if (await RefusePostAsync(entered.Value, userId, ct) is { } refusal)
        {
            return refusal;
        }

        var post = create(userId, checkedText);
        db.Add(post);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (clientId is not null)
        {
            // The same post arrived twice at once (two nodes, a reconnect): the unique client id kept one.
            db.ChangeTracker.Clear();
            var stored = await findResent(userId, clientId.Value) ?? throw new InvalidOperationException($"{typeof(TPost).Name} not stored.");
            return new Posted<TView>(stored, IsNew: false);
        }

        return new Posted<TView>(view(post), IsNew: true);
    }

    public async Task<bool> IsMutedAsync(Guid eventId, Guid userId, CancellationToken ct) =>
        await db.Set<ChatMute>().AnyAsync(m => m.EventId == eventId && m.UserId == userId, ct);

    /// <summary>Runs <paramref name="attempt"/> again when a concurrent change (an upvote, a double click on two nodes) got there first.</summary>
    public async Task<T> RetryOnConflictAsync<T>(Func<Task<T>> attempt)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException) when (tries < ConflictRetries)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The name shown with a post or a raised hand, cut to the column's length.</summary>
    public static string AuthorName(ClaimsPrincipal user)
    {
        var name = user.DisplayName();
        return name.Length <= WebinarLimits.PersonNameLength ? name : name[..WebinarLimits.PersonNameLength];
    }
}
