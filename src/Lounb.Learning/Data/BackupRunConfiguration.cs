using Lounb.Learning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Learning.Data;

internal sealed class BackupRunConfiguration : IEntityTypeConfiguration<BackupRun>
{
    public void Configure(EntityTypeBuilder<BackupRun> builder)
    {
        builder.ToTable("platform_backup_run");
        builder.Property(r => r.FileName).HasMaxLength(BackupLimits.FileNameLength);
        builder.Property(r => r.Node).HasMaxLength(BackupLimits.NodeLength);
        builder.Property(r => r.ClaimedBy).HasMaxLength(BackupLimits.NodeLength);
        builder.Property(r => r.LastError).HasMaxLength(BackupLimits.ErrorLength);
        // One scheduled run a day, whichever node inserts it first; runs asked for by hand have no date.
        builder.HasIndex(r => r.ScheduledFor).IsUnique();
        builder.HasIndex(r => r.FinishedAt);
    }
}
