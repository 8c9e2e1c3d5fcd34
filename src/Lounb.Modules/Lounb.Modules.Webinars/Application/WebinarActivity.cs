using Lounb.Modules.Core.Data;
using Lounb.Modules.Webinars.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Application;

/// <summary><see cref="IWebinarActivity"/>: registrations and reported attendances as kept, untracked.</summary>
internal sealed class WebinarActivity(LounbDbContext db) : IWebinarActivity
{
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
