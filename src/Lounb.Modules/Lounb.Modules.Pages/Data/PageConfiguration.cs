using Lounb.Modules.Pages.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Modules.Pages.Data;

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> builder)
    {
        builder.ToTable("pages_page");
        builder.Property(p => p.Slug).HasMaxLength(80);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(500);
        builder.Property(p => p.BodyMarkdown).HasMaxLength(100_000);
        builder.Property(p => p.BodyHtml);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => new { p.Kind, p.Status, p.PublishedAt });
    }
}
