using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Calendars;

/// <summary>The calendars the platform serves: one event's .ics, a person's feed by secret token, the public feed.</summary>
internal sealed class CalendarFeeds(LounbDbContext db, EventAccess access, CalendarFeedTokens tokens, TimeProvider time)
{
    /// <summary>Calendar apps are told to look again hourly (Google ignores it and polls slowly).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(1);

    /// <summary>How far back the public feed reaches: recent events stay, with their cancellations.</summary>
    public static readonly TimeSpan PublicFeedHistory = TimeSpan.FromDays(30);

    /// <summary>How far back a personal feed reaches.</summary>
    public static readonly TimeSpan PersonalFeedHistory = TimeSpan.FromDays(365);

    private static readonly RegistrationStatus[] ActiveStatuses = [RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.Waitlisted];

    /// <summary>
    /// One event as a calendar (a cancelled one as STATUS:CANCELLED), for whoever may open its page (the event page
    /// shows every event to everyone; the room itself checks who may enter). Tentative for a pending or waitlisted
    /// registrant. Null when there is no such event.
    /// </summary>
    public async Task<CalendarDocument?> EventAsync(Guid eventId, ClaimsPrincipal user, CalendarLinks links, CancellationToken ct)
    {
        var view = await access.FindAsync(eventId, user, ct);
        if (view is null)
        {
            return null;
        }

        var status = view.Registration is { Status: RegistrationStatus.Pending or RegistrationStatus.Waitlisted } && !view.IsHost
            ? CalendarEntryStatus.Tentative
            : CalendarEntryStatus.Confirmed;
        return new CalendarDocument([new CalendarEntries(links).ForEvent(view.Event, status)]);
    }

    /// <summary>
    /// The feed of the person whose token this is: events they registered for (pending and waitlisted ones tentative)
    /// and events they host; cancelled events stay as STATUS:CANCELLED, cancelled registrations drop the event.
    /// Occurrences of a series are written one by one as standalone VEVENTs with each meeting's own UID (no master, no
    /// RECURRENCE-ID): the person may have registered for only some of them, a master would put every date of the
    /// series into their calendar, and an instance without its master is listed by no expander.
    /// Null for an unknown (or replaced) token.
    /// </summary>
    public async Task<CalendarDocument?> PersonalAsync(string token, CalendarLinks links, CancellationToken ct)
    {
        var userId = await tokens.UserOfAsync(token, ct);
        if (userId is null)
        {
            return null;
        }

        var since = time.GetUtcNow().UtcDateTime - PersonalFeedHistory;
        var registrations = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.UserId == userId && ActiveStatuses.Contains(r.Status))
            .Select(r => new { r.EventId, r.Status })
            .ToDictionaryAsync(r => r.EventId, r => r.Status, ct);
        var hosted = await db.Set<EventHost>().AsNoTracking().Where(h => h.UserId == userId).Select(h => h.EventId).Distinct().ToListAsync(ct);
        var ids = registrations.Keys.Concat(hosted).Distinct().ToList();
        var events = await db.Set<WebinarEvent>().AsNoTracking()
            .Where(e => ids.Contains(e.Id) && e.StartsAt >= since)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .ToListAsync(ct);

        var entries = new CalendarEntries(links);
        var hostedSet = hosted.ToHashSet();
        bool Tentative(Guid eventId) => !hostedSet.Contains(eventId)
            && registrations.TryGetValue(eventId, out var status) && status is RegistrationStatus.Pending or RegistrationStatus.Waitlisted;
        return new CalendarDocument(
            [.. events.Select(e => entries.ForEvent(e, Tentative(e.Id) ? CalendarEntryStatus.Tentative : CalendarEntryStatus.Confirmed))])
        {
            Name = "Мої вебінари й заняття",
            RefreshInterval = RefreshInterval,
        };
    }

    /// <summary>
    /// Events anyone may register for (open registration, not a course run's class) from 30 days ago on. A series is
    /// one master VEVENT with its RRULE plus one VEVENT with RECURRENCE-ID for each occurrence that was cancelled
    /// (STATUS:CANCELLED), moved or otherwise changed.
    /// </summary>
    public async Task<CalendarDocument> PublicAsync(CalendarLinks links, CancellationToken ct)
    {
        var since = time.GetUtcNow().UtcDateTime - PublicFeedHistory;
        var open = await db.Set<WebinarEvent>().AsNoTracking()
            .Where(e => e.RegistrationMode == RegistrationMode.Open && e.CourseRunId == null && e.StartsAt >= since)
            .ToListAsync(ct);
        var seriesIds = open.Where(e => e.SeriesId is not null).Select(e => e.SeriesId!.Value).Distinct().ToList();
        var series = await db.Set<WebinarSeries>().AsNoTracking().Where(s => seriesIds.Contains(s.Id)).ToListAsync(ct);
        var occurrences = await db.Set<WebinarEvent>().AsNoTracking()
            .Where(e => e.SeriesId != null && seriesIds.Contains(e.SeriesId.Value))
            .ToListAsync(ct);

        var entries = new CalendarEntries(links);
        var written = new List<CalendarEntry>();
        written.AddRange(open.Where(e => e.SeriesId is null).Select(e => entries.ForEvent(e)));
        foreach (var one in series)
        {
            var own = occurrences.Where(e => e.SeriesId == one.Id).OrderBy(e => e.OriginalStartsAt).ThenBy(e => e.Id).ToList();
            written.Add(entries.ForSeries(one, own.FirstOrDefault()));
            written.AddRange(own.Where(e => CalendarEntries.DiffersFromRule(e, one)).Select(entries.ForOverride));
        }

        return new CalendarDocument([.. written.OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Uid, StringComparer.Ordinal).ThenBy(e => e.RecurrenceIdUtc)])
        {
            Name = "Відкриті вебінари",
            RefreshInterval = RefreshInterval,
        };
    }
}
