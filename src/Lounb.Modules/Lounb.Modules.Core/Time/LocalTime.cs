using Microsoft.Extensions.Options;

namespace Lounb.Modules.Core.Time;

public sealed class LocalTimeOptions
{
    public const string Section = "Lounb:Time";

    /// <summary>IANA id of the zone in which times are shown.</summary>
    public string TimeZone { get; set; } = "Europe/Kyiv";
}

/// <summary>Shows UTC instants in the platform's zone (Europe/Kyiv) with the request's culture.</summary>
public sealed class LocalTime(IOptions<LocalTimeOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    /// <summary>The calendar day in the platform's zone at the UTC instant <paramref name="utc"/> (what "today" means for due dates and months).</summary>
    public DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>
    /// The UTC instant of a wall-clock time in the platform's zone; false for a time the clocks skip (the spring-forward
    /// hour). An ambiguous autumn time is read as the earlier (summer-time) instant.
    /// </summary>
    public bool TryToUtc(DateTime local, out DateTime utc)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (_zone.IsInvalidTime(unspecified))
        {
            utc = default;
            return false;
        }

        var offset = _zone.IsAmbiguousTime(unspecified) ? _zone.GetAmbiguousTimeOffsets(unspecified).Max() : _zone.GetUtcOffset(unspecified);
        utc = DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc);
        return true;
    }

    /// <summary>"29 листопада 2026 р., 18:58" in uk-UA.</summary>
    public string Format(DateTime utc) => PageDates.DayAndTime(ToLocal(utc));

    public string FormatDate(DateTime utc) => PageDates.Day(ToLocal(utc));
}
