using System.Text.Json;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Core.Events;

/// <summary>A fact one module tells others, named in the past tense (CourseCompleted, QuizPassed).</summary>
public interface IIntegrationEvent;

/// <summary>
/// Reacts to an integration event (a subscriber rather than a .NET event handler); registered by the module that cares.
/// It runs later than the change that raised the event, in its own scope, and may run again for the same event
/// (after a crash, or a retry when it failed): it must be idempotent.
/// </summary>
public interface IIntegrationEventSubscriber<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken ct);
}

/// <summary>
/// Writes an event to the outbox of the caller's database context: it is saved with the caller's next SaveChanges
/// (inside the caller's transaction when one is open) and delivered to the subscribers afterwards. Publish before
/// saving the change that raised the event, so that both are committed together or not at all.
/// </summary>
public interface IIntegrationEventPublisher
{
    Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken ct)
        where TEvent : IIntegrationEvent;
}

/// <summary>
/// An event type known to the outbox by a stable name (stored with each event instead of a .NET type name), and how
/// to hand a stored event to its subscribers. Registered by the module that publishes it:
/// <see cref="IntegrationEventServiceCollectionExtensions.AddIntegrationEvent{TEvent}"/>.
/// </summary>
public abstract class IntegrationEventRoute(string name, Type eventType)
{
    public string Name { get; } = name;

    public Type EventType { get; } = eventType;

    /// <summary>The names of the subscribers registered for this event (their classes).</summary>
    public abstract IReadOnlyList<string> Subscribers(IServiceProvider services);

    /// <summary>Hands the stored event to the named subscriber, resolved from <paramref name="services"/>.</summary>
    public abstract Task DeliverAsync(IServiceProvider services, string subscriber, string payload, CancellationToken ct);

    /// <summary>A subscriber's stable name: its class, with type arguments but without assembly versions.</summary>
    public static string SubscriberName(object subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return subscriber.GetType().ToString();
    }
}

internal sealed class IntegrationEventRoute<TEvent>(string name) : IntegrationEventRoute(name, typeof(TEvent))
    where TEvent : IIntegrationEvent
{
    public override IReadOnlyList<string> Subscribers(IServiceProvider services) =>
        services.GetServices<IIntegrationEventSubscriber<TEvent>>().Select(SubscriberName).ToList();

    public override async Task DeliverAsync(IServiceProvider services, string subscriber, string payload, CancellationToken ct)
    {
        var handler = services.GetServices<IIntegrationEventSubscriber<TEvent>>().FirstOrDefault(s => SubscriberName(s) == subscriber)
            ?? throw new InvalidOperationException($"The subscriber {subscriber} is no longer registered.");
        var integrationEvent = JsonSerializer.Deserialize<TEvent>(payload) ?? throw new InvalidOperationException($"The stored {Name} event is empty.");
        await handler.HandleAsync(integrationEvent, ct);
    }
}

/// <summary>Every registered event type by name and by .NET type; two types under one name fail at start-up.</summary>
public sealed class IntegrationEventCatalog
{
    private readonly Dictionary<string, IntegrationEventRoute> _byName;
    private readonly Dictionary<Type, IntegrationEventRoute> _byType;

    public IntegrationEventCatalog(IEnumerable<IntegrationEventRoute> routes)
    {
        var all = routes.DistinctBy(r => (r.Name, r.EventType)).ToList();
        _byName = all.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _byType = all.ToDictionary(r => r.EventType);
    }

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IntegrationEventRoute? route) => _byName.TryGetValue(name, out route);

    public IntegrationEventRoute For(Type eventType) => _byType.TryGetValue(eventType, out var route)
        ? route
        : throw new InvalidOperationException($"{eventType.Name} is not registered: call services.AddIntegrationEvent<{eventType.Name}>(name) in the module that publishes it.");
}

/// <summary>Wakes this node's outbox worker when a change with events was committed (see <see cref="WakeWorkersOnCommit"/>).</summary>
public sealed class OutboxSignal : WorkSignal;

/// <summary>The outbox publisher: see <see cref="IIntegrationEventPublisher"/>. An event nobody subscribes to is not stored.</summary>
internal sealed class OutboxIntegrationEventPublisher(LounbDbContext db, IntegrationEventCatalog catalog, IServiceProvider services, TimeProvider time)
    : IIntegrationEventPublisher
{
    public Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken ct)
        where TEvent : IIntegrationEvent
    {
        var route = catalog.For(typeof(TEvent));
        if (route.Subscribers(services).Count == 0)
        {
            return Task.CompletedTask;
        }

        db.Add(new OutboxEvent(route.Name, JsonSerializer.Serialize(integrationEvent), time.GetUtcNow().UtcDateTime));
        return Task.CompletedTask;
    }
}
