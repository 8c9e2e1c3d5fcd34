using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Core.Events;

/// <summary>A fact one module tells others, named in the past tense (CourseCompleted, QuizPassed).</summary>
public interface IIntegrationEvent;

/// <summary>Reacts to an integration event (a subscriber rather than a .NET event handler); registered by the module that cares.</summary>
public interface IIntegrationEventSubscriber<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken ct);
}

/// <summary>Dispatches an event to every registered subscriber; call it after the change that caused it is saved.</summary>
public interface IIntegrationEventPublisher
{
    Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken ct)
        where TEvent : IIntegrationEvent;
}

/// <summary>
/// In-process dispatch within the caller's scope. A subscriber that must survive a crash between save and dispatch
/// will need the database outbox the architecture guide plans; no subscriber needs it yet.
/// </summary>
public sealed class InProcessIntegrationEventPublisher(IServiceProvider services) : IIntegrationEventPublisher
{
    public async Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken ct)
        where TEvent : IIntegrationEvent
    {
        foreach (var subscriber in services.GetServices<IIntegrationEventSubscriber<TEvent>>())
        {
            await subscriber.HandleAsync(integrationEvent, ct);
        }
    }
}
