using System.Security.Claims;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>
/// The courses a person may point at from another module (a certificate template): those of their course-authoring
/// scope (their oblasts; every course for national staff), the newest first.
/// </summary>
internal sealed class CourseReferenceSource(LounbDbContext db, IPeopleDirectory directory, LocalTime localTime) : ListedReferenceSource
{
    private const int Candidates = 500;

    public override string KindKey => ReferenceKinds.Course;

    public override string ItemNoun => "курс";

    protected override async Task<IReadOnlyList<ReferenceOption>> LinkableAsync(ClaimsPrincipal author, Guid? only, CancellationToken ct)
    {
        var scope = AccessScope.Of(author, CoursesPermissions.Author);
        var query = scope.Filter(db.Set<Course>().AsNoTracking(), c => c.OwnerOblastCode);
        if (only is { } id)
        {
            query = query.Where(c => c.Id == id);
        }

        var courses = await query.OrderByDescending(c => c.UpdatedAt).Take(Candidates)
            .Select(c => new { c.Id, c.Title, c.UpdatedAt, Oblast = directory.Oblasts.Where(o => o.Code == c.OwnerOblastCode).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return courses.Select(c => new ReferenceOption(
                c.Id.ToString(), c.Title, $"змінено {localTime.FormatDate(c.UpdatedAt)} · {c.Oblast ?? "усі області"}", $"/admin/courses/{c.Id}"))
            .ToList();
    }
}
