using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Modules.Hubs.Data;

// Ids are made by the entities (Guid.CreateVersion7): ValueGeneratedNever.

internal sealed class HubConfiguration : IEntityTypeConfiguration<Hub>
{
    public void Configure(EntityTypeBuilder<Hub> hub)
    {
        hub.ToTable("hubs_hub");
        hub.Property(x => x.Id).ValueGeneratedNever();
        hub.Property(h => h.Name).HasMaxLength(HubsLimits.NameLength);
        hub.Property(h => h.OblastCode).HasMaxLength(HubsLimits.OblastCodeLength);
        hub.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
        hub.HasIndex(h => h.OblastCode);
        hub.HasIndex(h => h.LibraryId);
    }
}

internal sealed class HubCoordinatorConfiguration : IEntityTypeConfiguration<HubCoordinator>
{
    public void Configure(EntityTypeBuilder<HubCoordinator> coordinator)
    {
        coordinator.ToTable("hubs_coordinator");
        coordinator.Property(x => x.Id).ValueGeneratedNever();
        coordinator.HasOne<Hub>().WithMany().HasForeignKey(c => c.HubId).OnDelete(DeleteBehavior.Cascade);
        coordinator.HasIndex(c => new { c.HubId, c.Since });
        coordinator.HasIndex(c => c.PersonId);
    }
}

internal sealed class MentorAssignmentConfiguration : IEntityTypeConfiguration<MentorAssignment>
{
    public void Configure(EntityTypeBuilder<MentorAssignment> assignment)
    {
        assignment.ToTable("hubs_mentor_assignment");
        assignment.Property(x => x.Id).ValueGeneratedNever();
        assignment.HasIndex(a => new { a.MentorId, a.Since });
        assignment.HasIndex(a => new { a.CoordinatorId, a.Since });
    }
}
