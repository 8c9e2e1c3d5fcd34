using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Areas.Webinars.ViewModels;
using Lounb.Modules.Webinars.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Areas.Webinars.Controllers;

/// <summary>Staff pages: plan events and series, edit, reschedule, cancel, handle registrations.</summary>
[Area("Webinars")]
[Authorize(Policy = WebinarsPermissions.Moderate)]
internal sealed class AdminWebinarsController(
    LounbDbContext db, SchedulingService scheduling, RegistrationService registrations, ICourseRoster roster, LocalTime localTime,
    IOptions<WebinarsOptions> options, TimeProvider time) : Controller
{
    private const int ListSize = 200;

    [HttpGet("/admin/webinars")]
    public async Task<IActionResult> Index(string? show, CancellationToken ct)
    {
        show = show == "past" ? "past" : "upcoming";
        var now = time.GetUtcNow().UtcDateTime;
        var query = VisibleEvents();
        query = show == "past" ? query.Where(e => e.StartsAt < now).OrderByDescending(e => e.StartsAt) : query.Where(e => e.StartsAt >= now.AddHours(-12)).OrderBy(e => e.StartsAt);
        var me = User.UserId();
        var reach = StaffReach.Of(User);
        var national = reach.IsNational;
        var codes = reach.OblastCodes;
        var items = await query.Take(ListSize).Select(e => new AdminEventItem(
            e.Id, e.Title, e.Kind, e.StartsAt, e.Status == EventStatus.Cancelled, e.OblastCode, e.SeriesId != null,
            national || (e.OblastCode != null && codes.Contains(e.OblastCode)), e.Hosts.Any(h => h.UserId == me && h.Role == HostRole.Speaker),
            db.Set<Registration>().Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Confirmed),
            db.Set<Registration>().Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Pending),
            db.Set<Registration>().Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted))).ToListAsync(ct);
        return View(new AdminEventList(show, items, !AccessScope.Of(User, WebinarsPermissions.Manage).IsNone));
    }

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpGet("/admin/webinars/new")]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var tomorrow = DateOnly.FromDateTime(localTime.ToLocal(time.GetUtcNow().UtcDateTime)).AddDays(1);
        var scope = AccessScope.Of(User, WebinarsPermissions.Manage);
        var form = new EventForm
        {
            Date = tomorrow, Time = new TimeOnly(18, 0), OblastCode = scope.IsNational ? null : scope.OblastCodes.Order().FirstOrDefault(),
            RoomKind = options.Value.Video.Provider == VideoProviderKind.None ? RoomKind.ExternalLink : RoomKind.Platform,
        };
        return View("Edit", await WithChoicesAsync(form, ct));
    }

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpPost("/admin/webinars/new")]
    public async Task<IActionResult> New(EventForm form, CancellationToken ct)
    {
        var result = await scheduling.CreateAsync(form.ToInput(), form.ToRule(), User, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError("", result.Error!.Message);
            return View("Edit", await WithChoicesAsync(form, ct));
        }

        TempData["Status"] = result.Value.SeriesId is null ? "Подію заплановано." : $"Серію заплановано: зустрічей — {result.Value.Occurrences}.";
        return Redirect($"/admin/webinars/{result.Value.EventId}");
    }

    [HttpGet("/admin/webinars/{id:guid}")]
    public async Task<IActionResult> Event(Guid id, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().Include(e => e.Hosts).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (webinar is null || !MayModerate(webinar))
        {
            return NotFound();
        }

        var series = webinar.SeriesId is { } seriesId ? await db.Set<WebinarSeries>().AsNoTracking().FirstAsync(s => s.Id == seriesId, ct) : null;
        var meetings = series is null ? [] : (await db.Set<WebinarEvent>().AsNoTracking().Where(e => e.SeriesId == series.Id).OrderBy(e => e.StartsAt)
            .Select(e => new { e.Id, e.StartsAt, e.Status }).ToListAsync(ct)).Select(e => (e.Id, e.StartsAt, e.Status == EventStatus.Cancelled)).ToList();
        var registrants = await (from r in db.Set<Registration>().AsNoTracking()
                                 join u in db.Users.AsNoTracking() on r.UserId equals u.Id
                                 where r.EventId == id
                                 orderby r.Status, r.CreatedAt
                                 select new RegistrantRow(r.Id, u.Id, u.FullName, u.Email ?? "",
                                     db.Oblasts.Where(o => o.Code == u.OblastCode).Select(o => o.Name).FirstOrDefault(), r.Status, r.CreatedAt)).ToListAsync(ct);
        var attended = await db.Set<AttendanceRecord>().AsNoTracking().CountAsync(a => a.EventId == id
            && (a.CorrectedAttended == true || (a.CorrectedAttended == null && a.AttendedByMinutes)), ct);
        return View(new AdminEventPage(webinar, series is null ? null : SeriesRule.Describe(series.RecurrenceRule), registrants, meetings,
            SchedulingService.MayManage(User, webinar.OblastCode), attended));
    }

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpGet("/admin/webinars/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().Include(e => e.Hosts).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (webinar is null || !SchedulingService.MayManage(User, webinar.OblastCode))
        {
            return NotFound();
        }

        var hostEmails = await db.Users.AsNoTracking().Where(u => webinar.Hosts.Select(h => h.UserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", ct);
        string Lines(HostRole role) => string.Join('\n', webinar.Hosts.Where(h => h.Role == role)
            .Select(h => h.UserId is { } userId && hostEmails.TryGetValue(userId, out var email) ? email : h.DisplayName));
        var local = localTime.ToLocal(webinar.StartsAt);
        var form = new EventForm
        {
            Id = webinar.Id, SeriesId = webinar.SeriesId, Title = webinar.Title, Description = webinar.Description, Kind = webinar.Kind,
            Date = DateOnly.FromDateTime(local), Time = TimeOnly.FromDateTime(local), DurationMinutes = webinar.DurationMinutes,
            OblastCode = webinar.OblastCode, Location = webinar.Location, CourseRunId = webinar.CourseRunId, RegistrationMode = webinar.RegistrationMode,
            Capacity = webinar.Capacity, RoomKind = webinar.RoomKind, ExternalUrl = webinar.ExternalUrl, Speakers = Lines(HostRole.Speaker),
            Moderators = Lines(HostRole.Moderator), Materials = webinar.Materials, RecordingUrl = webinar.RecordingUrl,
        };
        return View(await WithChoicesAsync(form, ct));
    }

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpPost("/admin/webinars/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, EventForm form, CancellationToken ct)
    {
        form.Id = id;
        var result = await scheduling.UpdateAsync(id, form.ToInput(), form.AlsoFutureOfSeries, User, ct);
        if (result.Error is { Code: "not_found" })
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            ModelState.AddModelError("", result.Error!.Message);
            form.SeriesId = await db.Set<WebinarEvent>().Where(e => e.Id == id).Select(e => e.SeriesId).FirstOrDefaultAsync(ct);
            return View(await WithChoicesAsync(form, ct));
        }

        TempData["Status"] = "Зміни збережено. Зареєстровані побачать їх у календарі; нагадування переплановано.";
        return Redirect($"/admin/webinars/{id}");
    }

    [Authorize(Policy = WebinarsPermissions.Manage)]
    [HttpPost("/admin/webinars/{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, string? reason, bool alsoFutureOfSeries, CancellationToken ct)
    {
        var result = await scheduling.CancelAsync(id, reason, alsoFutureOfSeries, User, ct);
        if (result.Error is { Code: "not_found" })
        {
            return NotFound();
        }

        TempData[result.IsSuccess ? "Status" : "Error"] = result.IsSuccess ? "Скасовано. Зареєстрованим надіслано лист." : result.Error!.Message;
        return Redirect($"/admin/webinars/{id}");
    }

    [HttpPost("/admin/webinars/registrations/{registrationId:guid}/approve")]
    public async Task<IActionResult> Approve(Guid registrationId, Guid eventId, CancellationToken ct)
    {
        var result = await registrations.ApproveAsync(registrationId, User, ct);
        if (result.Error is { Code: "not_found" })
        {
            return NotFound();
        }

        TempData[result.IsSuccess ? "Status" : "Error"] = result.IsSuccess
            ? result.Value == RegistrationStatus.Confirmed ? "Заявку схвалено." : "Місць немає: заявку поставлено в список очікування."
            : result.Error!.Message;
        return Redirect($"/admin/webinars/{eventId}#registrants");
    }

    [HttpPost("/admin/webinars/registrations/{registrationId:guid}/decline")]
    public async Task<IActionResult> Decline(Guid registrationId, Guid eventId, CancellationToken ct)
    {
        var result = await registrations.DeclineAsync(registrationId, User, ct);
        if (result.Error is { Code: "not_found" })
        {
            return NotFound();
        }

        TempData[result.IsSuccess ? "Status" : "Error"] = result.IsSuccess ? "Заявку відхилено." : result.Error!.Message;
        return Redirect($"/admin/webinars/{eventId}#registrants");
    }

    /// <summary>Events of the oblasts the person moderates or manages, and any event they host (a speaker elsewhere sees it, read-only).</summary>
    private IQueryable<WebinarEvent> VisibleEvents()
    {
        var reach = StaffReach.Of(User);
        var query = db.Set<WebinarEvent>().AsNoTracking();
        if (reach.IsNational)
        {
            return query;
        }

        var codes = reach.OblastCodes;
        var me = User.UserId();
        return query.Where(e => (e.OblastCode != null && codes.Contains(e.OblastCode)) || e.Hosts.Any(h => h.UserId == me));
    }

    private bool MayModerate(WebinarEvent webinar) =>
        AccessScope.Of(User, WebinarsPermissions.Moderate).Allows(webinar.OblastCode) || SchedulingService.MayManage(User, webinar.OblastCode);

    private async Task<EventForm> WithChoicesAsync(EventForm form, CancellationToken ct)
    {
        var scope = AccessScope.Of(User, WebinarsPermissions.Manage);
        form.MayPlanNational = scope.IsNational;
        form.Oblasts = (await scope.Filter(db.Oblasts.AsNoTracking(), o => o.Code).Select(o => new Choice(o.Code, o.Name)).ToListAsync(ct)).InDisplayOrder(c => c.Value).ToList();
        form.Runs = (await roster.OpenRunsAsync(ct)).Where(r => scope.Allows(r.OwnerOblastCode) || r.OwnerOblastCode is null).ToList();
        form.VideoProviderNote = options.Value.Video.Provider == VideoProviderKind.None
            ? "Відеосервер не налаштовано: кімнати на платформі недоступні, вкажіть зовнішнє посилання (Zoom, Meet, Teams…)."
            : null;
        return form;
    }
}
