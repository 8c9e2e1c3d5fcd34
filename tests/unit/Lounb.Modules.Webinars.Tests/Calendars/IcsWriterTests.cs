using System.Text;
using Ical.Net;
using Ical.Net.DataTypes;
using Lounb.Modules.Webinars.Calendars;
using static Lounb.Modules.Webinars.Tests.Calendars.CalendarSamples;

namespace Lounb.Modules.Webinars.Tests.Calendars;

public sealed class IcsWriterTests
{
    [Fact]
    public void Write_Event_UidIsTheStoredOne_StartIsKyivTimeWithItsZone_StampIsUtc()
    {
        var webinar = Event();

        var vevent = Assert.Single(Events(Write(Entries.ForEvent(webinar))));

        Assert.Equal($"UID:{webinar.Uid}", Property(vevent, "UID"));
        Assert.StartsWith("UID:webinar-", Property(vevent, "UID"), StringComparison.Ordinal);
        Assert.Equal("DTSTART;TZID=Europe/Kyiv:20260107T180000", Property(vevent, "DTSTART"));
        Assert.Equal("DURATION:PT90M", Property(vevent, "DURATION"));
        Assert.DoesNotContain(vevent, l => l.StartsWith("DTEND", StringComparison.Ordinal));
        Assert.Equal("DTSTAMP:20251201T090000Z", Property(vevent, "DTSTAMP"));
        Assert.Equal("SEQUENCE:0", Property(vevent, "SEQUENCE"));
        Assert.Equal("STATUS:CONFIRMED", Property(vevent, "STATUS"));
        Assert.Equal($"URL:https://learn.test/webinars/{webinar.Id}", Property(vevent, "URL"));
        Assert.Equal($"LOCATION:https://learn.test/webinars/{webinar.Id}/room", Property(vevent, "LOCATION"));
        Assert.Equal($"CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Приєднатися:https://learn.test/webinars/{webinar.Id}/room", Property(vevent, "CONFERENCE"));
    }

    [Fact]
    public void Write_Description_IsPlainTextFromMarkdownWithTheJoinAndPageLinks()
    {
        var webinar = Event();

        var description = Property(Assert.Single(Events(Write(Entries.ForEvent(webinar)))), "DESCRIPTION");

        Assert.Equal(
            $"DESCRIPTION:Про фейки і перевірку фактів (https://example.org/facts).\\n\\nПриєднатися: https://learn.test/webinars/{webinar.Id}/room\\nСторінка події: https://learn.test/webinars/{webinar.Id}",
            description);
    }

    [Fact]
    public void Write_HybridEvent_LocationIsTheHub()
    {
        var webinar = Event(kind: Domain.EventKind.HybridEvent);
        webinar.Location = "Хаб «Бібліотека», вул. Шевченка, 1; зала 2";

        var vevent = Assert.Single(Events(Write(Entries.ForEvent(webinar))));

        Assert.Equal("LOCATION:Хаб «Бібліотека»\\, вул. Шевченка\\, 1\\; зала 2", Property(vevent, "LOCATION"));
    }

    [Fact]
    public void Write_AnyCalendar_EmbedsAVTimezoneForKyivGeneratedFromTzdata()
    {
        var ics = Write(Entries.ForEvent(Event()));
        var lines = Unfolded(ics);

        Assert.Contains("BEGIN:VTIMEZONE", lines);
        Assert.Contains("TZID:Europe/Kyiv", lines);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", lines);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", lines);
        Assert.Contains("TZOFFSETTO:+0300", lines);
        Assert.Contains("TZOFFSETTO:+0200", lines);
        Assert.Contains("TZNAME:EEST", lines);
        Assert.Contains("TZNAME:EET", lines);
        Assert.True(lines.ToList().IndexOf("BEGIN:VTIMEZONE") < lines.ToList().IndexOf("BEGIN:VEVENT"));
    }

    [Fact]
    public void Write_Lines_EndWithCrlfOnly()
    {
        var ics = Write(Entries.ForEvent(Event()));

        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', ics.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_LongCyrillicText_FoldsAt75OctetsWithoutSplittingACharacter_AndReadsBackTheSame()
    {
        var title = string.Concat(Enumerable.Repeat("Бібліотечна школа: ґ, ї, є — «цифрова грамотність» 📚 ", 8));
        var webinar = Event(title);
        webinar.Description = string.Join("\n\n", Enumerable.Repeat("Поговоримо про якість інформації, критичне мислення; перевірку джерел і т. д.", 6));

        var bytes = Writer.WriteUtf8(new CalendarDocument([Entries.ForEvent(webinar)]));
        var ics = Encoding.UTF8.GetString(bytes);

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var physical = ics.Split("\r\n");
        Assert.Contains(physical, l => l.StartsWith(' '));
        foreach (var line in physical)
        {
            Assert.True(Octets(line) <= 75, $"{Octets(line)} octets: {line}");
            // Each physical line is whole UTF-8 on its own: no multi-byte sequence was cut by the fold.
            strict.GetString(Encoding.UTF8.GetBytes(line));
        }

        var parsed = Assert.Single(Calendar.Load(ics)!.Events);
        Assert.Equal(title, parsed.Summary);
        Assert.StartsWith(webinar.Description.Split("\n\n")[0], parsed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CommaSemicolonBackslashAndNewlineInCyrillicText_AreEscaped()
    {
        var webinar = Event(@"Код, клуб; «Йой» \ розмова");
        webinar.Description = "Рядок перший\nрядок другий";

        var vevent = Assert.Single(Events(Write(Entries.ForEvent(webinar))));

        Assert.Equal(@"SUMMARY:Код\, клуб\; «Йой» \\ розмова", Property(vevent, "SUMMARY"));
        Assert.StartsWith(@"DESCRIPTION:Рядок перший\nрядок другий\n\n", Property(vevent, "DESCRIPTION"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CancelledEvent_IsStatusCancelledWithTheReason_AndNoJoinButton()
    {
        var webinar = Event();
        webinar.Cancel("Спікерка захворіла", Created.AddDays(1));

        var vevent = Assert.Single(Events(Write(Entries.ForEvent(webinar))));

        Assert.Equal("STATUS:CANCELLED", Property(vevent, "STATUS"));
        Assert.Equal("SEQUENCE:1", Property(vevent, "SEQUENCE"));
        Assert.Equal("DTSTAMP:20251202T090000Z", Property(vevent, "DTSTAMP"));
        Assert.StartsWith("DESCRIPTION:Подію скасовано. Спікерка захворіла", Property(vevent, "DESCRIPTION"), StringComparison.Ordinal);
        Assert.DoesNotContain(vevent, l => l.StartsWith("CONFERENCE", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_RescheduledEvent_KeepsItsUid_RaisesSequence_MovesStart()
    {
        var webinar = Event();
        var before = Assert.Single(Events(Write(Entries.ForEvent(webinar))));

        webinar.Reschedule(WinterStart.AddDays(1), 60, Created.AddDays(2));
        var after = Assert.Single(Events(Write(Entries.ForEvent(webinar))));

        Assert.Equal(Property(before, "UID"), Property(after, "UID"));
        Assert.Equal("SEQUENCE:1", Property(after, "SEQUENCE"));
        Assert.Equal("DTSTART;TZID=Europe/Kyiv:20260108T180000", Property(after, "DTSTART"));
        Assert.Equal("DURATION:PT60M", Property(after, "DURATION"));
    }

    [Fact]
    public void Write_SameData_GivesTheSameBytes()
    {
        var webinar = Event();
        var series = Series();
        var document = new CalendarDocument([Entries.ForEvent(webinar), Entries.ForSeries(series, null)]) { Name = "Відкриті вебінари", RefreshInterval = TimeSpan.FromHours(1) };

        Assert.Equal(Writer.WriteUtf8(document), Writer.WriteUtf8(document));
    }

    [Fact]
    public void Write_Feed_HasNameAndRefreshHints_ButNoMethod()
    {
        var ics = Writer.Write(new CalendarDocument([Entries.ForEvent(Event())]) { Name = "Мої вебінари й заняття", RefreshInterval = TimeSpan.FromHours(1) });
        var lines = Unfolded(ics);

        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains($"PRODID:{IcsWriter.ProductId}", lines);
        Assert.Contains("CALSCALE:GREGORIAN", lines);
        Assert.Contains("NAME:Мої вебінари й заняття", lines);
        Assert.Contains("X-WR-CALNAME:Мої вебінари й заняття", lines);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", lines);
        Assert.Contains("X-PUBLISHED-TTL:PT1H", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("METHOD", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Invitation_HasMethodOrganizerAndAttendee()
    {
        var ics = Writer.Write(new CalendarDocument([Entries.ForEvent(Event())])
        {
            Method = "REQUEST",
            Invitation = new InvitationParties("Lounb Learning", "noreply@learn.test", "Олена Петренко", "olena@example.org"),
        });
        var lines = Unfolded(ics);
        var vevent = Assert.Single(Events(ics));

        Assert.Contains("METHOD:REQUEST", lines);
        Assert.Equal("ORGANIZER;CN=Lounb Learning:mailto:noreply@learn.test", Property(vevent, "ORGANIZER"));
        var attendee = Property(vevent, "ATTENDEE");
        Assert.Contains("CN=Олена Петренко", attendee, StringComparison.Ordinal);
        Assert.Contains("ROLE=REQ-PARTICIPANT", attendee, StringComparison.Ordinal);
        Assert.Contains("PARTSTAT=ACCEPTED", attendee, StringComparison.Ordinal);
        Assert.EndsWith(":mailto:olena@example.org", attendee, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Series_MasterHasRule_ChangedOccurrencesHaveTheSeriesUidAndRecurrenceId()
    {
        var series = Series();
        var april = Occurrence(series, new DateTime(2026, 4, 1, 15, 0, 0, DateTimeKind.Utc));
        april.Reschedule(new DateTime(2026, 4, 2, 15, 0, 0, DateTimeKind.Utc), 90, Created.AddDays(3));

        var events = Events(Write(Entries.ForSeries(series, null), Entries.ForOverride(april)));

        var master = events[0];
        Assert.Equal($"UID:{series.Uid}", Property(master, "UID"));
        Assert.Equal("DTSTART;TZID=Europe/Kyiv:20260107T180000", Property(master, "DTSTART"));
        Assert.Equal("RRULE:FREQ=MONTHLY;COUNT=6;BYDAY=1WE", Property(master, "RRULE"));
        Assert.DoesNotContain(master, l => l.StartsWith("RECURRENCE-ID", StringComparison.Ordinal));
        var moved = events[1];
        Assert.Equal($"UID:{series.Uid}", Property(moved, "UID"));
        Assert.Equal("RECURRENCE-ID;TZID=Europe/Kyiv:20260401T180000", Property(moved, "RECURRENCE-ID"));
        Assert.Equal("DTSTART;TZID=Europe/Kyiv:20260402T180000", Property(moved, "DTSTART"));
        Assert.Equal("SEQUENCE:1", Property(moved, "SEQUENCE"));
        Assert.DoesNotContain(moved, l => l.StartsWith("RRULE", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Series_ExpandsToEighteenKyivTimeOnBothSidesOfTheDaylightSavingChange()
    {
        var ics = Write(Entries.ForSeries(Series(), null));

        var starts = Calendar.Load(ics)!.GetOccurrences(new CalDateTime(2026, 1, 1, 0, 0, 0, "UTC")).Select(o => o.Period.StartTime.AsUtc).ToList();

        Assert.Equal(
            [
                new DateTime(2026, 1, 7, 16, 0, 0), new DateTime(2026, 2, 4, 16, 0, 0), new DateTime(2026, 3, 4, 16, 0, 0),
                new DateTime(2026, 4, 1, 15, 0, 0), new DateTime(2026, 5, 6, 15, 0, 0), new DateTime(2026, 6, 3, 15, 0, 0),
            ],
            starts.Select(s => DateTime.SpecifyKind(s, DateTimeKind.Unspecified)));
    }
}
