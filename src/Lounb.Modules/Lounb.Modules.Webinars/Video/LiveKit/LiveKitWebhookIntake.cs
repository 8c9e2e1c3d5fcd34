using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Lounb.Modules.Webinars.Video.LiveKit;

internal enum WebhookOutcome
{
    Recorded,

    /// <summary>Delivered before (same event id): nothing changed.</summary>
    Duplicate,

    /// <summary>Not about attendance, or about a room or person the platform does not know: nothing to record.</summary>
    Ignored,
}

/// <summary>
/// Turns verified LiveKit webhooks into attendance signals: participant_joined / participant_left of a platform user
/// and room_finished (which closes every interval still open in that session). The session is the room sid; the
/// event id is the dedupe key, so a retried delivery changes nothing, and the service orders signals by time.
/// </summary>
internal sealed partial class LiveKitWebhookIntake(LounbDbContext db, IPeopleDirectory people, AttendanceService attendance, ILogger<LiveKitWebhookIntake> logger)
{
    /// <summary>The longest event id and room sid a signal stores (LiveKit's are far shorter).</summary>
    public const int MaxKeyLength = 120;

    public async Task<WebhookOutcome> HandleAsync(LiveKitWebhookEvent hook, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(hook);
        var signal = Map(hook);
        if (signal is null)
        {
            return WebhookOutcome.Ignored;
        }

        var roomName = hook.Room!.Name!;
        var eventId = await db.Set<WebinarEvent>().Where(e => e.RoomName == roomName).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        if (eventId is null)
        {
            LogUnknownRoom(logger, hook.Event, roomName, hook.Id);
            return WebhookOutcome.Ignored;
        }

        if (signal.UserId is { } userId && !await people.ExistsAsync(userId, ct))
        {
            // A token names only platform users, but the person may have been deleted since.
            LogUnknownPerson(logger, hook.Event, roomName, hook.Id);
            return WebhookOutcome.Ignored;
        }

        var outcome = await attendance.RecordAsync(signal with { EventId = eventId.Value }, ct);
        return outcome == SignalOutcome.Duplicate ? WebhookOutcome.Duplicate : WebhookOutcome.Recorded;
    }

    /// <summary>The signal a webhook stands for (event id still empty), or null when it does not concern attendance.</summary>
    public static AttendanceSignalInput? Map(LiveKitWebhookEvent hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        if (string.IsNullOrEmpty(hook.Id) || string.IsNullOrEmpty(hook.Room?.Name) || string.IsNullOrEmpty(hook.Room.Sid)
            || hook.Id.Length > MaxKeyLength || hook.Room.Sid.Length > MaxKeyLength)
        {
            return null;
        }

        var createdAt = FromSeconds(hook.CreatedAt);
        switch (hook.Event)
        {
            case "room_finished":
                return new AttendanceSignalInput(Guid.Empty, null, AttendanceSource.LiveKit, hook.Id, AttendanceSignalKind.RoomFinished, hook.Room.Sid, createdAt);
            case "participant_joined" or "participant_left":
                if (!Guid.TryParseExact(hook.Participant?.Identity, "N", out var userId))
                {
                    // Egress, agents, SIP callers: not people of the platform.
                    return null;
                }

                var joined = hook.Event == "participant_joined";
                var occurredAt = joined ? JoinedAt(hook.Participant!) ?? createdAt : createdAt;
                return new AttendanceSignalInput(Guid.Empty, userId, AttendanceSource.LiveKit, hook.Id,
                    joined ? AttendanceSignalKind.Joined : AttendanceSignalKind.Left, hook.Room.Sid, occurredAt);
            default:
                // participant_connection_aborted: never fully joined, so it does not count; track and egress events say nothing of presence.
                return null;
        }
    }

    private static DateTime? JoinedAt(WebhookParticipant participant) =>
        participant.JoinedAtMs > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(participant.JoinedAtMs).UtcDateTime
        : participant.JoinedAt > 0 ? FromSeconds(participant.JoinedAt)
        : null;

    private static DateTime FromSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;

    [LoggerMessage(Level = LogLevel.Information, Message = "LiveKit webhook {Event} ({Id}) in room {Room} names no platform user: ignored")]
    private static partial void LogUnknownPerson(ILogger logger, string? @event, string room, string? id);

    [LoggerMessage(Level = LogLevel.Information, Message = "LiveKit webhook {Event} ({Id}) for room {Room} that no event uses: ignored")]
    private static partial void LogUnknownRoom(ILogger logger, string? @event, string room, string? id);
}
