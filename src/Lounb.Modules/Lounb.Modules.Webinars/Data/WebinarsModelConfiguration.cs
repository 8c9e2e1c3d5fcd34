using System.Text.Json;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lounb.Modules.Webinars.Data;

internal static class WebinarsModelConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<WebinarSeries>(series =>
        {
            series.ToTable("webinars_series");
            series.Property(s => s.Uid).HasMaxLength(120);
            series.Property(s => s.Title).HasMaxLength(300);
            series.Property(s => s.RecurrenceRule).HasMaxLength(300);
            series.Property(s => s.OblastCode).HasMaxLength(8);
            series.HasIndex(s => s.Uid).IsUnique();
        });
        model.Entity<WebinarEvent>(webinar =>
        {
            webinar.ToTable("webinars_event");
            webinar.Property(e => e.Uid).HasMaxLength(120);
            webinar.Property(e => e.Title).HasMaxLength(300);
            webinar.Property(e => e.Description).HasMaxLength(20_000);
            webinar.Property(e => e.Materials).HasMaxLength(20_000);
            webinar.Property(e => e.CancellationReason).HasMaxLength(500);
            webinar.Property(e => e.OblastCode).HasMaxLength(8);
            webinar.Property(e => e.Location).HasMaxLength(300);
            webinar.Property(e => e.ExternalUrl).HasMaxLength(1000);
            webinar.Property(e => e.RoomName).HasMaxLength(80);
            webinar.Property(e => e.RecordingUrl).HasMaxLength(1000);
            webinar.Ignore(e => e.EndsAt);
            webinar.Ignore(e => e.IsCancelled);
            webinar.Ignore(e => e.HasFreeSeat);
            webinar.Property(e => e.SeatVersion).IsConcurrencyToken();
            webinar.HasIndex(e => e.StartsAt);
            webinar.HasIndex(e => e.RoomName).IsUnique();
            webinar.HasIndex(e => new { e.SeriesId, e.OriginalStartsAt }).IsUnique();
            webinar.HasIndex(e => e.CourseRunId);
            webinar.HasOne<WebinarSeries>().WithMany().HasForeignKey(e => e.SeriesId).OnDelete(DeleteBehavior.Restrict);
            webinar.HasMany(e => e.Hosts).WithOne().HasForeignKey(h => h.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<EventHost>(host =>
        {
            host.ToTable("webinars_host");
            host.Property(h => h.DisplayName).HasMaxLength(200);
            host.HasIndex(h => new { h.EventId, h.UserId });
            host.HasOne<LounbUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Registration>(registration =>
        {
            registration.ToTable("webinars_registration");
            registration.HasIndex(r => new { r.EventId, r.UserId }).IsUnique();
            registration.HasIndex(r => new { r.UserId, r.Status });
            registration.HasOne<WebinarEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
            registration.HasOne<LounbUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            registration.Ignore(r => r.HoldsSeat);
            registration.Ignore(r => r.IsActive);
        });
        model.Entity<AttendanceSignal>(signal =>
        {
            signal.ToTable("webinars_attendance_signal");
            signal.Property(s => s.ExternalId).HasMaxLength(120);
            signal.Property(s => s.SessionKey).HasMaxLength(120);
            signal.HasIndex(s => new { s.Source, s.ExternalId }).IsUnique();
            signal.HasIndex(s => new { s.EventId, s.UserId });
            signal.HasOne<WebinarEvent>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<AttendanceRecord>(record =>
        {
            record.ToTable("webinars_attendance");
            record.Property(r => r.CorrectionNote).HasMaxLength(500);
            record.HasIndex(r => new { r.EventId, r.UserId }).IsUnique();
            record.HasIndex(r => r.UserId);
            record.HasOne<WebinarEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
            record.HasOne<LounbUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            record.Ignore(r => r.Attended);
            record.Ignore(r => r.EffectiveMinutes);
        });
        ConfigureLive(model);
        Live.LiveModelConfiguration.Apply(model);
        ConfigureReminders(model);
    }

    private static void ConfigureLive(ModelBuilder model)
    {
        model.Entity<ChatMessage>(message =>
        {
            message.ToTable("webinars_chat_message");
            message.Property(m => m.AuthorName).HasMaxLength(200);
            message.Property(m => m.Text).HasMaxLength(1000);
            message.HasIndex(m => new { m.EventId, m.SentAt });
            message.HasIndex(m => new { m.EventId, m.UserId, m.ClientId }).IsUnique();
            message.HasOne<WebinarEvent>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<LiveQuestion>(question =>
        {
            question.ToTable("webinars_question");
            question.Property(q => q.AuthorName).HasMaxLength(200);
            question.Property(q => q.Text).HasMaxLength(1000);
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
            poll.Property(p => p.Question).HasMaxLength(300);
            poll.Property(p => p.Options).HasMaxLength(4000).HasConversion(
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
            hand.Property(h => h.DisplayName).HasMaxLength(200);
            hand.HasOne<WebinarEvent>().WithMany().HasForeignKey(h => h.EventId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureReminders(ModelBuilder model)
    {
        model.Entity<ReminderJob>(job =>
        {
            job.ToTable("webinars_reminder");
            job.Property(j => j.ClaimedBy).HasMaxLength(100);
            job.Property(j => j.LastError).HasMaxLength(1000);
            job.HasIndex(j => new { j.EventId, j.UserId, j.Kind }).IsUnique();
            job.HasIndex(j => new { j.SentAt, j.DueAt });
            job.HasOne<WebinarEvent>().WithMany().HasForeignKey(j => j.EventId).OnDelete(DeleteBehavior.Cascade);
            job.HasOne<LounbUser>().WithMany().HasForeignKey(j => j.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<CalendarFeedToken>(token =>
        {
            token.ToTable("webinars_calendar_token");
            token.HasKey(t => t.UserId);
            token.Property(t => t.Token).HasMaxLength(64);
            token.HasIndex(t => t.Token).IsUnique();
            token.HasOne<LounbUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<TelegramLink>(link =>
        {
            link.ToTable("webinars_telegram_link");
            link.HasKey(l => l.UserId);
            link.Property(l => l.LinkCode).HasMaxLength(64);
            link.HasIndex(l => l.LinkCode).IsUnique();
            link.HasOne<LounbUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
