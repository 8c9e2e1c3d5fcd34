using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Webinars.Areas.Webinars.Controllers;

/// <summary>A trainer's attendance sheet: computed minutes, sources, check-ins and corrections (audited).</summary>
[Area("Webinars")]
[Authorize(Policy = WebinarsPermissions.Moderate)]
internal sealed class AdminAttendanceController(AttendanceSheet sheet) : Controller
{
    [HttpGet("/admin/webinars/{id:guid}/attendance")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct) =>
        await sheet.ForAsync(id, User, ct) is { } page ? View(page) : NotFound();

    /// <summary>A trainer's correction: attended yes/no/by minutes, minutes, a note.</summary>
    [HttpPost("/admin/webinars/{id:guid}/attendance/{userId:guid}")]
    public async Task<IActionResult> Correct(Guid id, Guid userId, string? decision, int? minutes, string? note, CancellationToken ct)
    {
        bool? attended = decision switch { "yes" => true, "no" => false, _ => null };
        var result = await sheet.CorrectAsync(new AttendanceCorrection(id, userId, attended, minutes, note), User, ct);
        return this.BackTo($"/admin/webinars/{id}/attendance", result, "Відвідування виправлено (записано в журнал дій).");
    }

    /// <summary>"Присутній(я)": the trainer saw the person (a hub visitor, an external room) — a check-in.</summary>
    [HttpPost("/admin/webinars/{id:guid}/attendance/{userId:guid}/check-in")]
    public async Task<IActionResult> CheckIn(Guid id, Guid userId, CancellationToken ct)
    {
        var result = await sheet.CorrectAsync(new AttendanceCorrection(id, userId, true, null, "Відмітка тренера"), User, ct);
        return this.BackTo($"/admin/webinars/{id}/attendance", result, "Присутність відмічено.");
    }
}
