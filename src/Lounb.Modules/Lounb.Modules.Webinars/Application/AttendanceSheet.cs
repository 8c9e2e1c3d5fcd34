using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Areas.Webinars.ViewModels;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>A trainer's attendance sheet of an event they moderate: computed minutes, sources, check-ins and corrections.</summary>
internal sealed class AttendanceSheet(LounbDbContext db, IPeopleDirectory people, EventAccess access, AttendanceService attendance, IOptions<WebinarsOptions> options)
{
    /// <summary>The sheet, or <c>null</c> when there is no such event or the person does not moderate it.</summary>
    public async Task<AttendancePage?> ForAsync(Guid eventId, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = await access.FindAsync(eventId, user, ct);
        if (view is null || !view.CanModerate)
        {
            return null;
        }

        var records = await db.Set<AttendanceRecord>().AsNoTracking().Where(a => a.EventId == eventId).ToDictionaryAsync(a => a.UserId, ct);
        var registrations = await db.Set<Registration>().AsNoTracking().Where(r => r.EventId == eventId).ToDictionaryAsync(r => r.UserId, r => r.Status, ct);
        var sources = (await db.Set<AttendanceSignal>().AsNoTracking().Where(s => s.EventId == eventId && s.UserId != null)
            .Select(s => new { UserId = s.UserId!.Value, s.Source }).Distinct().ToListAsync(ct))
            .GroupBy(s => s.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(s => WebinarNames.Of(s.Source)).ToList());
        var listed = records.Keys.Concat(registrations.Where(r => r.Value is RegistrationStatus.Confirmed or RegistrationStatus.Pending or RegistrationStatus.Waitlisted).Select(r => r.Key))
            .Distinct().ToList();
        var cards = await people.People.Where(p => listed.Contains(p.Id)).Select(p => new { p.Id, p.FullName, p.SortName, p.OblastName }).ToListAsync(ct);
        var rows = cards.OrderBy(p => p.SortName, StringComparer.Ordinal).Select(p =>
        {
            var record = records.GetValueOrDefault(p.Id);
            return new AttendanceRow(p.Id, p.FullName, p.OblastName, registrations.TryGetValue(p.Id, out var status) ? status : null,
                record?.Minutes ?? 0, record?.AttendedByMinutes ?? false, record?.CorrectedAttended, record?.CorrectedMinutes, record?.CorrectionNote,
                record?.SelfReported ?? false, record?.FirstJoinedAt, sources.GetValueOrDefault(p.Id) ?? []);
        }).ToList();
        var needed = (int)Math.Ceiling(view.Event.DurationMinutes * options.Value.AttendedShareOfDuration);
        return new AttendancePage(view.Event, needed, rows, attendance.MarkingOpensAt(view.Event));
    }

    /// <summary>A trainer's correction (or check-in) of one person's attendance, in an event the trainer moderates.</summary>
    public async Task<Result> CorrectAsync(AttendanceCorrection correction, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var view = await access.FindAsync(correction.EventId, user, ct);
        if (view is null || !view.CanModerate)
        {
            return WebinarErrors.EventNotFound;
        }

        return await attendance.CorrectAsync(correction, user.UserId(), ct);
    }
}
