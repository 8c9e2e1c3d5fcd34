using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Modules.Hubs.Data;

// The monthly activity reports and the digests. Ids are made by the entities (Guid.CreateVersion7): ValueGeneratedNever.

internal sealed class ReportOfMonthConfiguration : IEntityTypeConfiguration<ReportOfMonth>
{
    public void Configure(EntityTypeBuilder<ReportOfMonth> report)
    {
        report.ToTable("hubs_report");
        report.Property(x => x.Id).ValueGeneratedNever();
        report.Property(r => r.OblastCode).HasMaxLength(HubsLimits.OblastCodeLength);
        report.HasOne<Hub>().WithMany().HasForeignKey(r => r.HubId).OnDelete(DeleteBehavior.Cascade);
        report.HasIndex(r => new { r.HubId, r.Year, r.Month }).IsUnique();
        report.HasIndex(r => new { r.OblastCode, r.Year, r.Month });
        report.HasIndex(r => r.CoordinatorId);
        report.HasMany(r => r.Revisions).WithOne().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        report.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ReportId).OnDelete(DeleteBehavior.Cascade);
        report.Ignore(r => r.Period);
        report.Ignore(r => r.Working);
        report.Ignore(r => r.Approved);
    }
}

internal sealed class ReportRevisionConfiguration : IEntityTypeConfiguration<ReportRevision>
{
    public void Configure(EntityTypeBuilder<ReportRevision> revision)
    {
        revision.ToTable("hubs_report_revision");
        revision.Property(x => x.Id).ValueGeneratedNever();
        revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        revision.Property(r => r.Notes).HasMaxLength(ReportLimits.NotesLength);
        revision.Property(r => r.ReviewComment).HasMaxLength(ReportLimits.CommentLength);
        revision.HasIndex(r => new { r.ReportId, r.Number }).IsUnique();

        // Two reviews (or a review and a save) of the same revision at once: the second is refused, so one approval raises one event.
        revision.Property(r => r.UpdatedAt).IsConcurrencyToken();
        revision.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RevisionId).OnDelete(DeleteBehavior.Cascade);
        revision.Ignore(r => r.Consultations);
        revision.Ignore(r => r.Participants);
        revision.Ignore(r => r.Figures);
    }
}

internal sealed class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> item)
    {
        item.ToTable("hubs_report_event");
        item.Property(x => x.Id).ValueGeneratedNever();
        item.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        item.Property(e => e.Topic).HasMaxLength(ReportLimits.TopicLength);
        item.HasIndex(e => e.RevisionId);
        item.Ignore(e => e.Participants);
    }
}

internal sealed class ReportHistoryEntryConfiguration : IEntityTypeConfiguration<ReportHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ReportHistoryEntry> entry)
    {
        entry.ToTable("hubs_report_history");
        entry.Property(x => x.Id).ValueGeneratedNever();
        entry.Property(h => h.Action).HasConversion<string>().HasMaxLength(24);
        entry.Property(h => h.Comment).HasMaxLength(ReportLimits.CommentLength);
        entry.HasIndex(h => h.ReportId);
    }
}

internal sealed class DigestConfiguration : IEntityTypeConfiguration<Digest>
{
    public void Configure(EntityTypeBuilder<Digest> digest)
    {
        digest.ToTable("hubs_digest");
        digest.Property(x => x.Id).ValueGeneratedNever();
        digest.Property(d => d.Title).HasMaxLength(ReportLimits.DigestTitleLength);
        digest.Property(d => d.Body).HasMaxLength(ReportLimits.DigestBodyLength);
        digest.Property(d => d.OblastCode).HasMaxLength(HubsLimits.OblastCodeLength);
        digest.HasIndex(d => new { d.OblastCode, d.PostedAt });
    }
}

internal sealed class DigestReadingConfiguration : IEntityTypeConfiguration<DigestReading>
{
    public void Configure(EntityTypeBuilder<DigestReading> reading)
    {
        reading.ToTable("hubs_digest_reading");
        reading.HasKey(r => new { r.DigestId, r.PersonId });
        reading.HasOne<Digest>().WithMany().HasForeignKey(r => r.DigestId).OnDelete(DeleteBehavior.Cascade);
    }
}
