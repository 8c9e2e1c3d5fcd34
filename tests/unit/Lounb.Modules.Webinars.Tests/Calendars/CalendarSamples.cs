using System.Text;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Domain;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Tests.Calendars;

/// <summary>Events, series and writers built by hand for calendar tests.</summary>
internal static class CalendarSamples
{
    public const string UidDomain = "learn.test";

    public static readonly DateTime Created = new(2025, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    public static LocalTime Kyiv { get; } = new(Options.Create(new LocalTimeOptions()));

    public static IcsWriter Writer { get; } = new(Kyiv);

    public static CalendarLinks Links { get; } = new("https://learn.test");

    public static CalendarEntries Entries { get; } = new(Links);

    /// <summary>18:00 Kyiv on 7 January 2026 (winter time, UTC+2).</summary>
    public static readonly DateTime WinterStart = new(2026, 1, 7, 16, 0, 0, DateTimeKind.Utc);

    public static WebinarEvent Event(string title = "Медіаграмотність для бібліотекарів", DateTime? startsAt = null, EventKind kind = EventKind.Webinar) =>
        new(title, kind, startsAt ?? WinterStart, 90, null, UidDomain, Created) { Description = "Про **фейки** і [перевірку фактів](https://example.org/facts)." };

    /// <summary>"Бібліотечна школа non stop": the first Wednesday of each month, 18:00 Kyiv, six times from January 2026.</summary>
    public static WebinarSeries Series() =>
        new("Бібліотечна школа non stop", "FREQ=MONTHLY;BYDAY=1WE;COUNT=6", WinterStart, 90, null, UidDomain, Created);

    public static WebinarEvent Occurrence(WebinarSeries series, DateTime originalStartUtc)
    {
        var occurrence = new WebinarEvent(series.Title, EventKind.Webinar, originalStartUtc, series.DurationMinutes, null, UidDomain, Created);
        occurrence.BelongTo(series, originalStartUtc);
        return occurrence;
    }

    public static string Write(params CalendarEntry[] entries) => Writer.Write(new CalendarDocument(entries));

    /// <summary>The content lines with folding undone (RFC 5545 §3.1).</summary>
    public static IReadOnlyList<string> Unfolded(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The unfolded lines of the VEVENT blocks, one list per VEVENT.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Events(string ics)
    {
        var events = new List<IReadOnlyList<string>>();
        List<string>? current = null;
        foreach (var line in Unfolded(ics))
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT" && current is not null)
            {
                events.Add(current);
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        return events;
    }

    public static string Property(IReadOnlyList<string> lines, string name) =>
        Assert.Single(lines, l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));

    public static int Octets(string line) => Encoding.UTF8.GetByteCount(line);
}
