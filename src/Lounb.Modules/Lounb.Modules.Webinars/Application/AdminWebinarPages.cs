using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Areas.Webinars.ViewModels;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Application;

/// <summary>What the staff pages of webinars show: the list, one event with its registrants, and the scheduling form.</summary>
internal sealed class AdminWebinarPages(
    LounbDbContext db, IPeopleDirectory people, ICourseRoster roster, LocalTime localTime, IOptions<WebinarsOptions> options, TimeProvider time)
{
    private const int ListSize = 200;

    public async Task<AdminEventList> ListAsync(string? show, ClaimsPrincipal user, CancellationToken ct)
    {
        show = show == "past" ? "past" : "upcoming";
        var now = time.GetUtcNow().UtcDateTime;
        var query = VisibleEvents(user);
        query = show == "past" ? query.Where(e => e.StartsAt < now).OrderByDescending(e => e.StartsAt) : query.Where(e => e.StartsAt >= now.AddHours(-12)).OrderBy(e => e.StartsAt);
        var me = user.UserId();
        var reach = StaffReach.Of(user);
        var national = reach.IsNational;
        var codes = reach.OblastCodes;
        var items = await query.Take(ListSize).Select(e => new AdminEventItem(
            e.Id, e.Title, e.Kind, e.StartsAt, e.Status == EventStatus.Cancelled, e.OblastCode, e.SeriesId != null,
            national || (e.OblastCode != null && codes.Contains(e.OblastCode)), e.Hosts.Any(h => h.UserId == me && h.Role == HostRole.Speaker),
            db.Set<Registration>().Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Confirmed),
            db.Set<Registration>().Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Pending),
            db.Set<Registration>().Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted))).ToListAsync(ct);
        return new AdminEventList(show, items, !AccessScope.Of(user, WebinarsPermissions.Manage).IsNone);
    }

    /// <summary>The staff page of an event the person moderates or manages; <c>null</c> otherwise (or when there is none).</summary>
    public async Task<AdminEventPage?> EventAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().Include(e => e.Hosts).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (webinar is null || !MayModerate(user, webinar))
        {
            return null;
        }

        var series = webinar.SeriesId is { } seriesId ? await db.Set<WebinarSeries>().AsNoTracking().FirstAsync(s => s.Id == seriesId, ct) : null;
        var meetings = series is null ? [] : (await db.Set<WebinarEvent>().AsNoTracking().Where(e => e.SeriesId == series.Id).OrderBy(e => e.StartsAt)
            .Select(e => new { e.Id, e.StartsAt, e.Status }).ToListAsync(ct)).Select(e => (e.Id, e.StartsAt, e.Status == EventStatus.Cancelled)).ToList();
        var registrants = await (from r in db.Set<Registration>().AsNoTracking()
                                 join p in people.People on r.UserId equals p.Id
                                 where r.EventId == id
                                 orderby r.Status, r.CreatedAt
                                 select new RegistrantRow(r.Id, p.Id, p.FullName, p.Email ?? "", p.OblastName, r.Status, r.CreatedAt)).ToListAsync(ct);
        var attended = await db.Set<AttendanceRecord>().AsNoTracking().CountAsync(a => a.EventId == id
            && (a.CorrectedAttended == true || (a.CorrectedAttended == null && a.AttendedByMinutes)), ct);
        return new AdminEventPage(webinar, series is null ? null : SeriesRule.Describe(series.RecurrenceRule), registrants, meetings,
            SchedulingService.MayManage(user, webinar.OblastCode), attended);
    }

    /// <summary>An empty form for a new event: tomorrow at 18:00, in the person's first oblast, in the platform room when there is one.</summary>
    public async Task<EventForm> NewFormAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var tomorrow = localTime.DateOf(time.GetUtcNow().UtcDateTime).AddDays(1);
        var scope = AccessScope.Of(user, WebinarsPermissions.Manage);
        var form = new EventForm
        {
            Date = tomorrow, Time = new TimeOnly(18, 0), OblastCode = scope.IsNational ? null : scope.OblastCodes.Order().FirstOrDefault(),
            RoomKind = options.Value.Video.Provider == VideoProviderKind.None ? RoomKind.ExternalLink : RoomKind.Platform,
        };
        return await WithChoicesAsync(form, user, ct);
    }

    /// <summary>The form of an event the person manages, filled in (hosts with an account by their e-mail); <c>null</c> otherwise.</summary>
    public async Task<EventForm?> EditFormAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var webinar = await db.Set<WebinarEvent>().AsNoTracking().Include(e => e.Hosts).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (webinar is null || !SchedulingService.MayManage(user, webinar.OblastCode))
        {
            return null;
        }

        var hostIds = webinar.Hosts.Where(h => h.UserId != null).Select(h => h.UserId!.Value).ToList();
        var hostEmails = await people.People.Where(p => hostIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Email ?? "", ct);
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
        return await WithChoicesAsync(form, user, ct);
    }

    /// <summary>The form again after a refusal: the choices, and the series the edited event belongs to.</summary>
    public async Task<EventForm> RefusedFormAsync(EventForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Id is { } id)
        {
            form.SeriesId = await db.Set<WebinarEvent>().Where(e => e.Id == id).Select(e => e.SeriesId).FirstOrDefaultAsync(ct);
        }

        return await WithChoicesAsync(form, user, ct);
    }

    private async Task<EventForm> WithChoicesAsync(EventForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = AccessScope.Of(user, WebinarsPermissions.Manage);
        form.MayPlanNational = scope.IsNational;
        form.Oblasts = (await scope.Filter(people.Oblasts, o => o.Code).Select(o => new Choice(o.Code, o.Name)).ToListAsync(ct)).InDisplayOrder(c => c.Value).ToList();
        form.Runs = (await roster.OpenRunsAsync(ct)).Where(r => scope.Allows(r.OwnerOblastCode) || r.OwnerOblastCode is null).ToList();
        form.VideoProviderNote = options.Value.Video.Provider == VideoProviderKind.None
            ? "Відеосервер не налаштовано: кімнати на платформі недоступні, вкажіть зовнішнє посилання (Zoom, Meet, Teams…)."
            : null;
        return form;
    }

    /// <summary>Events of the oblasts the person moderates or manages, and any event they host (a speaker elsewhere sees it, read-only).</summary>
    private IQueryable<WebinarEvent> VisibleEvents(ClaimsPrincipal user)
    {
        var reach = StaffReach.Of(user);
        var query = db.Set<WebinarEvent>().AsNoTracking();
        if (reach.IsNational)
        {
            return query;
        }

        var codes = reach.OblastCodes;
        var me = user.UserId();
        return query.Where(e => (e.OblastCode != null && codes.Contains(e.OblastCode)) || e.Hosts.Any(h => h.UserId == me));
    }

    private static bool MayModerate(ClaimsPrincipal user, WebinarEvent webinar) =>
        AccessScope.Of(user, WebinarsPermissions.Moderate).Allows(webinar.OblastCode) || SchedulingService.MayManage(user, webinar.OblastCode);
}
