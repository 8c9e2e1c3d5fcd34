namespace Lounb.Modules.Webinars.Domain;

/// <summary>
/// One join, leave or room-closed signal as received (a LiveKit webhook, a Jitsi IFrame event, a click on an external
/// link, a trainer's check-in). Stored once per source and external id, so a replayed or repeated delivery changes
/// nothing; the attendance record is recomputed from all signals in time order, so late and reordered ones are safe.
/// </summary>
internal sealed class AttendanceSignal
{
    public AttendanceSignal(Guid eventId, Guid? userId, AttendanceSource source, string externalId, AttendanceSignalKind kind, string sessionKey, DateTime occurredAt, DateTime receivedAt)
    {
        Id = Guid.CreateVersion7();
        EventId = eventId;
        UserId = userId;
        Source = source;
        ExternalId = externalId;
        Kind = kind;
        SessionKey = sessionKey;
        OccurredAt = occurredAt;
        ReceivedAt = receivedAt;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>Null for a room-wide signal (room finished).</summary>
    public Guid? UserId { get; private set; }

    public AttendanceSource Source { get; private set; }

    /// <summary>The provider's event id (LiveKit <c>id</c>) or one the platform made; unique per source.</summary>
    public string ExternalId { get; private set; }

    public AttendanceSignalKind Kind { get; private set; }

    /// <summary>The provider's session (LiveKit room sid; room names are reused), or the browser tab for self-reported joins.</summary>
    public string SessionKey { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public DateTime ReceivedAt { get; private set; }
}

/// <summary>A person's attendance of one event, recomputed from the signals; a trainer's correction overrides it.</summary>
internal sealed class AttendanceRecord
{
    /// <summary>For EF Core.</summary>
    private AttendanceRecord()
    {
    }

    public AttendanceRecord(Guid eventId, Guid userId, DateTime now)
    {
        Id = Guid.CreateVersion7();
        EventId = eventId;
        UserId = userId;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>Minutes inside the merged join/leave intervals.</summary>
    public int Minutes { get; set; }

    public DateTime? FirstJoinedAt { get; set; }

    /// <summary>True when no authoritative (server) signal backs it: Jitsi IFrame events or an external link click.</summary>
    public bool SelfReported { get; set; }

    /// <summary>Attended by the computed minutes (share of the duration reached).</summary>
    public bool AttendedByMinutes { get; set; }

    /// <summary>A trainer's decision; null when not corrected.</summary>
    public bool? CorrectedAttended { get; set; }

    public int? CorrectedMinutes { get; set; }

    public string? CorrectionNote { get; set; }

    public Guid? CorrectedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When the attendance was reported to other modules (course completion, certificates); reported once.</summary>
    public DateTime? ReportedAt { get; set; }

    public bool Attended => CorrectedAttended ?? AttendedByMinutes;

    public int EffectiveMinutes => CorrectedMinutes ?? Minutes;
}
