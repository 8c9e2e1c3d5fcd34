using Lounb.Modules.Certificates.Domain;
using Lounb.Modules.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Certificates.Data;

internal static class CertificatesModelConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<Certificate>(certificate =>
        {
            certificate.ToTable("certificates_certificate");
            certificate.Property(c => c.Number).HasMaxLength(40);
            certificate.Property(c => c.VerificationCode).HasMaxLength(CertificateLimits.VerificationCodeLength);
            certificate.Property(c => c.HolderName).HasMaxLength(CertificateLimits.HolderNameLength);
            certificate.Property(c => c.HolderOblastCode).HasMaxLength(8);
            certificate.Property(c => c.Title).HasMaxLength(CertificateLimits.TitleLength);
            certificate.Property(c => c.RevocationReason).HasMaxLength(CertificateLimits.RevocationReasonLength);
            certificate.HasIndex(c => c.Number).IsUnique();
            certificate.HasIndex(c => c.VerificationCode).IsUnique();
            // One current certificate per holder and achievement; replaced ones (reissues) stay as history.
            certificate.HasIndex(c => new { c.Kind, c.SourceId, c.HolderId }).IsUnique().HasFilter("\"replaced_by_id\" IS NULL");
            certificate.HasIndex(c => c.HolderId);
            certificate.HasIndex(c => c.GroupId);
            certificate.HasOne<LounbUser>().WithMany().HasForeignKey(c => c.HolderId).OnDelete(DeleteBehavior.Restrict);
            certificate.Ignore(c => c.IsRevoked);
        });
        model.Entity<SigningKey>(key =>
        {
            key.ToTable("certificates_signing_key");
            key.HasKey(k => k.KeyId);
            key.Property(k => k.KeyId).HasMaxLength(60);
            key.Property(k => k.Modulus).HasMaxLength(1000);
            key.Property(k => k.Exponent).HasMaxLength(20);
        });
        model.Entity<CertificateTemplate>(template =>
        {
            template.ToTable("certificates_template");
            template.Property(t => t.Name).HasMaxLength(CertificateLimits.TemplateNameLength);
            template.Property(t => t.Title).HasMaxLength(CertificateLimits.TemplateTitleLength);
            template.Property(t => t.Body).HasMaxLength(CertificateLimits.TemplateBodyLength);
            template.Property(t => t.SignatoryPosition).HasMaxLength(CertificateLimits.SignatoryLength);
            template.Property(t => t.SignatoryName).HasMaxLength(CertificateLimits.SignatoryLength);
            template.Property(t => t.LogoContentType).HasMaxLength(40);
            template.Property(t => t.SignatureContentType).HasMaxLength(40);
            template.HasIndex(t => new { t.Kind, t.GroupId }).IsUnique();
        });
        model.Entity<CertificateCounter>(counter =>
        {
            counter.ToTable("certificates_counter");
            counter.HasKey(c => new { c.Series, c.Year });
            counter.Property(c => c.Series).HasMaxLength(20);
            counter.Property(c => c.Last).IsConcurrencyToken();
        });
    }
}
