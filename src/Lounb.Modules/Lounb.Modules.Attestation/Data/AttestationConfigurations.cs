using Lounb.Modules.Attestation.Domain;
using Lounb.Modules.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lounb.Modules.Attestation.Data;

// Ids are made by the entities (Guid.CreateVersion7), so rows added to a loaded aggregate's list (a candidate's record,
// a decision's votes) are inserted, not mistaken for existing ones: ValueGeneratedNever.

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> campaign)
    {
        campaign.ToTable("attestation_campaign");
        campaign.Property(x => x.Id).ValueGeneratedNever();
        campaign.Property(c => c.Name).HasMaxLength(AttestationLimits.NameLength);
        campaign.Property(c => c.OrderNumber).HasMaxLength(AttestationLimits.OrderNumberLength);
        campaign.Property(c => c.OblastCode).HasMaxLength(AttestationLimits.OblastCodeLength);
        campaign.Ignore(c => c.Quorum);
        campaign.HasIndex(c => c.OblastCode);
        campaign.HasMany(c => c.ScopeUnits).WithOne().HasForeignKey(u => u.CampaignId).OnDelete(DeleteBehavior.Cascade);
        campaign.HasMany(c => c.Dates).WithOne().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);
        campaign.Navigation(c => c.ScopeUnits).UsePropertyAccessMode(PropertyAccessMode.Field);
        campaign.Navigation(c => c.Dates).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CampaignScopeUnitConfiguration : IEntityTypeConfiguration<CampaignScopeUnit>
{
    public void Configure(EntityTypeBuilder<CampaignScopeUnit> unit)
    {
        unit.ToTable("attestation_campaign_scope");
        unit.Property(x => x.Id).ValueGeneratedNever();
        unit.HasIndex(u => new { u.CampaignId, u.Kind, u.UnitId }).IsUnique();
    }
}

internal sealed class CampaignDateConfiguration : IEntityTypeConfiguration<CampaignDate>
{
    public void Configure(EntityTypeBuilder<CampaignDate> date)
    {
        date.ToTable("attestation_campaign_date");
        date.Property(x => x.Id).ValueGeneratedNever();
        date.Property(d => d.Place).HasMaxLength(AttestationLimits.PlaceLength);
        date.HasIndex(d => new { d.CampaignId, d.Kind, d.Date }).IsUnique();
    }
}

internal sealed class CommissionMemberConfiguration : IEntityTypeConfiguration<CommissionMember>
{
    public void Configure(EntityTypeBuilder<CommissionMember> member)
    {
        member.ToTable("attestation_commission_member");
        member.Property(x => x.Id).ValueGeneratedNever();
        member.Ignore(m => m.IsActive);
        member.HasIndex(m => new { m.CampaignId, m.UserId });
        member.HasIndex(m => m.UserId);
        member.HasOne<Campaign>().WithMany().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<LounbUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> candidate)
    {
        candidate.ToTable("attestation_candidate");
        candidate.Property(x => x.Id).ValueGeneratedNever();
        candidate.Property(c => c.Surname).HasMaxLength(AttestationLimits.PersonNameLength);
        candidate.Property(c => c.GivenName).HasMaxLength(AttestationLimits.PersonNameLength);
        candidate.Property(c => c.Patronymic).HasMaxLength(AttestationLimits.PersonNameLength);
        candidate.Property(c => c.Position).HasMaxLength(AttestationLimits.PositionLength);
        candidate.Property(c => c.Email).HasMaxLength(AttestationLimits.EmailLength);
        candidate.Property(c => c.NormalizedEmail).HasMaxLength(AttestationLimits.EmailLength);
        candidate.Property(c => c.TestPercent).HasPrecision(5, 2);
        candidate.Property(c => c.InterviewNotes).HasMaxLength(AttestationLimits.InterviewNotesLength);
        candidate.Property(c => c.InterviewPlace).HasMaxLength(AttestationLimits.PlaceLength);
        candidate.Property(c => c.AppealText).HasMaxLength(AttestationLimits.NoteLength);
        candidate.Ignore(c => c.FullName);
        candidate.HasIndex(c => new { c.CampaignId, c.NormalizedEmail }).IsUnique();
        candidate.HasIndex(c => c.UserId);
        candidate.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        candidate.HasOne<LounbUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
        candidate.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CandidateId).OnDelete(DeleteBehavior.Cascade);
        candidate.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CandidateEventConfiguration : IEntityTypeConfiguration<CandidateEvent>
{
    public void Configure(EntityTypeBuilder<CandidateEvent> entry)
    {
        entry.ToTable("attestation_candidate_event");
        entry.Property(x => x.Id).ValueGeneratedNever();
        entry.Property(e => e.Note).HasMaxLength(AttestationLimits.NoteLength);
        entry.HasIndex(e => new { e.CandidateId, e.At });
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> decision)
    {
        decision.ToTable("attestation_decision");
        decision.Property(x => x.Id).ValueGeneratedNever();
        decision.HasIndex(d => new { d.CandidateId, d.Round }).IsUnique();
        decision.HasOne<Candidate>().WithMany().HasForeignKey(d => d.CandidateId).OnDelete(DeleteBehavior.Cascade);
        decision.HasMany(d => d.Votes).WithOne().HasForeignKey(v => v.DecisionId).OnDelete(DeleteBehavior.Cascade);
        decision.HasMany(d => d.Conditions).WithOne().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
        decision.Navigation(d => d.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
        decision.Navigation(d => d.Conditions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DecisionVoteConfiguration : IEntityTypeConfiguration<DecisionVote>
{
    public void Configure(EntityTypeBuilder<DecisionVote> vote)
    {
        vote.ToTable("attestation_vote");
        vote.Property(x => x.Id).ValueGeneratedNever();
        vote.HasIndex(v => new { v.DecisionId, v.MemberUserId }).IsUnique();
    }
}

internal sealed class DecisionConditionConfiguration : IEntityTypeConfiguration<DecisionCondition>
{
    public void Configure(EntityTypeBuilder<DecisionCondition> condition)
    {
        condition.ToTable("attestation_condition");
        condition.Property(x => x.Id).ValueGeneratedNever();
        condition.Property(c => c.Text).HasMaxLength(AttestationLimits.ConditionLength);
        condition.Ignore(c => c.IsMet);
        condition.HasIndex(c => c.CourseId);
    }
}
