using System.Text.Json;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lounb.Modules.Webinars.Data;

internal static partial class WebinarsModelConfiguration
{
    private static void ConfigureLive(ModelBuilder model)
    {
        model.Entity<ChatMessage>(message =>
        {
            message.ToTable("webinars_chat_message");
            message.Property(m => m.AuthorName).HasMaxLength(WebinarLimits.PersonNameLength);
            message.Property(m => m.Text).HasMaxLength(WebinarLimits.ChatMessageLength);
            message.HasIndex(m => new { m.EventId, m.SentAt });
            message.HasIndex(m => new { m.EventId, m.UserId, m.ClientId }).IsUnique();
            message.HasOne<WebinarEvent>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<LiveQuestion>(question =>
        {
            question.ToTable("webinars_question");
            question.Property(q => q.AuthorName).HasMaxLength(WebinarLimits.PersonNameLength);
            question.Property(q => q.Text).HasMaxLength(WebinarLimits.ChatMessageLength);
            question.Property(q => q.Upvotes).IsConcurrencyToken();
            question.HasIndex(q => new { q.EventId, q.AskedAt });
            question.HasIndex(q => new { q.EventId, q.UserId, q.ClientId }).IsUnique();
            question.HasOne<WebinarEvent>().WithMany().HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<QuestionVote>(vote =>
        {
            vote.ToTable("webinars_question_vote");
            vote.HasKey(v => new { v.QuestionId, v.UserId });
            vote.HasOne<LiveQuestion>().WithMany().HasForeignKey(v => v.QuestionId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<LivePoll>(poll =>
        {
            poll.ToTable("webinars_poll");
            poll.Property(p => p.Question).HasMaxLength(WebinarLimits.PollQuestionLength);
            poll.Property(p => p.Options).HasMaxLength(WebinarLimits.PollOptionsColumnLength).HasConversion(
                options => JsonSerializer.Serialize(options, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s)), l => l.ToList()));
            poll.HasIndex(p => p.EventId);
            poll.HasOne<WebinarEvent>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PollVote>(vote =>
        {
            vote.ToTable("webinars_poll_vote");
            vote.HasKey(v => new { v.PollId, v.UserId });
            vote.HasOne<LivePoll>().WithMany().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ChatMute>(mute =>
        {
            mute.ToTable("webinars_chat_mute");
            mute.HasKey(m => new { m.EventId, m.UserId });
            mute.HasOne<WebinarEvent>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<RaisedHand>(hand =>
        {
            hand.ToTable("webinars_raised_hand");
            hand.HasKey(h => new { h.EventId, h.UserId });
            hand.Property(h => h.DisplayName).HasMaxLength(WebinarLimits.PersonNameLength);
            hand.HasOne<WebinarEvent>().WithMany().HasForeignKey(h => h.EventId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>Live presence: the app nodes and the connections that joined an event's room.</summary>
    private static void ConfigureLivePresence(ModelBuilder model)
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
