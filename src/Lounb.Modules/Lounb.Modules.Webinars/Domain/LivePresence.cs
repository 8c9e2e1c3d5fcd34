namespace Lounb.Modules.Webinars.Domain;

/// <summary>
/// One app node that hosts live connections. It refreshes <see cref="SeenAt"/> every few seconds; connections of a node
/// not seen for <see cref="Live.LiveTimings.NodeExpiry"/> no longer count (it crashed) and are removed by the next heartbeat of any node.
/// </summary>
internal sealed class LiveNode
{
    /// <summary>For EF Core.</summary>
    private LiveNode()
    {
    }

    public LiveNode(Guid id, string machineName, DateTime now)
    {
        Id = id;
        MachineName = machineName;
        StartedAt = now;
        SeenAt = now;
    }

    public Guid Id { get; private set; }

    public string MachineName { get; private set; } = "";

    public DateTime StartedAt { get; private set; }

    public DateTime SeenAt { get; private set; }
}

/// <summary>A signed-in person's SignalR connection that joined an event's live room, on one node; removed when it closes.</summary>
internal sealed class LiveConnection
{
    /// <summary>For EF Core.</summary>
    private LiveConnection()
    {
    }

    public LiveConnection(string connectionId, Guid eventId, Guid userId, Guid nodeId, DateTime now)
    {
        ConnectionId = connectionId;
        EventId = eventId;
        UserId = userId;
        NodeId = nodeId;
        ConnectedAt = now;
    }

    public string ConnectionId { get; private set; } = "";

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid NodeId { get; private set; }

    public DateTime ConnectedAt { get; private set; }
}
