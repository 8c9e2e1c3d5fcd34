using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Application;

/// <summary>
/// The events a course author may put into a lesson of kind «Онлайн-заняття»: those of the oblasts where they plan or
/// moderate events (opened in the staff area) and the national ones (opened on their public page). Cancelled events
/// are left out; the list starts with the next ones (the last 30 days included) in time order.
/// </summary>
internal sealed class EventReferenceSource(LounbDbContext db, IPeopleDirectory people, LocalTime localTime, TimeProvider time) : ILessonReferenceSource
{
    private const int Candidates = 500;
    private static readonly TimeSpan RecentPast = TimeSpan.FromDays(30);

    public string KindKey => LiveSessionLessonKind.KindKey;

    public string ItemNoun => "подію";

    public async Task<IReadOnlyList<ReferenceOption>> SearchAsync(ClaimsPrincipal author, string? text, int limit, CancellationToken ct)
    {
        var since = time.GetUtcNow().UtcDateTime - RecentPast;
        return ReferenceOption.Matching(await LinkableAsync(author, q => q.Where(e => e.StartsAt >= since), ct), text, limit);
    }

    public async Task<ReferenceOption?> FindAsync(ClaimsPrincipal author, string value, CancellationToken ct) =>
        Guid.TryParse(value, out var id) ? await LinkableAsync(author, q => q.Where(e => e.Id == id), ct) is [var found, ..] ? found : null : null;

    private async Task<IReadOnlyList<ReferenceOption>> LinkableAsync(ClaimsPrincipal author, Func<IQueryable<WebinarEvent>, IQueryable<WebinarEvent>> narrow, CancellationToken ct)
    {
        var reach = StaffReach.Of(author);
        var national = reach.IsNational;
        var codes = reach.OblastCodes;
        var query = db.Set<WebinarEvent>().AsNoTracking()
            .Where(e => e.Status != EventStatus.Cancelled && (national || e.OblastCode == null || codes.Contains(e.OblastCode)));
        var events = await narrow(query).OrderBy(e => e.StartsAt).Take(Candidates)
            .Select(e => new { e.Id, e.Title, e.StartsAt, e.OblastCode, Oblast = people.Oblasts.Where(o => o.Code == e.OblastCode).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return events.Select(e => new ReferenceOption(
                e.Id.ToString(), e.Title, $"{localTime.Format(e.StartsAt)} · {e.Oblast ?? "усі області"}",
                reach.Covers(e.OblastCode) ? $"/admin/webinars/{e.Id}" : $"/webinars/{e.Id}"))
            .ToList();
    }
}
