using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Email;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Platform;

/// <summary>A letter not yet sent, as the queue page lists it.</summary>
internal sealed record QueuedLetterRow(Guid Id, string To, string Subject, DateTime CreatedAt, DateTime DueAt, int Attempts, string? LastError);

/// <summary>A subscriber that has not yet handled an event.</summary>
internal sealed record PendingDeliveryRow(string Subscriber, int Attempts, string? LastError);

/// <summary>An event not yet delivered to every subscriber.</summary>
internal sealed record PendingEventRow(Guid Id, string Type, DateTime OccurredAt, DateTime DueAt, int Attempts, string? LastError, IReadOnlyList<PendingDeliveryRow> Failing);

internal sealed record QueuesPage(int MaxAttempts, int LettersWaiting, int LettersGivenUp, IReadOnlyList<QueuedLetterRow> Letters,
    int EventsWaiting, int EventsGivenUp, IReadOnlyList<PendingEventRow> Events)
{
    public bool GaveUp(int attempts) => attempts >= MaxAttempts;
}

/// <summary>
/// The mail queue and the integration-event outbox as administrators see them: what waits, what failed and why; and
/// «Повторити зараз» (the attempts start over and this node's worker wakes at once).
/// </summary>
internal sealed class QueueAdministration(LounbDbContext db, LeasedWorkClaims claims, MailQueueSignal mailSignal, OutboxSignal outboxSignal)
{
    private const int Shown = 50;

    public async Task<QueuesPage> PageAsync(CancellationToken ct)
    {
        var max = RetrySchedule.Default.MaxAttempts;
        var unsent = MailDispatcher.Unsent(db).AsNoTracking();
        var letters = await unsent.OrderByDescending(m => m.Attempts >= max).ThenByDescending(m => m.CreatedAt).Take(Shown)
            .Select(m => new QueuedLetterRow(m.Id, m.To, m.Subject, m.CreatedAt, m.DueAt, m.Attempts, m.LastError)).ToListAsync(ct);
        var undispatched = OutboxDispatcher.Undispatched(db).AsNoTracking();
        var events = await undispatched.OrderByDescending(e => e.Attempts >= max).ThenByDescending(e => e.OccurredAt).Take(Shown).ToListAsync(ct);
        var eventIds = events.Select(e => e.Id).ToList();
        var failing = (await db.Set<OutboxDelivery>().AsNoTracking().Where(d => eventIds.Contains(d.EventId) && d.DeliveredAt == null).ToListAsync(ct))
            .ToLookup(d => d.EventId);
        return new QueuesPage(max,
            await unsent.CountAsync(m => m.Attempts < max, ct), await unsent.CountAsync(m => m.Attempts >= max, ct), letters,
            await undispatched.CountAsync(e => e.Attempts < max, ct), await undispatched.CountAsync(e => e.Attempts >= max, ct),
            events.Select(e => new PendingEventRow(e.Id, e.Type, e.OccurredAt, e.DueAt, e.Attempts, e.LastError,
                failing[e.Id].Select(d => new PendingDeliveryRow(d.Subscriber, d.Attempts, d.LastError)).ToList())).ToList());
    }

    /// <summary>False when the letter was already sent or is gone.</summary>
    public async Task<bool> RetryLetterAsync(Guid id, CancellationToken ct)
    {
        var again = await claims.RetryNowAsync(MailDispatcher.Unsent(db), id, ct);
        mailSignal.Notify();
        return again;
    }

    /// <summary>False when the event was already delivered to every subscriber or is gone.</summary>
    public async Task<bool> RetryEventAsync(Guid id, CancellationToken ct)
    {
        var again = await claims.RetryNowAsync(OutboxDispatcher.Undispatched(db), id, ct);
        outboxSignal.Notify();
        return again;
    }
}
