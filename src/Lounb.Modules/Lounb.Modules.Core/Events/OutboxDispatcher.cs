using System.ComponentModel.DataAnnotations;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Core.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Core.Events;

/// <summary>Bound from "Lounb:Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Lounb:Outbox";

    /// <summary>How often each node looks for events to deliver (an event saved on this node is delivered at once).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 10;
}

/// <summary>
/// Delivers stored integration events. Each event is claimed by one node (<see cref="LeasedWorkClaims"/>); each
/// subscriber runs in its own scope and its success or failure is recorded (<see cref="OutboxDelivery"/>), so a retry
/// runs only the subscribers that have not succeeded; an event with a failing subscriber is retried with the
/// platform's pauses and given up after the last attempt, visible on /admin/queues.
/// </summary>
public sealed class OutboxDispatcher(LounbDbContext db, LeasedWorkClaims claims, IntegrationEventCatalog catalog, IServiceScopeFactory scopes,
    TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 50;

    public static RetrySchedule Schedule => RetrySchedule.Default;

    /// <summary>The events not yet delivered to every subscriber.</summary>
    public static IQueryable<OutboxEvent> Undispatched(LounbDbContext db) => db.Set<OutboxEvent>().Where(e => e.DispatchedAt == null);

    /// <summary>One pass: claims up to <see cref="BatchSize"/> due events and delivers them. Returns how many this node handled.</summary>
    public Task<int> DispatchDueAsync(CancellationToken ct) =>
        claims.ProcessDueAsync(Undispatched(db), Schedule, BatchSize, claim => DeliverAsync(claim, ct), ct);

    private async Task DeliverAsync(WorkClaim claim, CancellationToken ct)
    {
        var stored = await db.Set<OutboxEvent>().AsNoTracking().FirstAsync(e => e.Id == claim.Id, ct);
        Exception? failure = null;
        if (!catalog.TryGet(stored.Type, out var route))
        {
            failure = new InvalidOperationException($"No event type is registered as {stored.Type} (its module is switched off?).");
        }
        else
        {
            IReadOnlyList<string> subscribers;
            await using (var listing = scopes.CreateAsyncScope())
            {
                subscribers = route.Subscribers(listing.ServiceProvider);
            }

            var deliveries = await db.Set<OutboxDelivery>().Where(d => d.EventId == stored.Id).ToDictionaryAsync(d => d.Subscriber, ct);
            foreach (var subscriber in subscribers)
            {
                if (!deliveries.TryGetValue(subscriber, out var delivery))
                {
                    delivery = new OutboxDelivery(stored.Id, subscriber);
                    db.Add(delivery);
                }

                if (delivery.DeliveredAt is not null)
                {
                    continue;
                }

                failure = await DeliverToAsync(route, stored, delivery, ct) ?? failure;
                await db.SaveChangesAsync(ct);
            }
        }

        if (failure is null)
        {
            var dispatchedAt = time.GetUtcNow().UtcDateTime;
            await LeasedWorkClaims.Held(db.Set<OutboxEvent>(), claim)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.DispatchedAt, dispatchedAt).SetProperty(e => e.LastError, (string?)null), ct);
            return;
        }

        var recorded = await claims.ReleaseFailedAsync(db.Set<OutboxEvent>(), claim, stored.Attempts, failure, Schedule, ct);
        WorkLog.Failed(logger, failure, stored.Type, stored.Id, recorded);
    }

    /// <summary>Runs one subscriber in a fresh scope (its own database context) and records the result; returns its failure, if any.</summary>
    private async Task<Exception?> DeliverToAsync(IntegrationEventRoute route, OutboxEvent stored, OutboxDelivery delivery, CancellationToken ct)
    {
        delivery.LastAttemptAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await route.DeliverAsync(scope.ServiceProvider, delivery.Subscriber, stored.Payload, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            delivery.Attempts++;
            delivery.LastError = LeasedWorkClaims.ErrorText(exception);
            return exception;
        }

        delivery.DeliveredAt = time.GetUtcNow().UtcDateTime;
        delivery.LastError = null;
        return null;
    }
}

/// <summary>Delivers stored events on every node: at once when this node saved one, otherwise every <see cref="OutboxOptions.PollSeconds"/>.</summary>
internal sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ScopedWorkLoop.RunAsync<OutboxDispatcher>(scopes, (dispatcher, ct) => dispatcher.DispatchDueAsync(ct), OutboxDispatcher.BatchSize,
            TimeSpan.FromSeconds(options.Value.PollSeconds), signal, time, logger, "outbox", stoppingToken);
}

public static class IntegrationEventServiceCollectionExtensions
{
    /// <summary>Makes <typeparamref name="TEvent"/> publishable under <paramref name="name"/>, the stable name stored with each event (e.g. "courses.course-completed").</summary>
    public static IServiceCollection AddIntegrationEvent<TEvent>(this IServiceCollection services, string name)
        where TEvent : IIntegrationEvent
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        services.AddSingleton<IntegrationEventRoute>(new IntegrationEventRoute<TEvent>(name));
        return services;
    }

    /// <summary>The outbox: the publisher, the catalog of event types, the dispatcher and a worker on every node.</summary>
    public static IServiceCollection AddIntegrationEventOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IntegrationEventCatalog>();
        services.AddSingleton<OutboxSignal>();
        services.AddLeasedWork();
        services.AddScoped<IIntegrationEventPublisher, OutboxIntegrationEventPublisher>();
        services.AddScoped<OutboxDispatcher>();
        services.AddHostedService<OutboxWorker>();
        services.AddWorkQueueProbe("outbox", OutboxDispatcher.Undispatched, OutboxDispatcher.Schedule);
        return services;
    }
}
