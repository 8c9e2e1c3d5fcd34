namespace Lounb.Modules.Webinars.Domain;

/// <summary>One live session: a webinar, a course run's online class, a club meeting or a hybrid event at a hub.</summary>
internal sealed class WebinarEvent
{
    /// <summary>For EF Core.</summary>
    private WebinarEvent()
    {
    }

    public WebinarEvent(string title, EventKind kind, DateTime startsAt, int durationMinutes, string? oblastCode, string uidDomain, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Uid = $"webinar-{Id:N}@{uidDomain}";
        RoomName = $"lounb-{Id:N}";
        Title = title;
        Kind = kind;
        StartsAt = startsAt;
        DurationMinutes = durationMinutes;
        OblastCode = oblastCode;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>Calendar UID: the event's own, or its series' (then <see cref="OriginalStartsAt"/> is the RECURRENCE-ID).</summary>
    public string Uid { get; private set; } = "";

    public Guid? SeriesId { get; private set; }

    /// <summary>For an occurrence of a series: the start the rule gave it (RECURRENCE-ID), kept when it is rescheduled.</summary>
    public DateTime? OriginalStartsAt { get; private set; }

    public string Title { get; set; } = "";

    /// <summary>Markdown, rendered sanitised.</summary>
    public string Description { get; set; } = "";

    public EventKind Kind { get; set; }

    public DateTime StartsAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public EventStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>Owner oblast; null for a national event (seen by everyone, managed by national staff).</summary>
    public string? OblastCode { get; private set; }

    /// <summary>The hub or hall of a hybrid event.</summary>
    public string? Location { get; set; }

    /// <summary>The course run whose online class this is (its cohort registers).</summary>
    public Guid? CourseRunId { get; set; }

    public RegistrationMode RegistrationMode { get; set; }

    /// <summary>Seats; null for unlimited.</summary>
    public int? Capacity { get; set; }

    /// <summary>Confirmed registrations holding a seat.</summary>
    public int SeatsTaken { get; private set; }

    /// <summary>Raised with every seat change; EF Core refuses a save made from a stale read, so the last seat cannot be taken twice.</summary>
    public int SeatVersion { get; private set; }

    public bool HasFreeSeat => Capacity is null || SeatsTaken < Capacity;

    public RoomKind RoomKind { get; set; }

    /// <summary>Zoom/Meet/Teams/other link when <see cref="RoomKind"/> is <see cref="RoomKind.ExternalLink"/>.</summary>
    public string? ExternalUrl { get; set; }

    /// <summary>The provider's room name; stable for the event (LiveKit separates sessions by room sid).</summary>
    public string RoomName { get; private set; } = "";

    /// <summary>Markdown with links to slides and handouts.</summary>
    public string Materials { get; set; } = "";

    public string? RecordingUrl { get; set; }

    /// <summary>iCalendar SEQUENCE: raised on every significant change (time, duration, status, place).</summary>
    public int Sequence { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public Guid? CreatedById { get; set; }

    public List<EventHost> Hosts { get; } = [];

    public bool IsCancelled => Status == EventStatus.Cancelled;

    public void TakeSeat()
    {
        SeatsTaken++;
        SeatVersion++;
    }

    public void FreeSeat()
    {
        SeatsTaken = Math.Max(0, SeatsTaken - 1);
        SeatVersion++;
    }

    public void BelongTo(WebinarSeries series, DateTime originalStartsAt)
    {
        SeriesId = series.Id;
        Uid = series.Uid;
        OriginalStartsAt = originalStartsAt;
    }

    public void Reschedule(DateTime startsAt, int durationMinutes, DateTime now)
    {
        StartsAt = startsAt;
        DurationMinutes = durationMinutes;
        Touch(now, significant: true);
    }

    public void Cancel(string reason, DateTime now)
    {
        Status = EventStatus.Cancelled;
        CancellationReason = reason;
        Touch(now, significant: true);
    }

    public void Touch(DateTime now, bool significant)
    {
        UpdatedAt = now;
        if (significant)
        {
            Sequence++;
        }
    }
}

/// <summary>A speaker or moderator of an event: a platform user, or a guest speaker known only by name.</summary>
internal sealed class EventHost
{
    public EventHost(Guid eventId, Guid? userId, string displayName, HostRole role)
    {
        Id = Guid.CreateVersion7();
        EventId = eventId;
        UserId = userId;
        DisplayName = displayName;
        Role = role;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid? UserId { get; private set; }

    public string DisplayName { get; private set; } = "";

    public HostRole Role { get; private set; }
}
