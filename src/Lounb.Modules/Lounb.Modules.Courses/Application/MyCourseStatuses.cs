using Lounb.Modules.Core.Data;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>A signed-in person's place in one of a course's runs.</summary>
internal sealed record MyRunStatus(Guid RunId, EnrollmentStatus Status);

/// <summary>
/// The signed-in person's enrolments in one course, read afresh for every course page (an enrolment, a withdrawal or a
/// trainer's decision shows on the very next page, on any node). One indexed query by person and course, compiled once
/// per host: the course page is the busiest signed-in page of an exam day, and EF Core's per-query work of finding the
/// query in its cache (walking and hashing the expression) would otherwise cost more app CPU than the query itself.
/// A singleton, not a static field, because the model depends on the modules the host enables.
/// </summary>
internal sealed class MyCourseStatuses
{
    private readonly Func<LounbDbContext, Guid, Guid, IAsyncEnumerable<MyRunStatus>> _query = EF.CompileAsyncQuery(
        (LounbDbContext db, Guid userId, Guid courseId) => db.Set<Enrollment>().AsNoTracking()
            .Where(e => e.UserId == userId && e.CourseId == courseId)
            .Select(e => new MyRunStatus(e.RunId, e.Status)));

    public async Task<IReadOnlyList<MyRunStatus>> ReadAsync(LounbDbContext db, Guid userId, Guid courseId, CancellationToken ct)
    {
        var statuses = new List<MyRunStatus>();
        await foreach (var status in _query(db, userId, courseId).WithCancellation(ct))
        {
            statuses.Add(status);
        }

        return statuses;
    }
}
