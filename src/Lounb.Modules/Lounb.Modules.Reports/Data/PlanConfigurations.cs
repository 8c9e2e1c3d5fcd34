using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Modules.Reports.Data;

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("reports_plan_targets");
        builder.HasKey(t => new { t.Year, t.OblastCode, t.Indicator });
        builder.Property(t => t.OblastCode).HasMaxLength(PlanLimits.OblastCodeLength);
        builder.Property(t => t.Indicator).HasConversion<string>().HasMaxLength(PlanLimits.IndicatorLength);
    }
}

internal sealed class PlanMonthFigureConfiguration : IEntityTypeConfiguration<PlanMonthFigure>
{
    public void Configure(EntityTypeBuilder<PlanMonthFigure> builder)
    {
        builder.ToTable("reports_plan_figures");
        builder.HasKey(f => new { f.Year, f.OblastCode, f.Indicator, f.Month });
        builder.Property(f => f.OblastCode).HasMaxLength(PlanLimits.OblastCodeLength);
        builder.Property(f => f.Indicator).HasConversion<string>().HasMaxLength(PlanLimits.IndicatorLength);
    }
}

internal sealed class PlanSummaryLetterConfiguration : IEntityTypeConfiguration<PlanSummaryLetter>
{
    public void Configure(EntityTypeBuilder<PlanSummaryLetter> builder)
    {
        builder.ToTable("reports_plan_summaries");
        builder.HasKey(l => new { l.PersonId, l.Year, l.Month });
    }
}

internal sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> builder)
    {
        builder.ToTable("reports_export_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.OwnerScope).HasMaxLength(ExportLimits.ScopeLength);
        builder.Property(j => j.SourceKey).HasMaxLength(ExportLimits.SourceKeyLength);
        builder.Property(j => j.Parameter).HasMaxLength(ExportLimits.ParameterLength);
        builder.Property(j => j.Title).HasMaxLength(ExportLimits.TitleLength);
        builder.Property(j => j.Format).HasConversion<string>().HasMaxLength(8);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.FileKey).HasMaxLength(200);
        builder.Property(j => j.FileName).HasMaxLength(ExportLimits.TitleLength);
        builder.Property(j => j.ClaimedBy).HasMaxLength(200);
        builder.Property(j => j.LastError).HasMaxLength(1000);
        builder.Ignore(j => j.PercentDone);
        builder.HasIndex(j => new { j.Status, j.DueAt });
        builder.HasIndex(j => j.OwnerId);
        builder.HasIndex(j => j.ExpiresAt);
    }
}
