namespace Lounb.Modules.Webinars.Domain;

/// <summary>
/// A recurring series ("Бібліотечна школа non stop", the first Wednesday of each month). Its occurrences are stored
/// as <see cref="WebinarEvent"/> rows, so each can be rescheduled, cancelled, registered for and attended on its own;
/// the series keeps the rule and the one calendar UID its occurrences share.
/// </summary>
internal sealed class WebinarSeries
{
    /// <summary>For EF Core.</summary>
    private WebinarSeries()
    {
    }

    public WebinarSeries(string title, string recurrenceRule, DateTime firstStartsAt, int durationMinutes, string? oblastCode, string uidDomain, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Uid = $"series-{Id:N}@{uidDomain}";
        Title = title;
        RecurrenceRule = recurrenceRule;
        FirstStartsAt = firstStartsAt;
        DurationMinutes = durationMinutes;
        OblastCode = oblastCode;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>Generated once and stored (never derived from title or date).</summary>
    public string Uid { get; private set; } = "";

    public string Title { get; set; } = "";

    /// <summary>RFC 5545 RRULE value without the "RRULE:" prefix, e.g. <c>FREQ=MONTHLY;BYDAY=1WE;COUNT=10</c>.</summary>
    public string RecurrenceRule { get; private set; } = "";

    /// <summary>DTSTART of the series in UTC (shown and expanded in Europe/Kyiv).</summary>
    public DateTime FirstStartsAt { get; private set; }

    public int DurationMinutes { get; set; }

    /// <summary>Owner oblast; null for a national series.</summary>
    public string? OblastCode { get; private set; }

    /// <summary>iCalendar SEQUENCE of the series' master event; raised on every change of the rule or times.</summary>
    public int Sequence { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Touch(DateTime now, bool significant)
    {
        UpdatedAt = now;
        if (significant)
        {
            Sequence++;
        }
    }
}
