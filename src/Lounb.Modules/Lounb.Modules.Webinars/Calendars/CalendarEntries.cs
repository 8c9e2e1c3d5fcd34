using System.Text;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Calendars;

/// <summary>
/// Turns events and series into calendar entries. UIDs are the stored ones; an occurrence of a series carries the
/// series' UID and its original start as RECURRENCE-ID, so calendars match it with the series' instance.
/// </summary>
internal sealed class CalendarEntries(CalendarLinks links)
{
    /// <summary>One event (alone, or one occurrence of a series as its own VEVENT with RECURRENCE-ID).</summary>
    public CalendarEntry ForEvent(WebinarEvent webinar, CalendarEntryStatus status = CalendarEntryStatus.Confirmed)
    {
        ArgumentNullException.ThrowIfNull(webinar);
        var room = links.Room(webinar.Id);
        return new CalendarEntry
        {
            Uid = webinar.Uid,
            RecurrenceIdUtc = webinar.SeriesId is null ? null : webinar.OriginalStartsAt,
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
