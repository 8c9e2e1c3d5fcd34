using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Areas.Webinars.ViewModels;
using Lounb.Modules.Webinars.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Areas.Webinars.Controllers;

/// <summary>The visitor's side: the list of live sessions, an event's page, registration and cancellation.</summary>
[Area("Webinars")]
[OfferedInEnglish]
internal sealed class WebinarsController(
    LounbDbContext db, EventAccess access, RegistrationService registrations, ICourseRoster roster, MarkdownRenderer markdown, TimeProvider time) : Controller
{
    private const int ListSize = 100;

    [AllowAnonymous]
    [PublicPageCache]
    [HttpGet("/webinars")]
    public async Task<IActionResult> Index(string? show, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var signedIn = User.Identity?.IsAuthenticated == true;
        show = show is "mine" or "past" && (signedIn || show == "past") ? show : "upcoming";
        var userId = signedIn ? User.UserId() : Guid.Empty;
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

        return View(new EventListPage(show, items));
    }

    [AllowAnonymous]
    [PublicPageCache]
    [HttpGet("/webinars/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var view = await access.FindAsync(id, User, ct);
        if (view is null)
        {
            return NotFound();
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

        var enter = access.CanEnterNow(view);
        var inCohort = webinar.CourseRunId is { } runId && view.UserId is { } userId && await roster.IsInCohortAsync(runId, userId, ct);
        var runTitle = webinar.CourseRunId is { } courseRunId
            ? await roster.FindOpenRunAsync(courseRunId, ct) is { } run ? $"{run.CourseTitle} — {run.RunTitle}" : null
            : null;
        return View(new EventDetailsPage(
            webinar, markdown.ToSafeHtml(webinar.Description), markdown.ToSafeHtml(webinar.Materials),
            series is null ? null : SeriesRule.Describe(series.RecurrenceRule), webinar.Hosts.OrderBy(h => h.Role).ToList(),
            view.UserId is not null, view.Registration, position, enter.IsSuccess, enter.Error?.Message,
            now >= webinar.EndsAt, view.CanManage, view.CanModerate, inCohort, runTitle));
    }

    [HttpPost("/webinars/{id:guid}/register")]
    public async Task<IActionResult> Register(Guid id, bool wholeSeries, CancellationToken ct)
    {
        var result = wholeSeries
            ? await registrations.RegisterForSeriesAsync(id, User.UserId(), ct)
            : await registrations.RegisterAsync(id, User.UserId(), ct);
        if (!result.IsSuccess)
        {
            TempData["Error"] = result.Error!.Message;
        }
        else
        {
            var status = result.Value.Status switch
            {
                RegistrationStatus.Confirmed => "Ви зареєстровані. Нагадування прийде за добу й за годину до початку.",
                RegistrationStatus.Pending => "Заявку надіслано. Модератор розгляне її, і ви отримаєте лист.",
                _ => "Місць немає: ви в списку очікування. Щойно місце звільниться, ми вас зареєструємо й напишемо.",
            };
            TempData["Status"] = result.Value.Registered > 1 ? $"Зареєстровано на зустрічей серії: {result.Value.Registered}. {status}" : status;
        }

        return Redirect($"/webinars/{id}");
    }

    [HttpPost("/webinars/{id:guid}/cancel-registration")]
    public async Task<IActionResult> CancelRegistration(Guid id, CancellationToken ct)
    {
        var result = await registrations.CancelAsync(id, User.UserId(), ct);
        TempData[result.IsSuccess ? "Status" : "Error"] = result.IsSuccess ? "Реєстрацію скасовано. Дякуємо, що звільнили місце." : result.Error!.Message;
        return Redirect($"/webinars/{id}");
    }
}
