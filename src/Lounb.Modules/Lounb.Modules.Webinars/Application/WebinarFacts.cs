using Lounb.Modules.Core.Data;
using Lounb.Modules.Webinars.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Application;

/// <summary><see cref="IWebinarFacts"/>: untracked reads of registrations and attendance records.</summary>
internal sealed class WebinarFacts(LounbDbContext db) : IWebinarFacts
{
    public IQueryable<AttendanceFact> Attendances =>
        db.Set<AttendanceRecord>().AsNoTracking()
            .Join(db.Set<WebinarEvent>(), a => a.EventId, e => e.Id, (a, e) => new AttendanceFact
            {
                EventId = e.Id,
                UserId = a.UserId,
                CourseRunId = e.CourseRunId,
                EventOblastCode = e.OblastCode,
                StartsAt = e.StartsAt,
                Attended = a.CorrectedAttended ?? a.AttendedByMinutes,
                Minutes = a.CorrectedMinutes ?? a.Minutes,
            });

    public IAsyncEnumerable<WebinarRegistered> RegistrationsAsync(CancellationToken ct) =>
        db.Set<Registration>().AsNoTracking()
            .Select(r => new WebinarRegistered(r.Id, r.EventId, r.UserId, r.CreatedAt))
            .AsAsyncEnumerable();

    /// <summary>An attendance counts once it was reported (<see cref="WebinarAttended"/> was raised for it).</summary>
    public IAsyncEnumerable<AttendedSession> AttendancesAsync(CancellationToken ct) =>
        db.Set<AttendanceRecord>().AsNoTracking()
            .Where(r => r.ReportedAt != null)
            .Select(r => new AttendedSession(r.EventId, r.UserId, r.ReportedAt!.Value))
            .AsAsyncEnumerable();
}
