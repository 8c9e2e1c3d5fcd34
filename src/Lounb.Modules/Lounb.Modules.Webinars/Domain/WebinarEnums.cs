namespace Lounb.Modules.Webinars.Domain;

/// <summary>What kind of live session an event is.</summary>
internal enum EventKind
{
    /// <summary>One to many: speakers present, attendees watch and ask.</summary>
    Webinar = 0,

    /// <summary>An online class of a course run (its cohort).</summary>
    CourseClass = 1,

    /// <summary>A club meeting (Code Club, the «Йой» conversation club): everyone may speak.</summary>
    ClubMeeting = 2,

    /// <summary>At a library hub with an online audience too.</summary>
    HybridEvent = 3,
}

internal enum EventStatus
{
    Scheduled = 0,
    Cancelled = 1,
}

/// <summary>Who may register.</summary>
internal enum RegistrationMode
{
    /// <summary>Anyone signed in; confirmed at once while seats last, then the waiting list.</summary>
    Open = 0,

    /// <summary>Requests wait for a moderator's approval.</summary>
    Approval = 1,

    /// <summary>Only the active learners of the linked course run.</summary>
    Cohort = 2,
}

internal enum RegistrationStatus
{
    Pending = 0,
    Confirmed = 1,
    Waitlisted = 2,
    Cancelled = 3,
    Declined = 4,
}

/// <summary>Where the session takes place online.</summary>
internal enum RoomKind
{
    /// <summary>A room of the configured video provider (LiveKit or Jitsi), embedded in the platform's join page.</summary>
    Platform = 0,

    /// <summary>A link to Zoom, Meet, Teams or anything else, opened through the platform (which records the join).</summary>
    ExternalLink = 1,
}

internal enum HostRole
{
    Speaker = 0,
    Moderator = 1,
}

/// <summary>
/// Where an attendance signal came from; LiveKit webhooks are authoritative, browser-reported ones are not. A trainer's
/// check-in is not a signal but a decision on the attendance record (audited).
/// </summary>
internal enum AttendanceSource
{
    LiveKit = 0,
    Jitsi = 1,
    ExternalLink = 2,
}

internal enum AttendanceSignalKind
{
    Joined = 0,
    Left = 1,

    /// <summary>The room closed: every interval still open ends here.</summary>
    RoomFinished = 2,
}

internal enum ReminderKind
{
    EmailDayBefore = 0,
    EmailHourBefore = 1,
    TelegramDayBefore = 2,
    TelegramHourBefore = 3,

    /// <summary>The event was cancelled: one letter to each person registered, sent at once.</summary>
    EmailCancelled = 4,
}
