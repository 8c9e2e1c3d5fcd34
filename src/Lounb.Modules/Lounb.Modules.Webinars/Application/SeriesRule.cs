using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Application;

internal enum SeriesFrequency
{
    Weekly = 0,
    Monthly = 1,
}

/// <summary>
/// How a methodologist describes a series on the form: every N weeks on some weekdays, or every N months on the
/// first/second/third/fourth/last weekday; ending on a date or after a number of meetings. Times are Kyiv wall-clock.
/// </summary>
internal sealed record SeriesRuleInput(
    SeriesFrequency Frequency,
    int Interval,
    IReadOnlyList<DayOfWeek> Weekdays,
    int MonthlyOrdinal,
    DayOfWeek MonthlyWeekday,
    DateOnly? EndsOn,
    int? Count);

/// <summary>A rule ready to store: the RRULE text and the occurrences it gives (local Kyiv wall-clock times).</summary>
internal sealed record ExpandedSeries(string RecurrenceRule, DateTime FirstStartLocal, IReadOnlyList<DateTime> StartsLocal);

/// <summary>Builds the RFC 5545 rule from the form and expands it in Europe/Kyiv the same way calendar clients will (Ical.Net).</summary>
internal static class SeriesRule
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static Result<ExpandedSeries> Expand(SeriesRuleInput input, DateOnly fromDate, TimeOnly time, string timeZoneId, int maxOccurrences)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Interval is < 1 or > WebinarLimits.MaxSeriesInterval)
        {
            return WebinarErrors.SeriesInterval;
        }

        if (input.EndsOn is null && input.Count is null)
        {
            return WebinarErrors.SeriesEndNeeded;
        }

        if (input.Count is < 1)
        {
            return WebinarErrors.SeriesCount;
        }

        if (input.Count > maxOccurrences)
        {
            return WebinarErrors.TooManyOccurrences(maxOccurrences);
        }

        if (input.Frequency == SeriesFrequency.Weekly && input.Weekdays.Count == 0)
        {
            return WebinarErrors.WeekdayNeeded;
        }

        if (input.Frequency == SeriesFrequency.Monthly && input.MonthlyOrdinal is not (1 or 2 or 3 or 4 or -1))
        {
            return WebinarErrors.MonthlyOrdinalNeeded;
        }

        // DTSTART must itself match the rule, or calendar clients count it as an extra meeting (RFC 5545).
        var first = FirstMatch(input, fromDate);
        if (first is null || (input.EndsOn is { } ends && first > ends))
        {
            return WebinarErrors.NoDates;
        }

        var rule = BuildRule(input, timeZoneId);
        var firstStart = first.Value.ToDateTime(time);
        var starts = Occurrences(rule, firstStart, timeZoneId, maxOccurrences + 1);
        if (starts.Count == 0)
        {
            return WebinarErrors.NoDates;
        }

        return starts.Count > maxOccurrences
            ? WebinarErrors.TooManyOccurrences(maxOccurrences)
            : new ExpandedSeries(rule, firstStart, starts);
    }

    /// <summary>The occurrences' local start times, as a calendar client expands DTSTART;TZID + RRULE.</summary>
    public static List<DateTime> Occurrences(string rule, DateTime firstStartLocal, string timeZoneId, int limit)
    {
        var calendarEvent = new CalendarEvent
        {
            Start = new CalDateTime(firstStartLocal, timeZoneId),
            RecurrenceRule = new RecurrencePattern(rule),
        };
        return calendarEvent.GetOccurrences().Take(limit).Select(o => o.Period.StartTime.Value).ToList();
    }

    /// <summary>A few words for people: «щотижня: пн, ср», «щомісяця: перша середа».</summary>
    public static string Describe(string rule)
    {
        var pattern = new RecurrencePattern(rule);
        if (EnglishPages.IsEnglish)
        {
            return DescribeInEnglish(rule, pattern);
        }

        var every = pattern.Interval > 1 ? $"раз на {pattern.Interval} " : "";
        var culture = CultureInfo.GetCultureInfo("uk-UA");
        if (pattern.Frequency == Ical.Net.FrequencyType.Weekly)
        {
            var days = string.Join(", ", pattern.ByDay.Select(d => culture.DateTimeFormat.GetAbbreviatedDayName(d.DayOfWeek)));
            return pattern.Interval > 1 ? $"{every}тижні: {days}" : $"щотижня: {days}";
        }

        var byDay = pattern.ByDay.FirstOrDefault();
        if (byDay is null)
        {
            return rule;
        }

        var ordinal = byDay.Offset switch { 1 => "перший", 2 => "другий", 3 => "третій", 4 => "четвертий", _ => "останній" };
        var day = culture.DateTimeFormat.GetDayName(byDay.DayOfWeek);
        return (pattern.Interval > 1 ? $"{every}місяці: " : "щомісяця: ") + Agree(ordinal, byDay.DayOfWeek) + " " + day;
    }

    /// <summary>«weekly: Mon, Wed», «every 2 months: first Wednesday», for a page shown in English.</summary>
    private static string DescribeInEnglish(string rule, RecurrencePattern pattern)
    {
        var culture = CultureInfo.GetCultureInfo("en");
        if (pattern.Frequency == Ical.Net.FrequencyType.Weekly)
        {
            var days = string.Join(", ", pattern.ByDay.Select(d => culture.DateTimeFormat.GetAbbreviatedDayName(d.DayOfWeek)));
            return (pattern.Interval > 1 ? $"every {pattern.Interval} weeks: " : "weekly: ") + days;
        }

        var byDay = pattern.ByDay.FirstOrDefault();
        if (byDay is null)
        {
            return rule;
        }

        var ordinal = byDay.Offset switch { 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", _ => "last" };
        return (pattern.Interval > 1 ? $"every {pattern.Interval} months: " : "monthly: ") + ordinal + " " + culture.DateTimeFormat.GetDayName(byDay.DayOfWeek);
    }

    // Ukrainian ordinals agree with the weekday's gender: «перший понеділок», «перша середа», «остання неділя».
    private static string Agree(string ordinal, DayOfWeek day)
    {
        var feminine = day is DayOfWeek.Wednesday or DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday;
        return !feminine ? ordinal : ordinal switch
        {
            "третій" => "третя",
            "останній" => "остання",
            _ => ordinal[..^2] + "а",
        };
    }

    private static string BuildRule(SeriesRuleInput input, string timeZoneId)
    {
        var parts = new List<string>
        {
            input.Frequency == SeriesFrequency.Weekly ? "FREQ=WEEKLY" : "FREQ=MONTHLY",
        };
        if (input.Interval > 1)
        {
            parts.Add($"INTERVAL={input.Interval}");
        }

        parts.Add(input.Frequency == SeriesFrequency.Weekly
            ? "BYDAY=" + string.Join(",", input.Weekdays.Distinct().OrderBy(d => ((int)d + 6) % 7).Select(d => DayCodes[(int)d]))
            : $"BYDAY={input.MonthlyOrdinal}{DayCodes[(int)input.MonthlyWeekday]}");
        if (input.Count is { } count)
        {
            parts.Add($"COUNT={count}");
        }
        else if (input.EndsOn is { } endsOn)
        {
            // UNTIL is UTC when DTSTART has a TZID: the end of that Kyiv day.
            var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
            var endOfDay = endsOn.ToDateTime(new TimeOnly(23, 59, 59));
            var untilUtc = TimeZoneInfo.ConvertTimeToUtc(endOfDay, zone);
            parts.Add($"UNTIL={untilUtc:yyyyMMdd'T'HHmmss'Z'}");
        }

        return string.Join(';', parts);
    }

    private static DateOnly? FirstMatch(SeriesRuleInput input, DateOnly from)
    {
        for (var day = from; day < from.AddYears(2); day = day.AddDays(1))
        {
            if (input.Frequency == SeriesFrequency.Weekly ? input.Weekdays.Contains(day.DayOfWeek) : IsNthWeekday(day, input.MonthlyOrdinal, input.MonthlyWeekday))
            {
                return day;
            }
        }

        return null;
    }

    private static bool IsNthWeekday(DateOnly day, int ordinal, DayOfWeek weekday)
    {
        if (day.DayOfWeek != weekday)
        {
            return false;
        }

        return ordinal == -1 ? day.AddDays(7).Month != day.Month : (day.Day - 1) / 7 + 1 == ordinal;
    }
}
