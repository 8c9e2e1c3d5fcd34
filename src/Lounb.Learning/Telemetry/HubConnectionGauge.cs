using System.Diagnostics.Metrics;
using Lounb.Modules.Core.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace Lounb.Learning.Telemetry;

/// <summary>
/// <c>lounb_signalr_connections{hub}</c>: the SignalR connections open on this node, per hub class (a fixed, small set).
/// A hub filter of every hub: counted once the hub accepted the connection, uncounted when it ends.
/// </summary>
internal sealed class HubConnectionGauge : IHubFilter
{
    private readonly UpDownCounter<long> _connections;

    public HubConnectionGauge(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _connections = meters.Create(LounbTelemetry.MeterName)
            .CreateUpDownCounter<long>("lounb.signalr.connections", "{connection}", "SignalR connections open on this node, by hub.");
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // A hub that refuses the connection (throws) never gets OnDisconnectedAsync, so only an accepted one counts.
        await next(context);
        _connections.Add(1, HubOf(context));
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        _connections.Add(-1, HubOf(context));
        await next(context, exception);
    }

    private static KeyValuePair<string, object?> HubOf(HubLifetimeContext context) => new("hub", context.Hub.GetType().Name);
}
