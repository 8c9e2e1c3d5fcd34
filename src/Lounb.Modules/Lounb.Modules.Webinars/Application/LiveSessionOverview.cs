using Lounb.Modules.Core.Data;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Application;

/// <summary>What a course lesson of kind «Онлайн-заняття» shows its learner about the session.</summary>
internal sealed record LiveSessionSummary(Guid EventId, string Title, DateTime StartsAt, int DurationMinutes, bool IsCancelled, RegistrationStatus? Registration, bool Attended, int Minutes);

internal sealed class LiveSessionOverview(LounbDbContext db)
{
    public async Task<LiveSessionSummary?> FindAsync(string? extensionRef, Guid userId, CancellationToken ct)
    {
        if (!Guid.TryParse(extensionRef, out var eventId))
        {
            return null;
        }

        var webinar = await db.Set<WebinarEvent>().AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new { e.Id, e.Title, e.StartsAt, e.DurationMinutes, e.Status }).FirstOrDefaultAsync(ct);
        if (webinar is null)
        {
            return null;
        }

        var registration = await db.Set<Registration>().AsNoTracking().Where(r => r.EventId == eventId && r.UserId == userId).Select(r => (RegistrationStatus?)r.Status).FirstOrDefaultAsync(ct);
        var record = await db.Set<AttendanceRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId, ct);
        return new LiveSessionSummary(webinar.Id, webinar.Title, webinar.StartsAt, webinar.DurationMinutes, webinar.Status == EventStatus.Cancelled,
            registration, record?.Attended ?? false, record?.EffectiveMinutes ?? 0);
    }
}
