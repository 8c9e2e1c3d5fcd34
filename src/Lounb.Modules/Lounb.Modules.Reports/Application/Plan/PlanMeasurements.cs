using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Reports.Domain;
using Lounb.Modules.Webinars.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application.Plan;

/// <summary>
/// Reads what the platform measured for the plan through the other modules' contracts: accounts registered, people
/// served by course runs and live sessions, attendances — each of people whose oblast is the plan's.
/// </summary>
internal sealed class PlanMeasurements(IPeopleDirectory people, ICourseFacts courses, IWebinarFacts webinars, LocalTime localTime)
{
    /// <summary>The local months of <paramref name="year"/> (or only <paramref name="month"/>) for people of <paramref name="oblastCode"/>.</summary>
    public async Task<MeasuredYear> MeasureAsync(int year, string oblastCode, CancellationToken ct, int? month = null)
    {
        // A day either side in UTC, then cut to the local months.
        var from = new DateTime(year, month ?? 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(-1);
        var to = (month is null ? new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc) : new DateTime(year, month.Value, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1)).AddDays(1);
        var residents = people.People.Where(p => p.OblastCode == oblastCode);

        var registered = await residents.Where(p => p.RegisteredAt >= from && p.RegisteredAt < to).Select(p => p.RegisteredAt).ToListAsync(ct);
        var enrolled = await courses.Enrolments.Where(e => e.Served && e.EnrolledAt >= from && e.EnrolledAt < to)
            .Join(residents, e => e.UserId, p => p.Id, (e, p) => new { e.UserId, At = e.EnrolledAt }).ToListAsync(ct);
        var attended = await webinars.Attendances.Where(a => a.Attended && a.StartsAt >= from && a.StartsAt < to)
            .Join(residents, a => a.UserId, p => p.Id, (a, p) => new { a.UserId, At = a.StartsAt }).ToListAsync(ct);

        bool InPeriod(DateTime local) => local.Year == year && (month is null || local.Month == month);
        var registrations = registered.Select(localTime.ToLocal).Where(InPeriod).ToList();
        var attendances = attended.Select(a => (a.UserId, At: localTime.ToLocal(a.At))).Where(a => InPeriod(a.At)).ToList();
        var served = enrolled.Select(e => (e.UserId, At: localTime.ToLocal(e.At))).Where(e => InPeriod(e.At)).Concat(attendances).ToList();
        return new MeasuredYear(registrations, served, attendances.Select(a => a.At).ToList());
    }
}
