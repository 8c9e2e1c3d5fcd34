using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Organisation;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Modules.Core.Data;

internal sealed class OblastConfiguration : IEntityTypeConfiguration<Oblast>
{
    public void Configure(EntityTypeBuilder<Oblast> builder)
    {
        builder.ToTable("core_oblast");
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(8);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.NameEn).HasMaxLength(100);
    }
}

internal sealed class HromadaConfiguration : IEntityTypeConfiguration<Hromada>
{
    public void Configure(EntityTypeBuilder<Hromada> builder)
    {
        builder.ToTable("core_hromada");
        builder.Property(h => h.Name).HasMaxLength(OrganisationLimits.HromadaNameLength);
        builder.Property(h => h.OblastCode).HasMaxLength(8);
        builder.HasOne<Oblast>().WithMany().HasForeignKey(h => h.OblastCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.OblastCode, h.Name }).IsUnique();
    }
}

internal sealed class LibraryConfiguration : IEntityTypeConfiguration<Library>
{
    public void Configure(EntityTypeBuilder<Library> builder)
    {
        builder.ToTable("core_library");
        builder.Property(l => l.Name).HasMaxLength(OrganisationLimits.LibraryNameLength);
        builder.Property(l => l.ShortName).HasMaxLength(OrganisationLimits.LibraryShortNameLength);
        builder.Property(l => l.Address).HasMaxLength(OrganisationLimits.LibraryAddressLength);
        builder.Property(l => l.Email).HasMaxLength(OrganisationLimits.LibraryEmailLength);
        builder.Property(l => l.OblastCode).HasMaxLength(8);
        builder.HasOne<Hromada>().WithMany().HasForeignKey(l => l.HromadaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Oblast>().WithMany().HasForeignKey(l => l.OblastCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.HromadaId, l.Name }).IsUnique();
        builder.HasIndex(l => l.OblastCode);
        builder.HasMany(l => l.Departments).WithOne().HasForeignKey(d => d.LibraryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("core_department");
        builder.Property(d => d.Name).HasMaxLength(OrganisationLimits.DepartmentNameLength);
        builder.Property(d => d.Abbreviation).HasMaxLength(OrganisationLimits.DepartmentAbbreviationLength);
        builder.HasIndex(d => new { d.LibraryId, d.Name }).IsUnique();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("core_audit_entry");
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.ActorName).HasMaxLength(256);
        builder.Property(a => a.Target).HasMaxLength(256);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Action);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.ToTable("core_data_protection_key");
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<LounbUser>
{
    public void Configure(EntityTypeBuilder<LounbUser> builder)
    {
        builder.ToTable("identity_user");
        builder.Property(u => u.FullName).HasMaxLength(PersonLimits.FullNameLength);
        builder.Property(u => u.OblastCode).HasMaxLength(8);
        builder.HasOne<Oblast>().WithMany().HasForeignKey(u => u.OblastCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hromada>().WithMany().HasForeignKey(u => u.HromadaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Library>().WithMany().HasForeignKey(u => u.LibraryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OblastCode);
        builder.Property(u => u.SearchText).HasMaxLength(500);
        builder.Property(u => u.SortName).HasMaxLength(PersonLimits.FullNameLength);
        builder.HasIndex(u => u.SortName);
        builder.HasIndex(u => u.FullName);
        builder.OwnsOne(u => u.GuardianConsent, consent =>
        {
            consent.Property(c => c.GuardianName).HasMaxLength(PersonLimits.GuardianLength).HasColumnName("guardian_name");
            consent.Property(c => c.GuardianContact).HasMaxLength(PersonLimits.GuardianLength).HasColumnName("guardian_contact");
            consent.Property(c => c.RecordedAt).HasColumnName("guardian_consent_recorded_at");
        });
        builder.Ignore(u => u.IsUnder14);
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<LounbRole>
{
    public void Configure(EntityTypeBuilder<LounbRole> builder) => builder.ToTable("identity_role");
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<LounbUserRole>
{
    public void Configure(EntityTypeBuilder<LounbUserRole> builder)
    {
        builder.ToTable("identity_user_role");
        builder.Property(r => r.ScopeOblastCode).HasMaxLength(8);
        builder.HasOne<Oblast>().WithMany().HasForeignKey(r => r.ScopeOblastCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityRoleClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("identity_user_claim");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("identity_user_login");

    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> builder) => builder.ToTable("identity_role_claim");

    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("identity_user_token");
}

internal sealed class QueuedMailConfiguration : IEntityTypeConfiguration<Lounb.Modules.Core.Email.QueuedMail>
{
    public void Configure(EntityTypeBuilder<Lounb.Modules.Core.Email.QueuedMail> builder)
    {
        builder.ToTable("core_mail");
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.ClaimedBy).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MailId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.SentAt, m.DueAt });
    }
}

internal sealed class QueuedMailAttachmentConfiguration : IEntityTypeConfiguration<Lounb.Modules.Core.Email.QueuedMailAttachment>
{
    public void Configure(EntityTypeBuilder<Lounb.Modules.Core.Email.QueuedMailAttachment> builder)
    {
        builder.ToTable("core_mail_attachment");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(200);
    }
}

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<Lounb.Modules.Core.Events.OutboxEvent>
{
    public void Configure(EntityTypeBuilder<Lounb.Modules.Core.Events.OutboxEvent> builder)
    {
        builder.ToTable("core_outbox_event");
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.ClaimedBy).HasMaxLength(200);
        builder.Property(e => e.LastError).HasMaxLength(1000);
        builder.HasIndex(e => new { e.DispatchedAt, e.DueAt });
    }
}

internal sealed class OutboxDeliveryConfiguration : IEntityTypeConfiguration<Lounb.Modules.Core.Events.OutboxDelivery>
{
    public void Configure(EntityTypeBuilder<Lounb.Modules.Core.Events.OutboxDelivery> builder)
    {
        builder.ToTable("core_outbox_delivery");
        builder.HasKey(d => new { d.EventId, d.Subscriber });
        builder.Property(d => d.Subscriber).HasMaxLength(300);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.HasOne<Lounb.Modules.Core.Events.OutboxEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
