using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Courses.Application;

internal sealed record CatalogFilter(string? Q, Audience? Audience, CourseFormat? Format, string? Topic, bool OpenOnly, int Page);

internal sealed record CatalogItem(Guid Id, string Slug, string Title, string Summary, Audience Audience, CourseFormat Format, int Hours, string Topics, string? CoverImageKey, bool OpenForEnrolment);

internal sealed record CatalogPage(IReadOnlyList<CatalogItem> Items, int Total, int Page, int PageSize, IReadOnlyList<string> Topics)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

internal sealed record OpenRun(Guid Id, string Title, DateOnly StartsOn, DateOnly EndsOn, int? Capacity, int SeatsTaken, EnrolmentMode Mode, bool IsOpen, EnrollmentStatus? MyStatus);

internal sealed record CourseOutlineSection(string Title, IReadOnlyList<(string Title, string Kind)> Lessons);

internal sealed record CourseDetails(
    Guid Id, string Slug, string Title, string Summary, Audience Audience, CourseFormat Format, int Hours, string Topics, string? CoverImageKey,
    string? DepartmentName, IReadOnlyList<string> Prerequisites, IReadOnlyList<CourseOutlineSection> Outline, IReadOnlyList<OpenRun> Runs);

/// <summary>The public catalog: published courses, filters, Ukrainian-aware search, and a course's page with its runs.</summary>
internal sealed class CatalogService(LounbDbContext db, LocalTime localTime, TimeProvider time, IOptions<CoursesOptions> options, CatalogCache answers, MyCourseStatuses myStatuses)
{
    private static readonly StringComparer UkrainianOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("uk-UA"), ignoreCase: true);

    private DateOnly Today => localTime.DateOf(time.GetUtcNow().UtcDateTime);

    public Task<CatalogPage> SearchAsync(CatalogFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var key = $"search|{SearchText.Normalize(filter.Q)}|{filter.Audience}|{filter.Format}|{SearchText.Normalize(filter.Topic)}|{filter.OpenOnly}|{filter.Page}";
        return answers.GetOrAddAsync(key, () => SearchUncachedAsync(filter, ct));
    }

    /// <summary>The course page: the shared part may come from <see cref="CatalogCache"/>; the person's own enrolments are always read afresh.</summary>
    public async Task<CourseDetails?> FindAsync(string slug, Guid? userId, CancellationToken ct)
    {
        var shared = await answers.GetOrAddAsync("course|" + slug, () => FindSharedAsync(slug, ct));
        if (shared is null || userId is null || shared.Runs.Count == 0)
        {
            return shared;
        }

        var mine = await myStatuses.ReadAsync(db, userId.Value, shared.Id, ct);
        return shared with { Runs = shared.Runs.Select(r => r with { MyStatus = mine.FirstOrDefault(m => m.RunId == r.Id)?.Status }).ToList() };
    }

    private async Task<CatalogPage> SearchUncachedAsync(CatalogFilter filter, CancellationToken ct)
    {
        var today = Today;
        var courses = db.Set<Course>().AsNoTracking().Where(c => c.Status == CourseStatus.Published);
        var query = SearchText.Normalize(filter.Q);
        if (query.Length > 0)
        {
            courses = courses.Where(c => c.SearchText.Contains(query));
        }

        if (filter.Audience is { } audience)
        {
            courses = courses.Where(c => c.Audience == audience);
        }

        if (filter.Format is { } format)
        {
            courses = courses.Where(c => c.Format == format);
        }

        var topic = SearchText.Normalize(filter.Topic);
        if (topic.Length > 0)
        {
            courses = courses.Where(c => c.SearchText.Contains(topic));
        }

        var openRuns = db.Set<CourseRun>().Where(r => r.State == RunState.Published && r.EndsOn >= today && r.Mode != EnrolmentMode.Assigned);
        if (filter.OpenOnly)
        {
            courses = courses.Where(c => openRuns.Any(r => r.CourseId == c.Id));
        }

        var pageSize = options.Value.CatalogPageSize;
        var page = Math.Max(1, filter.Page);
        var items = await courses.OrderBy(c => c.SortKey)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new CatalogItem(c.Id, c.Slug, c.Title, c.Summary, c.Audience, c.Format, c.Hours, c.Topics, c.CoverImageKey, openRuns.Any(r => r.CourseId == c.Id)))
            .ToListAsync(ct);
        // A page that is not full is the last one, so it tells the total; only a full (or an empty later) page asks the database.
        var total = items.Count < pageSize && (items.Count > 0 || page == 1)
            ? (page - 1) * pageSize + items.Count
            : await courses.CountAsync(ct);
        return new CatalogPage(items, total, page, pageSize, await TopicsAsync(ct));
    }

    /// <summary>The topics of published courses for the catalog's filter.</summary>
    private Task<IReadOnlyList<string>> TopicsAsync(CancellationToken ct) =>
        answers.GetOrAddAsync("topics", async () => (IReadOnlyList<string>)(await db.Set<Course>().AsNoTracking()
                .Where(c => c.Status == CourseStatus.Published).Select(c => c.Topics).ToListAsync(ct))
            .SelectMany(t => t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .Order(UkrainianOrder)
            .ToList());

    private async Task<CourseDetails?> FindSharedAsync(string slug, CancellationToken ct)
    {
        var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.Status == CourseStatus.Published, ct);
        if (course is null)
        {
            return null;
        }

        var today = Today;
        var department = course.DepartmentId is null ? null
            : await db.Departments.Where(d => d.Id == course.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(ct);
        var prerequisites = await db.Set<CoursePrerequisite>().Where(p => p.CourseId == course.Id)
            .Join(db.Set<Course>(), p => p.RequiredCourseId, c => c.Id, (_, c) => c.Title).ToListAsync(ct);
        var sections = await db.Set<Section>().AsNoTracking().Where(s => s.CourseId == course.Id).OrderBy(s => s.Position)
            .Select(s => new { s.Title, Lessons = s.Lessons.Where(l => !l.IsRemoved).OrderBy(l => l.Position).Select(l => new { l.Title, l.Kind }).ToList() })
            .ToListAsync(ct);
        var runs = await db.Set<CourseRun>().AsNoTracking()
            .Where(r => r.CourseId == course.Id && r.State == RunState.Published && r.EndsOn >= today)
            .OrderBy(r => r.StartsOn)
            .Select(r => new
            {
                r.Id, r.Title, r.StartsOn, r.EndsOn, r.Capacity, r.SeatsTaken, r.Mode,
            })
            .ToListAsync(ct);
        return new CourseDetails(course.Id, course.Slug, course.Title, course.Summary, course.Audience, course.Format, course.Hours, course.Topics,
            course.CoverImageKey, department, prerequisites,
            sections.Where(s => s.Lessons.Count > 0).Select(s => new CourseOutlineSection(s.Title, s.Lessons.Select(l => (l.Title, l.Kind)).ToList())).ToList(),
            runs.Select(r => new OpenRun(r.Id, r.Title, r.StartsOn, r.EndsOn, r.Capacity, r.SeatsTaken, r.Mode, r.EndsOn >= today, null)).ToList());
    }
}
