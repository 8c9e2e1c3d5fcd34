using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Live;

/// <summary>The chat of an event's live room: posting (once per client id), the recent history, and a moderator's deletion.</summary>
internal sealed class LiveChatService(LounbDbContext db, LiveRoomRules rules)
{
    public async Task<Result<Posted<ChatMessageView>>> SendMessageAsync(Guid eventId, Guid? clientId, string? text, ClaimsPrincipal user, CancellationToken ct) =>
        await rules.PostOnceAsync(
            eventId, clientId, text, user, (userId, client) => FindAsync(eventId, userId, client, ct),
            (userId, checkedText) => new ChatMessage(eventId, userId, LiveRoomRules.AuthorName(user), checkedText, rules.Now, clientId), ToView, ct);

    public async Task<Result<MessageDeletedView>> DeleteMessageAsync(Guid messageId, ClaimsPrincipal user, CancellationToken ct)
    {
        var message = await db.Set<ChatMessage>().FirstOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null)
        {
            return WebinarErrors.MessageNotFound;
        }

        if ((await rules.ModerateAsync(message.EventId, user, ct)).Failed(out var error))
        {
            return error;
        }

        message.Delete(user.UserId(), rules.Now);
        await db.SaveChangesAsync(ct);
        return new MessageDeletedView(message.EventId, message.Id);
    }

    /// <summary>The latest messages not deleted, oldest first.</summary>
    public async Task<IReadOnlyList<ChatMessageView>> RecentAsync(Guid eventId, CancellationToken ct)
    {
        var messages = await db.Set<ChatMessage>().AsNoTracking()
            .Where(m => m.EventId == eventId && m.DeletedAt == null)
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
            .Take(LiveTimings.HistoryMessages)
            .Select(m => new ChatMessageView(m.Id, m.EventId, m.UserId, m.AuthorName, m.Text, m.SentAt, m.ClientId))
            .ToListAsync(ct);
        messages.Reverse();
        return messages;
    }

    private async Task<ChatMessageView?> FindAsync(Guid eventId, Guid userId, Guid clientId, CancellationToken ct) =>
        await db.Set<ChatMessage>().AsNoTracking()
            .Where(m => m.EventId == eventId && m.UserId == userId && m.ClientId == clientId)
            .Select(m => new ChatMessageView(m.Id, m.EventId, m.UserId, m.AuthorName, m.Text, m.SentAt, m.ClientId))
            .FirstOrDefaultAsync(ct);

    private static ChatMessageView ToView(ChatMessage m) => new(m.Id, m.EventId, m.UserId, m.AuthorName, m.Text, m.SentAt, m.ClientId);
}
