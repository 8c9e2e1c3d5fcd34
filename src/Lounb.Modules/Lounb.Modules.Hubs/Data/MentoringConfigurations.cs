using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Modules.Hubs.Data;

internal sealed class HubStopConfiguration : IEntityTypeConfiguration<HubStop>
{
    public void Configure(EntityTypeBuilder<HubStop> stop)
    {
        stop.ToTable("hubs_stop");
        stop.Property(x => x.Id).ValueGeneratedNever();
        stop.HasOne<Hub>().WithMany().HasForeignKey(s => s.HubId).OnDelete(DeleteBehavior.Cascade);
        stop.Property(s => s.Place).HasMaxLength(HubsLimits.NameLength);
        stop.Property(s => s.Address).HasMaxLength(HubsLimits.AddressLength);
        stop.Property(s => s.Community).HasMaxLength(HubsLimits.NameLength);
        stop.Property(s => s.OblastCode).HasMaxLength(HubsLimits.OblastCodeLength);
        stop.Property(s => s.Offer).HasMaxLength(HubsLimits.TextLength);
        stop.HasIndex(s => new { s.HubId, s.Day });
    }
}

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> assessment)
    {
        assessment.ToTable("hubs_self_assessment");
        assessment.Property(x => x.Id).ValueGeneratedNever();
        assessment.Property(a => a.Stage).HasConversion<string>().HasMaxLength(8);
        assessment.HasIndex(a => new { a.CoordinatorId, a.Stage }).IsUnique();
        assessment.OwnsMany(a => a.Ratings, rating =>
        {
            rating.ToTable("hubs_self_assessment_rating");
            rating.WithOwner().HasForeignKey("SelfAssessmentId");
            rating.Property<int>("Id");
            rating.HasKey("Id");
            rating.Property(r => r.Code).HasMaxLength(8);
        });
    }
}

internal sealed class MentoringGoalConfiguration : IEntityTypeConfiguration<MentoringGoal>
{
    public void Configure(EntityTypeBuilder<MentoringGoal> goal)
    {
        goal.ToTable("hubs_goal");
        goal.Property(x => x.Id).ValueGeneratedNever();
        goal.Property(g => g.Title).HasMaxLength(HubsLimits.NameLength);
        goal.Property(g => g.Status).HasConversion<string>().HasMaxLength(16);
        goal.HasIndex(g => g.CoordinatorId);
    }
}

internal sealed class MentoringSessionConfiguration : IEntityTypeConfiguration<MentoringSession>
{
    public void Configure(EntityTypeBuilder<MentoringSession> session)
    {
        session.ToTable("hubs_session");
        session.Property(x => x.Id).ValueGeneratedNever();
        session.Property(s => s.Format).HasConversion<string>().HasMaxLength(16);
        session.Property(s => s.Topics).HasMaxLength(HubsLimits.TextLength);
        session.Property(s => s.Notes).HasMaxLength(HubsLimits.TextLength);
        session.HasIndex(s => new { s.CoordinatorId, s.HeldOn });
        session.HasIndex(s => s.MentorId);
    }
}

internal sealed class AgreedActionConfiguration : IEntityTypeConfiguration<AgreedAction>
{
    public void Configure(EntityTypeBuilder<AgreedAction> action)
    {
        action.ToTable("hubs_action");
        action.Property(x => x.Id).ValueGeneratedNever();
        action.HasOne<MentoringSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        action.Property(a => a.Text).HasMaxLength(HubsLimits.NameLength);
        action.Property(a => a.Owner).HasConversion<string>().HasMaxLength(16);
        action.HasIndex(a => new { a.CoordinatorId, a.DueOn });
    }
}
