using Lounb.Modules.Core.Jobs;

namespace Lounb.Modules.Core.Events;

/// <summary>
/// An integration event written in the same transaction as the change that raised it (core_outbox_event), delivered
/// later to every subscriber by the dispatcher. <see cref="Type"/> is the event's registered name, never a .NET type name.
/// </summary>
public sealed class OutboxEvent : ILeasedWork
{
    /// <summary>For EF Core.</summary>
    private OutboxEvent()
    {
        Type = Payload = "";
    }

    public OutboxEvent(string type, string payload, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Type = type;
        Payload = payload;
        OccurredAt = DueAt = now;
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public DateTime DueAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? ClaimedAt { get; private set; }

    public string? ClaimedBy { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>When every subscriber had it.</summary>
    public DateTime? DispatchedAt { get; private set; }
}

/// <summary>
/// One subscriber's handling of one event (core_outbox_delivery): once it succeeded, a retry of the event skips it;
/// while it fails, its attempts and last error are what administrators see.
/// </summary>
public sealed class OutboxDelivery
{
    public OutboxDelivery(Guid eventId, string subscriber)
    {
        EventId = eventId;
        Subscriber = subscriber;
    }

    public Guid EventId { get; private set; }

    /// <summary>The subscriber's class (full name): stable across restarts, unique per event type.</summary>
    public string Subscriber { get; private set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public DateTime? DeliveredAt { get; set; }
}
