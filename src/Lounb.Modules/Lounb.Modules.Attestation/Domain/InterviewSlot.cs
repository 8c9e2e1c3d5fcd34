using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Time;

namespace Lounb.Modules.Attestation.Domain;

/// <summary>Another candidate's interview already on the timetable.</summary>
internal sealed record BookedSlot(string FullName, DateTime StartsAt);

/// <summary>A candidate's interview: when it starts (UTC) and where (a place or an online link).</summary>
internal sealed record InterviewSlot(DateTime StartsAt, string Place)
{
    /// <summary>
    /// Checks a slot the secretary asks for: on one of the campaign's interview days (Kyiv date), not overlapping
    /// another candidate's interview of <paramref name="length"/>, with a place or link (the day's own when none is given).
    /// </summary>
    /// <param name="local">The start as the secretary typed it (Kyiv time); <paramref name="startsAt"/> is the same moment in UTC.</param>
    public static Result<InterviewSlot> Plan(
        DateTime local,
        DateTime startsAt,
        string? place,
        IReadOnlyCollection<CampaignDate> interviewDays,
        IEnumerable<BookedSlot> booked,
        TimeSpan length,
        Func<DateTime, string> showTime)
    {
        ArgumentNullException.ThrowIfNull(interviewDays);
        ArgumentNullException.ThrowIfNull(booked);
        ArgumentNullException.ThrowIfNull(showTime);
        if (interviewDays.Count == 0)
        {
            return AttestationErrors.NoInterviewDays;
        }

        var day = interviewDays.FirstOrDefault(d => d.Date == DateOnly.FromDateTime(local));
        if (day is null)
        {
            return AttestationErrors.InterviewDayOutsideSchedule(string.Join(", ", interviewDays.Select(d => d.Date).Order().Select(PageDates.Day)));
        }

        var where = string.IsNullOrWhiteSpace(place) ? day.Place : place.Trim();
        if (where is null)
        {
            return AttestationErrors.InterviewPlaceRequired;
        }

        if (where.Length > AttestationLimits.PlaceLength)
        {
            return AttestationErrors.PlaceTooLong;
        }

        var clash = booked.Where(b => (b.StartsAt - startsAt).Duration() < length).OrderBy(b => b.StartsAt).FirstOrDefault();
        return clash is not null
            ? AttestationErrors.InterviewSlotTaken(clash.FullName, showTime(clash.StartsAt), (int)length.TotalMinutes)
            : new InterviewSlot(startsAt, where);
    }
}
