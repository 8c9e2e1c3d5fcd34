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
        // A combination of flags: kept as a number (the string convention would write "A, B, C").
        hub.Property(h => h.Services).HasConversion<int>();
        hub.Property(h => h.Address).HasMaxLength(HubsLimits.AddressLength);
        hub.Property(h => h.Phone).HasMaxLength(HubsLimits.ContactLength);
        hub.Property(h => h.Email).HasMaxLength(HubsLimits.ContactLength);
        hub.Property(h => h.OpeningHours).HasMaxLength(7 * (HubsLimits.HoursLength + 1));
        hub.OwnsMany(h => h.Equipment, item =>
        {
            item.ToTable("hubs_equipment");
            item.WithOwner().HasForeignKey("HubId");
            item.Property<int>("Id");
            item.HasKey("Id");
            item.Property(i => i.Name).HasMaxLength(HubsLimits.EquipmentNameLength);
            item.Property(i => i.Note).HasMaxLength(HubsLimits.EquipmentNoteLength);
        });
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
