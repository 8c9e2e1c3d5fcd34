using Lounb.Modules.Core.Results;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Video;

/// <summary>What a Jitsi join page posts: {kind: "joined"|"left", signalId: a uuid per signal, tab: a uuid per browser tab}.</summary>
internal sealed record PresencePayload(string? Kind, string? SignalId, string? Tab);

/// <summary>A presence signal that passed the checks.</summary>
internal sealed record PresenceSignal(AttendanceSignalKind Kind, Guid SignalId, Guid Tab);

/// <summary>
/// Attendance the platform learns from people's own browsers: Jitsi IFrame events and heartbeats (self-reported;
/// the signal id makes a repeated post harmless, the tab is the session) and clicks on an external link.
/// Times are the server's, never the browser's.
/// </summary>
internal sealed class RoomPresence(AttendanceService attendance, TimeProvider time)
{
    /// <summary>Every click on an external link is one join of the "link" session.</summary>
    public const string LinkSession = "link";

    public static Result<PresenceSignal> Parse(PresencePayload? payload)
    {
        AttendanceSignalKind? kind = payload?.Kind switch
        {
            "joined" => AttendanceSignalKind.Joined,
            "left" => AttendanceSignalKind.Left,
            _ => null,
        };
        return kind is not null && Guid.TryParse(payload!.SignalId, out var signalId) && Guid.TryParse(payload.Tab, out var tab)
               && signalId != Guid.Empty && tab != Guid.Empty
            ? new PresenceSignal(kind.Value, signalId, tab)
            : WebinarErrors.BadPresence;
    }

    public Task<SignalOutcome> RecordJitsiAsync(Guid eventId, Guid userId, PresenceSignal signal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return attendance.RecordAsync(new AttendanceSignalInput(eventId, userId, AttendanceSource.Jitsi, signal.SignalId.ToString("D"), signal.Kind,
            signal.Tab.ToString("D"), Now), ct);
    }

    public Task<SignalOutcome> RecordLinkJoinAsync(Guid eventId, Guid userId, CancellationToken ct) =>
        attendance.RecordAsync(new AttendanceSignalInput(eventId, userId, AttendanceSource.ExternalLink, Guid.CreateVersion7().ToString("D"),
            AttendanceSignalKind.Joined, LinkSession, Now), ct);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
