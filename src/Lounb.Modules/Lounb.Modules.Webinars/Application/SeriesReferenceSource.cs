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
/// The webinar series a person may point at from another module (a certificate template): those of the oblasts where
/// they plan or moderate events and the national ones, the newest first; each opens at its first event.
/// </summary>
internal sealed class SeriesReferenceSource(LounbDbContext db, IPeopleDirectory people, LocalTime localTime) : ListedReferenceSource
{
    private const int Candidates = 500;

    public override string KindKey => ReferenceKinds.WebinarSeries;

    public override string ItemNoun => "серію вебінарів";

    protected override async Task<IReadOnlyList<ReferenceOption>> LinkableAsync(ClaimsPrincipal author, Guid? only, CancellationToken ct)
    {
        var reach = StaffReach.Of(author);
        var national = reach.IsNational;
        var codes = reach.OblastCodes;
        var query = db.Set<WebinarSeries>().AsNoTracking().Where(s => national || s.OblastCode == null || codes.Contains(s.OblastCode));
        if (only is { } id)
        {
            query = query.Where(s => s.Id == id);
        }

        var series = await query.OrderByDescending(s => s.FirstStartsAt).Take(Candidates)
            .Select(s => new
            {
                s.Id, s.Title, s.FirstStartsAt, s.OblastCode,
                Oblast = people.Oblasts.Where(o => o.Code == s.OblastCode).Select(o => o.Name).FirstOrDefault(),
                FirstEvent = db.Set<WebinarEvent>().Where(e => e.SeriesId == s.Id).OrderBy(e => e.StartsAt).Select(e => (Guid?)e.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return series.Select(s => new ReferenceOption(
                s.Id.ToString(), s.Title, $"серія з {localTime.Format(s.FirstStartsAt)} · {s.Oblast ?? "усі області"}",
                s.FirstEvent is { } first ? (reach.Covers(s.OblastCode) ? $"/admin/webinars/{first}" : $"/webinars/{first}") : ""))
            .ToList();
    }
}
