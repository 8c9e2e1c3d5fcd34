using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Live;

/// <summary>Tables of live presence: the app nodes and the connections that joined an event's room.</summary>
internal static class LiveModelConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<LiveNode>(node =>
        {
            node.ToTable("webinars_live_node");
            node.Property(n => n.MachineName).HasMaxLength(200);
            node.HasIndex(n => n.SeenAt);
        });
        model.Entity<LiveConnection>(connection =>
        {
            connection.ToTable("webinars_live_connection");
            connection.HasKey(c => new { c.ConnectionId, c.EventId });
            connection.Property(c => c.ConnectionId).HasMaxLength(64);
            connection.HasIndex(c => new { c.EventId, c.UserId });
            connection.HasIndex(c => c.NodeId);
            connection.HasOne<WebinarEvent>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
