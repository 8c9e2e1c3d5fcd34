using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Core.Jobs;

/// <summary>
/// A row of work in the database that app nodes take in turn: a letter to send, an integration event to deliver,
/// a webinar reminder. The columns are the ones <see cref="LeasedWorkClaims"/> reads and writes.
/// </summary>
public interface ILeasedWork
{
    Guid Id { get; }

    /// <summary>Not taken before this time (a retry's pause moves it on).</summary>
    DateTime DueAt { get; }

    /// <summary>Failed attempts so far.</summary>
    int Attempts { get; }

    /// <summary>Set by the node that took the work; a claim older than the lease may be taken again (the node died).</summary>
    DateTime? ClaimedAt { get; }

    string? ClaimedBy { get; }

    string? LastError { get; }
}

/// <summary>How often and how soon failed work is tried again, and how long a node's claim holds.</summary>
/// <param name="MaxAttempts">After this many failures the work is given up (it stays, visible, until someone retries it).</param>
/// <param name="Pauses">The pause after the 1st, 2nd, … failure; the last one repeats.</param>
/// <param name="Lease">A claim older than this belongs to a node that died mid-work; null: the platform's lease
/// (<see cref="WorkLeaseOptions.LeaseSeconds"/>, five minutes unless configured).</param>
public sealed record RetrySchedule(int MaxAttempts, IReadOnlyList<TimeSpan> Pauses, TimeSpan? Lease = null)
{
    /// <summary>1, 5, 15 minutes, 1 and 3 hours; six tries; the platform's lease.</summary>
    public static RetrySchedule Default { get; } = new(6,
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(3)]);

    /// <summary>The pause before attempt <paramref name="attempts"/> + 1.</summary>
    public TimeSpan PauseAfter(int attempts) => Pauses[Math.Clamp(attempts - 1, 0, Pauses.Count - 1)];

    public bool GivesUpAfter(int attempts) => attempts >= MaxAttempts;
}

/// <summary>Bound from "Lounb:Jobs": the lease of letters, integration events and webinar reminders.</summary>
public sealed class WorkLeaseOptions
{
    public const string Section = "Lounb:Jobs";

    /// <summary>
    /// How long a node's claim on a letter, an event or a reminder holds: after a node dies mid-work (killed, power lost)
    /// another node takes the work over this long after the claim. Longer than the slowest send; shorter means a
    /// crashed node's work waits less.
    /// </summary>
    [Range(10, 3600)]
    public int LeaseSeconds { get; set; } = 300;
}

/// <summary>Work this node holds: its id and the claim token every later update is conditional on.</summary>
public sealed record WorkClaim(Guid Id, string Token);

/// <summary>
/// The one lease-and-retry mechanism of the platform. Each row is taken with one conditional UPDATE (only while not
/// done, due, under the attempt limit and unclaimed, or claimed longer ago than the lease), so exactly one node works
/// on it; a failure releases it with the attempt counted and a growing pause; every later write is conditional on
/// the claim token, so a node whose lease ran out cannot overwrite another node's result.
/// </summary>
public sealed class LeasedWorkClaims(TimeProvider time, IOptions<WorkLeaseOptions> leases)
{
    private readonly string _node = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>How long a claim under <paramref name="schedule"/> holds: its own lease, or the platform's.</summary>
    public TimeSpan LeaseOf(RetrySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Lease ?? TimeSpan.FromSeconds(leases.Value.LeaseSeconds);
    }

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> due rows of <paramref name="open"/> (the rows not yet done), oldest
    /// due first, and returns the ones this node got.
    /// </summary>
    public async Task<IReadOnlyList<WorkClaim>> ClaimDueAsync<TWork>(IQueryable<TWork> open, RetrySchedule schedule, int batchSize, CancellationToken ct)
        where TWork : class, ILeasedWork
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(schedule);
        var now = time.GetUtcNow().UtcDateTime;
        var lease = LeaseOf(schedule);
        var leaseCutoff = now - lease;
        var due = await open.AsNoTracking()
            .Where(w => EF.Property<DateTime>(w, nameof(ILeasedWork.DueAt)) <= now
                && EF.Property<int>(w, nameof(ILeasedWork.Attempts)) < schedule.MaxAttempts
                && (EF.Property<DateTime?>(w, nameof(ILeasedWork.ClaimedAt)) == null || EF.Property<DateTime?>(w, nameof(ILeasedWork.ClaimedAt)) < leaseCutoff))
            .OrderBy(w => EF.Property<DateTime>(w, nameof(ILeasedWork.DueAt))).ThenBy(w => EF.Property<Guid>(w, nameof(ILeasedWork.Id)))
            .Select(w => EF.Property<Guid>(w, nameof(ILeasedWork.Id)))
            .Take(batchSize)
            .ToListAsync(ct);
        var claims = new List<WorkClaim>();
        foreach (var id in due)
        {
            var token = $"{_node}/{Guid.NewGuid():N}";
            var claimedAt = time.GetUtcNow().UtcDateTime;
            var cutoff = claimedAt - lease;
            var claimed = await open
                .Where(w => EF.Property<Guid>(w, nameof(ILeasedWork.Id)) == id
                    && (EF.Property<DateTime?>(w, nameof(ILeasedWork.ClaimedAt)) == null || EF.Property<DateTime?>(w, nameof(ILeasedWork.ClaimedAt)) < cutoff))
                .ExecuteUpdateAsync(u => u
                    .SetProperty(w => EF.Property<DateTime?>(w, nameof(ILeasedWork.ClaimedAt)), claimedAt)
                    .SetProperty(w => EF.Property<string?>(w, nameof(ILeasedWork.ClaimedBy)), token), ct);
            if (claimed == 1)
            {
                claims.Add(new WorkClaim(id, token));
            }
        }

        return claims;
    }

    /// <summary>
    /// One pass over a queue: claims up to <paramref name="batchSize"/> due rows of <paramref name="open"/> and hands each
    /// to <paramref name="handle"/> in turn (which finishes or releases it). Returns how many this node took.
    /// </summary>
    public async Task<int> ProcessDueAsync<TWork>(IQueryable<TWork> open, RetrySchedule schedule, int batchSize, Func<WorkClaim, Task> handle,
        CancellationToken ct)
        where TWork : class, ILeasedWork
    {
        ArgumentNullException.ThrowIfNull(handle);
        var held = await ClaimDueAsync(open, schedule, batchSize, ct);
        foreach (var claim in held)
        {
            await handle(claim);
        }

        return held.Count;
    }

    /// <summary>The row <paramref name="claim"/> names, while this node still holds it: finish it with ExecuteUpdate or ExecuteDelete.</summary>
    public static IQueryable<TWork> Held<TWork>(IQueryable<TWork> rows, WorkClaim claim)
        where TWork : class, ILeasedWork
    {
        ArgumentNullException.ThrowIfNull(claim);
        return rows.Where(w => EF.Property<Guid>(w, nameof(ILeasedWork.Id)) == claim.Id && EF.Property<string?>(w, nameof(ILeasedWork.ClaimedBy)) == claim.Token);
    }

    /// <summary>
    /// Keeps a long piece of work (a backup) held: moves the claim's time to now, so the lease counts from here. Returns
    /// false when this node no longer holds it (its lease ran out and another node took it).
    /// </summary>
    public async Task<bool> RenewAsync<TWork>(IQueryable<TWork> rows, WorkClaim claim, CancellationToken ct)
        where TWork : class, ILeasedWork
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await Held(rows, claim).ExecuteUpdateAsync(u => u.SetProperty(w => EF.Property<DateTime?>(w, nameof(ILeasedWork.ClaimedAt)), now), ct) == 1;
    }

    /// <summary>
    /// Counts a failed attempt, keeps the error and releases the row to be tried again after the schedule's pause.
    /// Returns the failure: how many attempts so far, when the next is due, and whether this was the last.
    /// </summary>
    public async Task<WorkFailure> ReleaseFailedAsync<TWork>(IQueryable<TWork> rows, WorkClaim claim, int attemptsBefore, Exception exception,
        RetrySchedule schedule, CancellationToken ct)
        where TWork : class, ILeasedWork
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(schedule);
        var attempts = attemptsBefore + 1;
        var error = ErrorText(exception);
        var retryAt = time.GetUtcNow().UtcDateTime + schedule.PauseAfter(attempts);
        await Held(rows, claim).ExecuteUpdateAsync(u => u
            .SetProperty(w => EF.Property<int>(w, nameof(ILeasedWork.Attempts)), attempts)
            .SetProperty(w => EF.Property<string?>(w, nameof(ILeasedWork.LastError)), error)
            .SetProperty(w => EF.Property<DateTime>(w, nameof(ILeasedWork.DueAt)), retryAt)
            .SetProperty(w => EF.Property<DateTime?>(w, nameof(ILeasedWork.ClaimedAt)), (DateTime?)null)
            .SetProperty(w => EF.Property<string?>(w, nameof(ILeasedWork.ClaimedBy)), (string?)null), ct);
        return new WorkFailure(attempts, retryAt, schedule.GivesUpAfter(attempts));
    }

    /// <summary>
    /// Someone asked to try given-up (or waiting) work again now: the attempts start over. Returns false when the row
    /// is not in <paramref name="open"/> (already done or gone).
    /// </summary>
    public async Task<bool> RetryNowAsync<TWork>(IQueryable<TWork> open, Guid id, CancellationToken ct)
        where TWork : class, ILeasedWork
    {
        ArgumentNullException.ThrowIfNull(open);
        var now = time.GetUtcNow().UtcDateTime;
        return await open.Where(w => EF.Property<Guid>(w, nameof(ILeasedWork.Id)) == id)
            .ExecuteUpdateAsync(u => u
                .SetProperty(w => EF.Property<int>(w, nameof(ILeasedWork.Attempts)), 0)
                .SetProperty(w => EF.Property<DateTime>(w, nameof(ILeasedWork.DueAt)), now), ct) == 1;
    }

    /// <summary>The exception as stored with the work: its type and message, at most 1,000 characters.</summary>
    public static string ErrorText(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var error = $"{exception.GetType().Name}: {exception.Message}";
        return error.Length > 1000 ? error[..1000] : error;
    }
}

/// <summary>A failed attempt as recorded: the count so far, when the next try is due, and whether there will be one.</summary>
public sealed record WorkFailure(int Attempts, DateTime RetryAt, bool GaveUp);

public static class LeasedWorkServiceCollectionExtensions
{
    /// <summary>The lease mechanism every queue shares, with its lease bound from <see cref="WorkLeaseOptions.Section"/>.</summary>
    public static IServiceCollection AddLeasedWork(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(LeasedWorkClaims)))
        {
            return services;
        }

        services.AddOptions<WorkLeaseOptions>().BindConfiguration(WorkLeaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<LeasedWorkClaims>();
        return services;
    }
}
