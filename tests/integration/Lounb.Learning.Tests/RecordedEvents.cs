using System.Collections.Concurrent;
using Lounb.Modules.Core.Events;

namespace Lounb.Learning.Tests;

/// <summary>Every integration event a test app published, for assertions.</summary>
public sealed class RecordedEvents
{
    private readonly ConcurrentQueue<IIntegrationEvent> _events = new();

    public IReadOnlyList<T> Of<T>() => _events.OfType<T>().ToList();

    internal void Add(IIntegrationEvent integrationEvent) => _events.Enqueue(integrationEvent);
}

internal sealed class EventRecorder<TEvent>(RecordedEvents events) : IIntegrationEventSubscriber<TEvent>
    where TEvent : IIntegrationEvent
{
    public Task HandleAsync(TEvent integrationEvent, CancellationToken ct)
    {
        events.Add(integrationEvent);
        return Task.CompletedTask;
    }
}
