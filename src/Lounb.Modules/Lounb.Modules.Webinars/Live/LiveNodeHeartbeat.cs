using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Jobs;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lounb.Modules.Webinars.Live;

/// <summary>This app process as a live node: a new id on every start, so rows of an earlier run never count as live.</summary>
internal sealed class LiveNodeIdentity
{
    public Guid Id { get; } = Guid.CreateVersion7();
}

/// <summary>
/// Keeps this node's row fresh, removes the connections of nodes that stopped beating (crashed; a clean stop removes its
/// own), and on a clean stop deletes this node's connections so presence drops at once. With several nodes each one does
/// the same: the work is idempotent.
/// </summary>
internal sealed partial class LiveNodeHeartbeat(
    LiveNodeIdentity node, IServiceScopeFactory scopes, LiveBroadcastQueue queue, TimeProvider time, ILogger<LiveNodeHeartbeat> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Registered before the server takes requests, so the first joins already count.
        await BeatAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
            await db.Set<LiveConnection>().Where(c => c.NodeId == node.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Set<LiveNode>().Where(n => n.Id == node.Id).ExecuteDeleteAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        WorkLoop.RunAsync(BeatAsync, LiveTimings.Heartbeat, time, e => LogFailed(logger, e), stoppingToken);

    private async Task BeatAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LounbDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var updated = await db.Set<LiveNode>().Where(n => n.Id == node.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.SeenAt, now), ct);
        if (updated == 0)
        {
            db.Add(new LiveNode(node.Id, Environment.MachineName, now));
            await db.SaveChangesAsync(ct);
        }

        var cutoff = now - LiveTimings.NodeExpiry;
        var orphaned = db.Set<LiveConnection>().Where(c => !db.Set<LiveNode>().Any(n => n.Id == c.NodeId && n.SeenAt > cutoff));
        var events = await orphaned.Select(c => c.EventId).Distinct().ToListAsync(ct);
        if (events.Count > 0)
        {
            await orphaned.ExecuteDeleteAsync(ct);
            events.ForEach(e => queue.Mark(LiveTopic.Presence, e));
        }

        await db.Set<LiveNode>().Where(n => n.SeenAt <= cutoff).ExecuteDeleteAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live node heartbeat failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
