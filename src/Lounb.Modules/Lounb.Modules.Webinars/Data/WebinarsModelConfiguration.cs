using Lounb.Modules.Core.Identity;
using Lounb.Modules.Webinars.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Webinars.Data;

/// <summary>The tables of the module (webinars_*); the live room's are in WebinarsModelConfiguration.Live.cs, reminders and links in .Reminders.cs.</summary>
internal static partial class WebinarsModelConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<WebinarSeries>(series =>
        {
            series.ToTable("webinars_series");
            series.Property(s => s.Uid).HasMaxLength(120);
            series.Property(s => s.Title).HasMaxLength(WebinarLimits.TitleLength);
            series.Property(s => s.RecurrenceRule).HasMaxLength(300);
            series.Property(s => s.OblastCode).HasMaxLength(8);
            series.HasIndex(s => s.Uid).IsUnique();
        });
        model.Entity<WebinarEvent>(webinar =>
        {
            webinar.ToTable("webinars_event");
            webinar.Property(e => e.Uid).HasMaxLength(120);
            webinar.Property(e => e.Title).HasMaxLength(WebinarLimits.TitleLength);
            webinar.Property(e => e.Description).HasMaxLength(WebinarLimits.DescriptionLength);
            webinar.Property(e => e.Materials).HasMaxLength(WebinarLimits.DescriptionLength);
            webinar.Property(e => e.CancellationReason).HasMaxLength(WebinarLimits.CancellationReasonLength);
            webinar.Property(e => e.OblastCode).HasMaxLength(8);
            webinar.Property(e => e.Location).HasMaxLength(WebinarLimits.LocationLength);
            webinar.Property(e => e.ExternalUrl).HasMaxLength(WebinarLimits.UrlLength);
            webinar.Property(e => e.RoomName).HasMaxLength(80);
            webinar.Property(e => e.RecordingUrl).HasMaxLength(WebinarLimits.UrlLength);
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
            host.Property(h => h.DisplayName).HasMaxLength(WebinarLimits.PersonNameLength);
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
            record.Property(r => r.CorrectionNote).HasMaxLength(WebinarLimits.CorrectionNoteLength);
            record.HasIndex(r => new { r.EventId, r.UserId }).IsUnique();
            record.HasIndex(r => r.UserId);
            record.HasOne<WebinarEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
            record.HasOne<LounbUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            record.Ignore(r => r.Attended);
            record.Ignore(r => r.EffectiveMinutes);
        });
        ConfigureLive(model);
        ConfigureLivePresence(model);
        ConfigureReminders(model);
    }
}
