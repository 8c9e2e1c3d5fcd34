using Lounb.Modules.Pages.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Modules.Pages.Data;

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> builder)
    {
        builder.ToTable("pages_page");
        builder.Property(p => p.Slug).HasMaxLength(PageLimits.SlugLength);
        builder.Property(p => p.Title).HasMaxLength(PageLimits.TitleLength);
        builder.Property(p => p.Summary).HasMaxLength(PageLimits.SummaryLength);
        builder.Property(p => p.BodyMarkdown).HasMaxLength(PageLimits.BodyLength);
        builder.Property(p => p.BodyHtml);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => new { p.Kind, p.Status, p.PublishedAt });
    }
}
