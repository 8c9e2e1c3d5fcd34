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

        // The live writer recomputes a person's learner months from their facts.
        fact.HasIndex(f => new { f.PersonId, f.Day });
    }
}

internal sealed class DailyRollupConfiguration : IEntityTypeConfiguration<DailyRollup>
{
    public void Configure(EntityTypeBuilder<DailyRollup> day)
    {
        day.ToTable("reports_daily");
        day.Property(d => d.Id).ValueGeneratedNever();
        RollupColumns.Configure(day);
        day.HasIndex(d => new { d.Day, d.Measure, d.OblastCode, d.HromadaId, d.LibraryId, d.CourseId, d.Audience }).IsUnique();
    }
}

internal sealed class MonthlyRollupConfiguration : IEntityTypeConfiguration<MonthlyRollup>
{
    public void Configure(EntityTypeBuilder<MonthlyRollup> month)
    {
        month.ToTable("reports_monthly");
        RollupColumns.Configure(month);

        // The dashboard reads a range of months, grouped by oblast and measure.
        month.HasKey(m => new { m.Day, m.Measure, m.OblastCode, m.HromadaId, m.LibraryId, m.CourseId, m.Audience });
    }
}

internal sealed class LearnerMonthConfiguration : IEntityTypeConfiguration<LearnerMonth>
{
    public void Configure(EntityTypeBuilder<LearnerMonth> learner)
    {
        learner.ToTable("reports_learner_month");
        learner.Property(l => l.OblastCode).HasMaxLength(ReportsLimits.OblastCodeLength);
        learner.Property(l => l.Audience).HasMaxLength(ReportsLimits.AudienceLength);
        learner.Ignore(l => l.Key);
        learner.Ignore(l => l.LastDay);
        learner.HasKey(l => new { l.PersonId, l.Month, l.AnyCourse, l.CourseId, l.OblastCode, l.HromadaId, l.LibraryId, l.Audience });

        // Active learners: all courses together or one course, the rows of one place each month of the period whose
        // previous day is before the period (one range per month), with what the place filters and the end months'
        // days look at, so the count reads the index alone; rows in several places by month, then their people.
        learner.HasIndex(l => new { l.AnyCourse, l.CourseId, l.SeveralPlaces, l.Month, l.PreviousDay, l.Days, l.OblastCode, l.Audience, l.HromadaId, l.LibraryId });
    }
}

/// <summary>The columns the daily and monthly roll-ups share.</summary>
internal static class RollupColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> rollup)
        where T : RollupRow
    {
        rollup.Property(r => r.Measure).HasMaxLength(ReportsLimits.MeasureLength);
        rollup.Property(r => r.OblastCode).HasMaxLength(ReportsLimits.OblastCodeLength);
        rollup.Property(r => r.Audience).HasMaxLength(ReportsLimits.AudienceLength);
        rollup.Ignore(r => r.Cell);
    }
}
