using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Core.Telemetry;

/// <summary>
/// The platform's own metrics: one meter, "Lounb.Learning", whose instruments are named <c>lounb.*</c> (Prometheus shows
/// them as <c>lounb_*</c>). A module creates its instruments on it through <see cref="System.Diagnostics.Metrics.IMeterFactory"/>;
/// the host exports the meter (docs/deployment.md, "Metrics and traces").
/// </summary>
public static class LounbTelemetry
{
    public const string MeterName = "Lounb.Learning";
}

/// <summary>
/// One queue of leased work as an operator watches it: <paramref name="Depth"/> rows due and not yet done (waiting for a
/// worker or being worked on), how long the oldest of them has been due, and how many were given up (they wait on
/// /admin/queues). Work planned for later (a reminder of next week, a retry's pause) is not counted until it is due.
/// </summary>
public sealed record WorkQueueReading(int Depth, TimeSpan OldestAge, int GivenUp)
{
    /// <summary>Reads <paramref name="open"/> (the rows not yet done) with three small queries.</summary>
    public static async Task<WorkQueueReading> OfAsync<TWork>(IQueryable<TWork> open, RetrySchedule schedule, DateTime now, CancellationToken ct)
        where TWork : class, ILeasedWork
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(schedule);
        var rows = open.AsNoTracking();
        var due = rows.Where(w => EF.Property<DateTime>(w, nameof(ILeasedWork.DueAt)) <= now
            && EF.Property<int>(w, nameof(ILeasedWork.Attempts)) < schedule.MaxAttempts);
        var depth = await due.CountAsync(ct);
        var oldest = depth == 0 ? now : await due.OrderBy(w => EF.Property<DateTime>(w, nameof(ILeasedWork.DueAt)))
            .Select(w => EF.Property<DateTime>(w, nameof(ILeasedWork.DueAt))).FirstAsync(ct);
        var givenUp = await rows.CountAsync(w => EF.Property<int>(w, nameof(ILeasedWork.Attempts)) >= schedule.MaxAttempts, ct);
        return new WorkQueueReading(depth, now - oldest, givenUp);
    }
}

/// <summary>
/// A queue a module owns (letters, integration events, webinar reminders, report exports), read for the
/// <c>lounb_queue_*</c> metrics without Core knowing the module's tables. Register one with
/// <see cref="WorkQueueProbeRegistration.AddWorkQueueProbe{TWork}"/>.
/// </summary>
public interface IWorkQueueProbe
{
    /// <summary>The <c>queue</c> label: a short fixed name (<c>mail</c>, <c>outbox</c>, …).</summary>
    string Queue { get; }

    Task<WorkQueueReading> ReadAsync(CancellationToken ct);
}

public static class WorkQueueProbeRegistration
{
    /// <summary>
    /// Adds a probe of the leased work <paramref name="open"/> selects (the rows not yet done) under the label
    /// <paramref name="queue"/>, judged by the queue's own <paramref name="schedule"/>.
    /// </summary>
    public static IServiceCollection AddWorkQueueProbe<TWork>(this IServiceCollection services, string queue, Func<LounbDbContext, IQueryable<TWork>> open,
        RetrySchedule schedule)
        where TWork : class, ILeasedWork =>
        services.AddScoped<IWorkQueueProbe>(sp => new LeasedWorkProbe<TWork>(queue, open(sp.GetRequiredService<LounbDbContext>()), schedule,
            sp.GetRequiredService<TimeProvider>()));

    private sealed class LeasedWorkProbe<TWork>(string queue, IQueryable<TWork> open, RetrySchedule schedule, TimeProvider time) : IWorkQueueProbe
        where TWork : class, ILeasedWork
    {
        public string Queue => queue;

        public Task<WorkQueueReading> ReadAsync(CancellationToken ct) => WorkQueueReading.OfAsync(open, schedule, time.GetUtcNow().UtcDateTime, ct);
    }
}
