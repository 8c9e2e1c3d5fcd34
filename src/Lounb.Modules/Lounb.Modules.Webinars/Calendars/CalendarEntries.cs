using System.Text;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Calendars;

/// <summary>
/// Turns events and series into calendar entries. What a person gets (an event's file, their feed, their letters)
/// has one standalone VEVENT per meeting: an occurrence of a series has no master there, and an instance with
/// RECURRENCE-ID but no master is a date that ical.js and recurring_ical_events do not list. Its UID is the
/// meeting's own (<see cref="PersonalUid"/>), the same in every letter, the feed and the file, and kept when the
/// meeting moves. Only the public feed writes a series as its master RRULE with RECURRENCE-ID overrides.
/// </summary>
internal sealed class CalendarEntries(CalendarLinks links)
{
    /// <summary>
    /// A meeting's UID wherever it reaches one person: a single event's stored UID; for an occurrence of a series the
    /// UID it was created with (<c>webinar-&lt;id&gt;@domain</c>), not the series' UID the public feed uses.
    /// </summary>
    public static string PersonalUid(WebinarEvent webinar)
    {
        ArgumentNullException.ThrowIfNull(webinar);
        if (webinar.SeriesId is null)
        {
            return webinar.Uid;
        }

        var at = webinar.Uid.LastIndexOf('@');
        return $"webinar-{webinar.Id:N}" + (at < 0 ? "" : webinar.Uid[at..]);
    }

    /// <summary>One meeting as a standalone VEVENT (a single event, or one occurrence of a series on its own).</summary>
    public CalendarEntry ForEvent(WebinarEvent webinar, CalendarEntryStatus status = CalendarEntryStatus.Confirmed) =>
        Entry(webinar, status) with { Uid = PersonalUid(webinar) };

    /// <summary>An occurrence that differs from its series' rule, as the public feed writes it: series UID + RECURRENCE-ID.</summary>
    public CalendarEntry ForOverride(WebinarEvent occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return Entry(occurrence, CalendarEntryStatus.Confirmed) with { Uid = occurrence.Uid, RecurrenceIdUtc = occurrence.OriginalStartsAt };
    }

    private CalendarEntry Entry(WebinarEvent webinar, CalendarEntryStatus status)
    {
        ArgumentNullException.ThrowIfNull(webinar);
        var room = links.Room(webinar.Id);
        return new CalendarEntry
        {
            Uid = webinar.Uid,
            StartsAtUtc = webinar.StartsAt,
            DurationMinutes = webinar.DurationMinutes,
            Sequence = webinar.Sequence,
            StampUtc = webinar.UpdatedAt,
            Summary = webinar.Title,
            Description = Describe(webinar),
            Location = LocationOf(webinar),
            Url = links.EventPage(webinar.Id),
            ConferenceUrl = webinar.IsCancelled ? null : room,
            Status = webinar.IsCancelled ? CalendarEntryStatus.Cancelled : status,
        };
    }

    /// <summary>
    /// The series' master VEVENT: its UID, DTSTART (the first start, in Kyiv time) and RRULE. Each occurrence has its
    /// own page and room, so the master points to the list of events; <paramref name="template"/> (the first
    /// occurrence) lends the description and a hub address.
    /// </summary>
    public CalendarEntry ForSeries(WebinarSeries series, WebinarEvent? template)
    {
        ArgumentNullException.ThrowIfNull(series);
        var description = new StringBuilder();
        var about = MarkdownPlainText.Convert(template?.Description);
        if (about.Length > 0)
        {
            description.Append(about).Append("\n\n");
        }

        description.Append("Реєстрація на кожне заняття окремо, на сайті: ").Append(links.Webinars.AbsoluteUri);
        return new CalendarEntry
        {
            Uid = series.Uid,
            StartsAtUtc = series.FirstStartsAt,
            DurationMinutes = series.DurationMinutes,
            RecurrenceRule = series.RecurrenceRule,
            Sequence = series.Sequence,
            StampUtc = series.UpdatedAt,
            Summary = series.Title,
            Description = description.ToString(),
            Location = template is { Kind: EventKind.HybridEvent, Location: { Length: > 0 } hub } ? hub : null,
            Url = links.Webinars,
            Status = CalendarEntryStatus.Confirmed,
        };
    }

    /// <summary>
    /// Whether an occurrence needs its own VEVENT beside the series' master: it was cancelled, moved, retimed or retitled,
    /// or its SEQUENCE was raised by any other significant change (a new place).
    /// </summary>
    public static bool DiffersFromRule(WebinarEvent occurrence, WebinarSeries series)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(series);
        return occurrence.IsCancelled
            || occurrence.StartsAt != occurrence.OriginalStartsAt
            || occurrence.DurationMinutes != series.DurationMinutes
            || !string.Equals(occurrence.Title, series.Title, StringComparison.Ordinal)
            || occurrence.Sequence > 0;
    }

    private string Describe(WebinarEvent webinar)
    {
        var text = new StringBuilder();
        if (webinar.IsCancelled)
        {
            text.Append("Подію скасовано.");
            if (!string.IsNullOrWhiteSpace(webinar.CancellationReason))
            {
                text.Append(' ').Append(webinar.CancellationReason.Trim());
            }

            text.Append("\n\n");
        }

        var about = MarkdownPlainText.Convert(webinar.Description);
        if (about.Length > 0)
        {
            text.Append(about).Append("\n\n");
        }

        if (!webinar.IsCancelled)
        {
            text.Append("Приєднатися: ").Append(links.Room(webinar.Id).AbsoluteUri).Append('\n');
        }

        text.Append("Сторінка події: ").Append(links.EventPage(webinar.Id).AbsoluteUri);
        return text.ToString();
    }

    private string LocationOf(WebinarEvent webinar) =>
        webinar is { Kind: EventKind.HybridEvent, Location: { Length: > 0 } hub } ? hub : links.Room(webinar.Id).AbsoluteUri;
}
