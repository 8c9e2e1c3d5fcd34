using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Areas.Webinars.ViewModels;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Application;

/// <summary>The visitor's pages: the list of live sessions (upcoming, mine, past) and an event's page.</summary>
internal sealed class WebinarCatalog(LounbDbContext db, EventAccess access, ICourseRoster roster, MarkdownRenderer markdown, TimeProvider time)
{
    private const int ListSize = 100;

    /// <summary>The list to show: "upcoming" (a series by its next meeting), "mine" (signed-in) or "past".</summary>
    private static string ListShown(string? show, ClaimsPrincipal user) =>
        show is "mine" or "past" && (user.Identity?.IsAuthenticated == true || show == "past") ? show : "upcoming";

    public async Task<EventListPage> ListAsync(string? show, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var signedIn = user.Identity?.IsAuthenticated == true;
        show = ListShown(show, user);
        var userId = signedIn ? user.UserId() : Guid.Empty;
        var query = db.Set<WebinarEvent>().AsNoTracking();
        query = show switch
        {
            "mine" => query.Where(e => e.StartsAt.AddMinutes(e.DurationMinutes) > now.AddHours(-12)
                && db.Set<Registration>().Any(r => r.EventId == e.Id && r.UserId == userId
                    && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Pending || r.Status == RegistrationStatus.Waitlisted))),
            "past" => query.Where(e => e.StartsAt < now && e.Status == EventStatus.Scheduled),
            _ => query.Where(e => e.StartsAt > now.AddHours(-3)),
        };
        query = show == "past" ? query.OrderByDescending(e => e.StartsAt) : query.OrderBy(e => e.StartsAt);
        var events = await query.Take(ListSize).Select(e => new
        {
            e.Id, e.Title, e.Kind, e.StartsAt, e.DurationMinutes, e.Status, e.SeriesId, e.RegistrationMode, e.Capacity, e.SeatsTaken, e.RecordingUrl,
        }).ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();
        var mine = signedIn
            ? await db.Set<Registration>().AsNoTracking().Where(r => r.UserId == userId && ids.Contains(r.EventId)).ToDictionaryAsync(r => r.EventId, r => r.Status, ct)
            : [];
        var seriesIds = events.Where(e => e.SeriesId != null).Select(e => e.SeriesId!.Value).Distinct().ToList();
        var rules = await db.Set<WebinarSeries>().AsNoTracking().Where(s => seriesIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.RecurrenceRule, ct);
        var items = events.Select(e => new EventListItem(
            e.Id, e.Title, e.Kind, e.StartsAt, e.DurationMinutes, e.Status == EventStatus.Cancelled,
            e.SeriesId is { } s && rules.TryGetValue(s, out var rule) ? SeriesRule.Describe(rule) : null,
            e.RegistrationMode, e.Capacity is { } capacity ? Math.Max(0, capacity - e.SeatsTaken) : null,
            mine.TryGetValue(e.Id, out var status) ? status : null, e.RecordingUrl is not null)).ToList();
        if (show == "upcoming")
        {
            // A weekly club would fill the page: each series shows its next meeting and how many follow.
            var seriesOf = events.ToDictionary(e => e.Id, e => e.SeriesId);
            items = items.GroupBy(i => seriesOf[i.Id] ?? i.Id)
                .Select(g => g.First() with { LaterInSeries = g.Count() - 1 }).OrderBy(i => i.StartsAt).ToList();
        }

        return new EventListPage(show, items);
    }

    /// <summary>The event's page as <paramref name="user"/> sees it; <c>null</c> when there is no such event.</summary>
    public async Task<EventDetailsPage?> DetailsAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = await access.FindAsync(id, user, ct);
        if (view is null)
        {
            return null;
        }

        var webinar = view.Event;
        var now = time.GetUtcNow().UtcDateTime;
        var series = webinar.SeriesId is { } seriesId ? await db.Set<WebinarSeries>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == seriesId, ct) : null;
        int? position = null;
        if (view.Registration is { Status: RegistrationStatus.Waitlisted } waiting)
        {
            position = await db.Set<Registration>().CountAsync(r => r.EventId == id && r.Status == RegistrationStatus.Waitlisted
                && (r.CreatedAt < waiting.CreatedAt || (r.CreatedAt == waiting.CreatedAt && r.Id.CompareTo(waiting.Id) < 0)), ct) + 1;
        }

        var refusal = access.CanEnterNow(view).Failed(out var error) ? error : null;
        var inCohort = webinar.CourseRunId is { } runId && view.UserId is { } userId && await roster.IsInCohortAsync(runId, userId, ct);
        var runTitle = webinar.CourseRunId is { } courseRunId
            ? await roster.FindOpenRunAsync(courseRunId, ct) is { } run ? $"{run.CourseTitle} — {run.RunTitle}" : null
            : null;
        return new EventDetailsPage(
            webinar, markdown.ToSafeHtml(webinar.Description), markdown.ToSafeHtml(webinar.Materials),
            series is null ? null : SeriesRule.Describe(series.RecurrenceRule), webinar.Hosts.OrderBy(h => h.Role).ToList(),
            view.UserId is not null, view.Registration, position, refusal is null, refusal?.Message,
            now >= webinar.EndsAt, view.CanManage, view.CanModerate, inCohort, runTitle);
    }
}
