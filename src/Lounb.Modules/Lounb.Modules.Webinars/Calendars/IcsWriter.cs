using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Lounb.Modules.Core.Time;

namespace Lounb.Modules.Webinars.Calendars;

/// <summary>
/// Writes iCalendar (RFC 5545) with Ical.Net: CRLF lines folded at 75 octets, TEXT escaped, times local to Europe/Kyiv
/// with a VTIMEZONE generated from tzdata (not hard-coded: Ukraine's DST policy may change), DTSTAMP from the data so
/// that an unchanged feed stays byte-for-byte the same (stable ETag).
/// </summary>
internal sealed class IcsWriter(LocalTime localTime)
{
    public const string ProductId = "-//Lounb//Learning Webinars//UK";

    public string Write(CalendarDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var calendar = new Calendar { ProductId = ProductId, Scale = "GREGORIAN" };
        if (document.Method is not null)
        {
            calendar.Method = document.Method;
        }

        if (document.Name is not null)
        {
            calendar.AddProperty("NAME", document.Name);
            calendar.AddProperty("X-WR-CALNAME", document.Name);
        }

        if (document.RefreshInterval is { } refresh)
        {
            var interval = new CalendarProperty("REFRESH-INTERVAL", DurationText(refresh));
            interval.AddParameter("VALUE", "DURATION");
            calendar.AddProperty(interval);
            calendar.AddProperty("X-PUBLISHED-TTL", DurationText(refresh));
        }

        if (document.Entries.Count > 0)
        {
            // From the earliest time written, so the zone's rules cover every entry (and the text depends on the data only).
            var earliest = document.Entries.Min(e => e.RecurrenceIdUtc is { } recurrenceId && recurrenceId < e.StartsAtUtc ? recurrenceId : e.StartsAtUtc);
            calendar.AddTimeZone(VTimeZone.FromSystemTimeZone(localTime.Zone, localTime.ToLocal(earliest), includeHistoricalData: false));
        }

        foreach (var entry in document.Entries)
        {
            calendar.Events.Add(ToEvent(entry, document.Invitation));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public byte[] WriteUtf8(CalendarDocument document) => Encoding.UTF8.GetBytes(Write(document));

    private CalendarEvent ToEvent(CalendarEntry entry, InvitationParties? invitation)
    {
        var vevent = new CalendarEvent
        {
            Uid = entry.Uid,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(entry.StampUtc, DateTimeKind.Utc)),
            DtStart = Local(entry.StartsAtUtc),
            Duration = Duration.FromMinutes(entry.DurationMinutes),
            Sequence = entry.Sequence,
            Summary = entry.Summary,
            Status = StatusText(entry.Status),
            Transparency = "OPAQUE",
        };
        if (entry.RecurrenceIdUtc is { } recurrenceId)
        {
            vevent.RecurrenceIdentifier = new RecurrenceIdentifier(Local(recurrenceId), null);
        }

        if (entry.RecurrenceRule is not null)
        {
            vevent.RecurrenceRule = new RecurrencePattern(entry.RecurrenceRule);
        }

        if (entry.Description.Length > 0)
        {
            vevent.Description = entry.Description;
        }

        if (!string.IsNullOrWhiteSpace(entry.Location))
        {
            vevent.Location = entry.Location;
        }

        if (entry.Url is not null)
        {
            vevent.Url = entry.Url;
        }

        if (entry.ConferenceUrl is not null)
        {
            // RFC 7986 §5.11: a client shows a "join" button.
            var conference = new CalendarProperty("CONFERENCE", entry.ConferenceUrl.AbsoluteUri);
            conference.AddParameter("VALUE", "URI");
            conference.AddParameter("FEATURE", "VIDEO");
            conference.AddParameter("LABEL", "Приєднатися");
            vevent.AddProperty(conference);
        }

        if (invitation is not null)
        {
            vevent.Organizer = new Organizer("mailto:" + invitation.OrganizerEmail) { CommonName = invitation.OrganizerName };
            vevent.Attendees.Add(new Attendee("mailto:" + invitation.AttendeeEmail)
            {
                CommonName = invitation.AttendeeName,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = entry.Status == CalendarEntryStatus.Tentative ? "TENTATIVE" : "ACCEPTED",
                // Replies would reach the no-reply organizer mailbox: the person answers on the site instead.
                Rsvp = false,
            });
        }

        return vevent;
    }

    private CalDateTime Local(DateTime utc) => new(localTime.ToLocal(utc), localTime.Zone.Id);

    private static string StatusText(CalendarEntryStatus status) => status switch
    {
        CalendarEntryStatus.Tentative => "TENTATIVE",
        CalendarEntryStatus.Cancelled => "CANCELLED",
        _ => "CONFIRMED",
    };

    private static string DurationText(TimeSpan span) =>
        span.TotalMinutes % 60 == 0 ? $"PT{(int)span.TotalHours}H" : $"PT{(int)span.TotalMinutes}M";
}
