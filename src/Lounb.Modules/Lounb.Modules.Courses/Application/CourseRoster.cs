using Lounb.Modules.Core.Data;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

internal sealed class CourseRoster(LounbDbContext db) : ICourseRoster
{
    public async Task<IReadOnlyList<RunCompletions>> RunsWithCompletionsAsync(CancellationToken ct)
    {
        var counts = await db.Set<Enrollment>().AsNoTracking().Where(e => e.Status == EnrollmentStatus.Completed)
            .GroupBy(e => e.RunId).Select(g => new { RunId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var runIds = counts.Select(c => c.RunId).ToList();
        var runs = await db.Set<CourseRun>().AsNoTracking().Where(r => runIds.Contains(r.Id))
            .Join(db.Set<Course>(), r => r.CourseId, c => c.Id, (r, c) => new { r.Id, r.Title, r.StartsOn, Course = c.Title }).ToListAsync(ct);
        return runs.OrderByDescending(r => r.StartsOn)
            .Select(r => new RunCompletions(r.Id, r.Course, r.Title, counts.First(c => c.RunId == r.Id).Count)).ToList();
    }

    public async Task<IReadOnlyList<CompletedEnrolment>> CompletedAsync(Guid runId, CancellationToken ct) =>
        await db.Set<Enrollment>().AsNoTracking().Where(e => e.RunId == runId && e.Status == EnrollmentStatus.Completed)
            .Join(db.Set<Course>(), e => e.CourseId, c => c.Id, (e, c) => new CompletedEnrolment(e.Id, e.UserId, c.Id, c.Title, c.Hours, e.CompletedAt ?? e.StatusChangedAt))
            .ToListAsync(ct);

    public Task<bool> IsInCohortAsync(Guid runId, Guid userId, CancellationToken ct) =>
        db.Set<Enrollment>().AnyAsync(e => e.RunId == runId && e.UserId == userId
            && (e.Status == EnrollmentStatus.Active || e.Status == EnrollmentStatus.Completed), ct);

    public async Task<IReadOnlyList<RunSummary>> OpenRunsAsync(CancellationToken ct) =>
        await OpenRuns(db.Set<CourseRun>()).OrderByDescending(r => r.StartsOn).Select(r => r.Summary).ToListAsync(ct);

    public Task<RunSummary?> FindOpenRunAsync(Guid runId, CancellationToken ct) =>
        OpenRuns(db.Set<CourseRun>().Where(r => r.Id == runId)).Select(r => (RunSummary?)r.Summary).FirstOrDefaultAsync(ct);

    private IQueryable<OpenRun> OpenRuns(IQueryable<CourseRun> runs) =>
        runs.AsNoTracking().Where(r => r.State != RunState.Closed)
            .Join(db.Set<Course>(), r => r.CourseId, c => c.Id, (r, c) => new OpenRun { StartsOn = r.StartsOn, Summary = new RunSummary(r.Id, c.Id, c.Title, r.Title, c.OwnerOblastCode, r.StartsOn, r.EndsOn) });

    /// <summary>A run with the date it is ordered by (member-initialised, so EF Core can order by it in SQL).</summary>
    private sealed class OpenRun
    {
        public DateOnly StartsOn { get; init; }

        public required RunSummary Summary { get; init; }
    }
}
