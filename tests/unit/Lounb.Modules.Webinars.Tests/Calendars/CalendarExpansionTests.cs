using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Reminders;
using Microsoft.Extensions.Options;
using static Lounb.Modules.Webinars.Tests.Calendars.CalendarSamples;

namespace Lounb.Modules.Webinars.Tests.Calendars;

/// <summary>
/// What our calendars give when a calendar library expands them (Ical.Net here; ical.js and recurring_ical_events in
/// the e2e spec): every meeting once, at its current start, under one UID per meeting in everything a person gets.
/// </summary>
public sealed class CalendarExpansionTests
{
    private static readonly DateTime April = new(2026, 4, 1, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void OneOccurrencesFile_ExpandsToItsOwnStart_AndIsNoOrphanInstance()
    {
        var series = Series();
        var occurrence = Occurrence(series, April);
        occurrence.Reschedule(April.AddDays(1), 90, Created.AddDays(2));

        var ics = Write(Entries.ForEvent(occurrence));

        Assert.Equal([(CalendarEntries.PersonalUid(occurrence), April.AddDays(1))], Expand(ics));
        Assert.DoesNotContain(Assert.Single(Events(ics)), l => l.StartsWith("RECURRENCE-ID", StringComparison.Ordinal) || l.StartsWith("RRULE", StringComparison.Ordinal));
    }

    [Fact]
    public void PersonalFeedWithSomeOccurrences_ExpandsToEachOnce_WithTheUidsOfTheirFilesAndLetters()
    {
        var series = Series();
        var march = Occurrence(series, new DateTime(2026, 3, 4, 16, 0, 0, DateTimeKind.Utc));
        var april = Occurrence(series, April);
        april.Reschedule(April.AddHours(2), 90, Created.AddDays(2));
        var single = Event();
        var letters = new ReminderLetters(
            Kyiv, Writer, Options.Create(new PlatformMailOptions { From = "Lounb <noreply@learn.test>" }), Options.Create(new WebinarsOptions()));

        var feed = Writer.Write(new CalendarDocument([Entries.ForEvent(single), Entries.ForEvent(march), Entries.ForEvent(april)]));

        var expanded = Expand(feed);
        Assert.Equal(
            [(single.Uid, single.StartsAt), (CalendarEntries.PersonalUid(march), march.StartsAt), (CalendarEntries.PersonalUid(april), April.AddHours(2))],
            expanded);
        Assert.Equal(3, expanded.Select(e => e.Uid).Distinct().Count());
        foreach (var meeting in new[] { single, march, april })
        {
            var file = Write(Entries.ForEvent(meeting));
            var letter = letters.Email(ReminderKind.EmailDayBefore, meeting, new("Олена", "olena@example.org", RegistrationStatus.Confirmed), Links);
            var invitation = Encoding.UTF8.GetString(Assert.Single(letter.Attachments).Content.Span);
            Assert.Equal(UidAndSequence(file), UidAndSequence(invitation));
            Assert.Contains(UidAndSequence(file), Events(feed).Select(e => (Property(e, "UID"), Property(e, "SEQUENCE"))));
        }
    }

    [Fact]
    public void PublicFeed_MasterAndOverrides_ExpandToEachMeetingOnce_MovedOneAtItsNewTime()
    {
        var series = Series();
        var april = Occurrence(series, April);
        april.Reschedule(April.AddDays(1), 90, Created.AddDays(2));
        var february = Occurrence(series, new DateTime(2026, 2, 4, 16, 0, 0, DateTimeKind.Utc));
        february.Cancel("", Created.AddDays(2));

        var feed = Write(Entries.ForSeries(series, null), Entries.ForOverride(february), Entries.ForOverride(april));

        var starts = Expand(feed);
        Assert.Equal(6, starts.Count);
        Assert.All(starts, s => Assert.Equal(series.Uid, s.Uid));
        Assert.Equal(starts.Count, starts.Select(s => s.Start).Distinct().Count());
        Assert.Contains((series.Uid, April.AddDays(1)), starts);
        Assert.DoesNotContain((series.Uid, April), starts);
    }

    /// <summary>Every occurrence Ical.Net's own expansion yields: UID and UTC start, in time order.</summary>
    private static List<(string Uid, DateTime Start)> Expand(string ics) =>
        [.. Calendar.Load(ics)!.GetOccurrences()
            .Select(o => (((CalendarEvent)o.Source).Uid!, o.Period.StartTime.AsUtc))
            .OrderBy(o => o.AsUtc)];

    private static (string Uid, string Sequence) UidAndSequence(string ics)
    {
        var vevent = Assert.Single(Events(ics));
        return (Property(vevent, "UID"), Property(vevent, "SEQUENCE"));
    }
}
