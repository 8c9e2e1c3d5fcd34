using Lounb.Modules.Core.Data;
using Lounb.Modules.Webinars.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Application;

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
}
