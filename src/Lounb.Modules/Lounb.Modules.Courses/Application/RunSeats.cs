using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Application;

/// <summary>
/// The seats of runs. Taking a seat increments the run's seat count, which is a concurrency token: two people reaching
/// for the last seat at once both read one free seat, one save wins, the other is retried and lands on the waiting
/// list. Freeing a seat promotes the longest-waiting person in the same save.
/// </summary>
internal sealed class RunSeats(LounbDbContext db, LocalTime localTime, TimeProvider time, CatalogCache catalog, IIntegrationEventPublisher events)
{
    public const int MaxRetries = 10;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => localTime.DateOf(Now);

    /// <summary>Fills free seats from the waiting list, longest-waiting first.</summary>
    public async Task PromoteWaitingAsync(CourseRun run, CancellationToken ct)
    {
        if (!run.HasFreeSeat)
        {
            return;
        }

        var waiting = await db.Set<Enrollment>().Where(e => e.RunId == run.Id && e.Status == EnrollmentStatus.Waitlisted)
            .OrderBy(e => e.StatusChangedAt).ThenBy(e => e.Id)
            .Take(Math.Min(run.FreeSeats, 1000))
            .ToListAsync(ct);
        run.PromoteWaiting(waiting, Now);
    }

    /// <summary>Runs <paramref name="action"/> again, from a fresh read, when another save changed the same run first.</summary>
    public async Task<Result> RetryAsync(Func<Task<Result>> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxRetries)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Saves and lets the catalog forget what it showed, since this change may be on it. Each new enrolment is
    /// announced (<see cref="CourseEnrolled"/>) in the same save (the outbox), whichever path placed the person.
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries<Enrollment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var enrollment in added)
        {
            await events.PublishAsync(new CourseEnrolled(enrollment.Id, enrollment.UserId, enrollment.CourseId, enrollment.RunId, enrollment.CreatedAt), ct);
        }

        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
    }
}
