using Lounb.Modules.Core.Identity;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Data;

internal static partial class WebinarsModelConfiguration
{
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
