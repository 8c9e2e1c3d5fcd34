namespace Lounb.Modules.Webinars.Calendars;

internal enum CalendarEntryStatus
{
    Confirmed = 0,
    Tentative = 1,
    Cancelled = 2,
}

/// <summary>
/// One VEVENT as the platform means it, before it becomes iCalendar text. Times are UTC; the writer shows them in
/// Europe/Kyiv with an embedded VTIMEZONE.
/// </summary>
internal sealed record CalendarEntry
{
    /// <summary>The stored UID (an event's, or its series' for an occurrence and for the series' master).</summary>
    public required string Uid { get; init; }

    /// <summary>For one occurrence of a series: the start the rule gave it (RECURRENCE-ID).</summary>
    public DateTime? RecurrenceIdUtc { get; init; }

    public required DateTime StartsAtUtc { get; init; }

    public required int DurationMinutes { get; init; }

    /// <summary>RRULE value of a series' master (without "RRULE:"); null for a single event or an occurrence.</summary>
    public string? RecurrenceRule { get; init; }

    public required int Sequence { get; init; }

    /// <summary>DTSTAMP: the last revision (UTC), so that an unchanged feed is byte-for-byte the same.</summary>
    public required DateTime StampUtc { get; init; }

    public required string Summary { get; init; }

    public string Description { get; init; } = "";

    public string? Location { get; init; }

    public Uri? Url { get; init; }

    /// <summary>The join address, written as an RFC 7986 CONFERENCE property.</summary>
    public Uri? ConferenceUrl { get; init; }

    public CalendarEntryStatus Status { get; init; }
}

/// <summary>The person an iMIP letter is addressed to and who organises the event (ORGANIZER and ATTENDEE).</summary>
internal sealed record InvitationParties(string OrganizerName, string OrganizerEmail, string AttendeeName, string AttendeeEmail);

/// <summary>A whole iCalendar object: a feed (<see cref="Method"/> null), or an iTIP message (REQUEST or CANCEL).</summary>
internal sealed record CalendarDocument(IReadOnlyList<CalendarEntry> Entries)
{
    /// <summary>NAME and X-WR-CALNAME of a feed.</summary>
    public string? Name { get; init; }

    /// <summary>Written with REFRESH-INTERVAL and X-PUBLISHED-TTL; only for subscription feeds.</summary>
    public TimeSpan? RefreshInterval { get; init; }

    /// <summary>METHOD: only in e-mail (REQUEST or CANCEL); a feed has none.</summary>
    public string? Method { get; init; }

    public InvitationParties? Invitation { get; init; }
}
