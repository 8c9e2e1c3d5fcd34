using Lounb.Modules.Webinars.Calendars;
using static Lounb.Modules.Webinars.Tests.Calendars.CalendarSamples;

namespace Lounb.Modules.Webinars.Tests.Calendars;

public sealed class CalendarEntriesTests
{
    private static readonly DateTime April = new(2026, 4, 1, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ForEvent_Occurrence_IsAStandaloneMeetingWithItsOwnUid_KeptWhenItMoves()
    {
        var series = Series();
        var occurrence = Occurrence(series, April);
        var before = Entries.ForEvent(occurrence);
        occurrence.Reschedule(April.AddHours(1), 90, Created.AddDays(1));

        var entry = Entries.ForEvent(occurrence);

        Assert.Equal($"webinar-{occurrence.Id:N}@{UidDomain}", entry.Uid);
        Assert.Equal(before.Uid, entry.Uid);
        Assert.NotEqual(series.Uid, entry.Uid);
        Assert.Null(entry.RecurrenceIdUtc);
        Assert.Null(entry.RecurrenceRule);
        Assert.Equal(April.AddHours(1), entry.StartsAtUtc);
        Assert.Equal(before.Sequence + 1, entry.Sequence);
    }

    [Fact]
    public void ForEvent_SingleEvent_KeepsItsStoredUid()
    {
        var webinar = Event();

        Assert.Equal(webinar.Uid, Entries.ForEvent(webinar).Uid);
        Assert.Equal(webinar.Uid, CalendarEntries.PersonalUid(webinar));
    }

    [Fact]
    public void ForOverride_Occurrence_HasTheSeriesUidAndItsOriginalStartAsRecurrenceId()
    {
        var series = Series();
        var occurrence = Occurrence(series, April);
        occurrence.Reschedule(April.AddHours(1), 90, Created.AddDays(1));

        var entry = Entries.ForOverride(occurrence);

        Assert.Equal(series.Uid, entry.Uid);
        Assert.Equal(April, entry.RecurrenceIdUtc);
        Assert.Equal(April.AddHours(1), entry.StartsAtUtc);
        Assert.Null(entry.RecurrenceRule);
    }

    [Fact]
    public void ForEvent_Tentative_StaysTentative_UnlessTheEventIsCancelled()
    {
        var webinar = Event();
        Assert.Equal(CalendarEntryStatus.Tentative, Entries.ForEvent(webinar, CalendarEntryStatus.Tentative).Status);

        webinar.Cancel("", Created.AddDays(1));

        Assert.Equal(CalendarEntryStatus.Cancelled, Entries.ForEvent(webinar, CalendarEntryStatus.Tentative).Status);
    }

    [Fact]
    public void DiffersFromRule_OnlyForChangedOccurrences()
    {
        var series = Series();
        Assert.False(CalendarEntries.DiffersFromRule(Occurrence(series, April), series));

        var moved = Occurrence(series, April);
        moved.Reschedule(April.AddDays(1), 90, Created);
        Assert.True(CalendarEntries.DiffersFromRule(moved, series));

        var cancelled = Occurrence(series, April);
        cancelled.Cancel("", Created);
        Assert.True(CalendarEntries.DiffersFromRule(cancelled, series));

        var retitled = Occurrence(series, April);
        retitled.Title = "Бібліотечна школа: спецвипуск";
        Assert.True(CalendarEntries.DiffersFromRule(retitled, series));

        var newPlace = Occurrence(series, April);
        newPlace.Touch(Created, significant: true);
        Assert.True(CalendarEntries.DiffersFromRule(newPlace, series));
    }

    [Fact]
    public void ForSeries_PointsToTheListOfEvents_AndBorrowsTheFirstOccurrencesDescription()
    {
        var series = Series();
        var first = Occurrence(series, WinterStart);
        first.Description = "Щомісячна школа для бібліотекарів області.";

        var master = Entries.ForSeries(series, first);

        Assert.Equal(series.Uid, master.Uid);
        Assert.Equal("FREQ=MONTHLY;BYDAY=1WE;COUNT=6", master.RecurrenceRule);
        Assert.Equal(new Uri("https://learn.test/webinars"), master.Url);
        Assert.StartsWith("Щомісячна школа для бібліотекарів області.\n\nРеєстрація на кожне заняття окремо", master.Description, StringComparison.Ordinal);
    }
}
