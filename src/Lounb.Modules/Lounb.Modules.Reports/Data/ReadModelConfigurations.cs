using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Modules.Reports.Data;

internal sealed class ReportFactConfiguration : IEntityTypeConfiguration<ReportFact>
{
    public void Configure(EntityTypeBuilder<ReportFact> fact)
    {
        fact.ToTable("reports_fact");
        fact.HasKey(f => f.Key);
        fact.Property(f => f.Key).HasMaxLength(ReportsLimits.FactKeyLength);
        fact.Property(f => f.Measure).HasMaxLength(ReportsLimits.MeasureLength);
        fact.Property(f => f.OblastCode).HasMaxLength(ReportsLimits.OblastCodeLength);
        fact.Property(f => f.Audience).HasMaxLength(ReportsLimits.AudienceLength);
        fact.Ignore(f => f.Cell);

        // Active learners and drill-down read a measure over a period, then its people.
        fact.HasIndex(f => new { f.Measure, f.Day, f.OblastCode, f.PersonId });
    }
}

internal sealed class DailyRollupConfiguration : IEntityTypeConfiguration<DailyRollup>
{
    public void Configure(EntityTypeBuilder<DailyRollup> day)
    {
        day.ToTable("reports_daily");
        day.Property(d => d.Id).ValueGeneratedNever();
        day.Property(d => d.Measure).HasMaxLength(ReportsLimits.MeasureLength);
        day.Property(d => d.OblastCode).HasMaxLength(ReportsLimits.OblastCodeLength);
        day.Property(d => d.Audience).HasMaxLength(ReportsLimits.AudienceLength);
        day.Ignore(d => d.Cell);
        day.HasIndex(d => new { d.Day, d.Measure, d.OblastCode, d.HromadaId, d.LibraryId, d.CourseId, d.Audience }).IsUnique();
    }
}
