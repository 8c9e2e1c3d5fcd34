using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Areas.Webinars.ViewModels;
using Lounb.Modules.Webinars.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Areas.Webinars.Controllers;

/// <summary>A trainer's attendance sheet: computed minutes, sources, check-ins and corrections (audited).</summary>
[Area("Webinars")]
[Authorize(Policy = WebinarsPermissions.Moderate)]
internal sealed class AdminAttendanceController(LounbDbContext db, EventAccess access, AttendanceService attendance, IOptions<WebinarsOptions> options) : Controller
{
    [HttpGet("/admin/webinars/{id:guid}/attendance")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct)
    {
        var view = await access.FindAsync(id, User, ct);
        if (view is null || !view.CanModerate)
        {
            return NotFound();
        }

        var records = await db.Set<AttendanceRecord>().AsNoTracking().Where(a => a.EventId == id).ToDictionaryAsync(a => a.UserId, ct);
        var registrations = await db.Set<Registration>().AsNoTracking().Where(r => r.EventId == id).ToDictionaryAsync(r => r.UserId, r => r.Status, ct);
        var sources = (await db.Set<AttendanceSignal>().AsNoTracking().Where(s => s.EventId == id && s.UserId != null)
            .Select(s => new { UserId = s.UserId!.Value, s.Source }).Distinct().ToListAsync(ct))
            .GroupBy(s => s.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(s => WebinarNames.Of(s.Source)).ToList());
        var people = records.Keys.Concat(registrations.Where(r => r.Value is RegistrationStatus.Confirmed or RegistrationStatus.Pending or RegistrationStatus.Waitlisted).Select(r => r.Key))
            .Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.SortName, Oblast = db.Oblasts.Where(o => o.Code == u.OblastCode).Select(o => o.Name).FirstOrDefault() }).ToListAsync(ct);
        var rows = users.OrderBy(u => u.SortName, StringComparer.Ordinal).Select(u =>
        {
            var record = records.GetValueOrDefault(u.Id);
            return new AttendanceRow(u.Id, u.FullName, u.Oblast, registrations.TryGetValue(u.Id, out var status) ? status : null,
                record?.Minutes ?? 0, record?.AttendedByMinutes ?? false, record?.CorrectedAttended, record?.CorrectedMinutes, record?.CorrectionNote,
                record?.SelfReported ?? false, record?.FirstJoinedAt, sources.GetValueOrDefault(u.Id) ?? []);
        }).ToList();
        var needed = (int)Math.Ceiling(view.Event.DurationMinutes * options.Value.AttendedShareOfDuration);
        return View(new AttendancePage(view.Event, needed, rows, attendance.MarkingOpensAt(view.Event)));
    }

    /// <summary>A trainer's correction: attended yes/no/by minutes, minutes, a note.</summary>
    [HttpPost("/admin/webinars/{id:guid}/attendance/{userId:guid}")]
    public async Task<IActionResult> Correct(Guid id, Guid userId, string? decision, int? minutes, string? note, CancellationToken ct)
    {
        var view = await access.FindAsync(id, User, ct);
        if (view is null || !view.CanModerate)
        {
            return NotFound();
        }

        bool? attended = decision switch { "yes" => true, "no" => false, _ => null };
        var result = await attendance.CorrectAsync(new AttendanceCorrection(id, userId, attended, minutes, note), User.UserId(), ct);
        TempData[result.IsSuccess ? "Status" : "Error"] = result.IsSuccess ? "Відвідування виправлено (записано в журнал дій)." : result.Error!.Message;
        return Redirect($"/admin/webinars/{id}/attendance");
    }

    /// <summary>"Присутній(я)": the trainer saw the person (a hub visitor, an external room) — a check-in.</summary>
    [HttpPost("/admin/webinars/{id:guid}/attendance/{userId:guid}/check-in")]
    public async Task<IActionResult> CheckIn(Guid id, Guid userId, CancellationToken ct)
    {
        var view = await access.FindAsync(id, User, ct);
        if (view is null || !view.CanModerate)
        {
            return NotFound();
        }

        var result = await attendance.CorrectAsync(new AttendanceCorrection(id, userId, true, null, "Відмітка тренера"), User.UserId(), ct);
        TempData[result.IsSuccess ? "Status" : "Error"] = result.IsSuccess ? "Присутність відмічено." : result.Error!.Message;
        return Redirect($"/admin/webinars/{id}/attendance");
    }
}
