using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Tests;

public sealed class CommissionTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid CampaignId = Guid.NewGuid();

    internal static (Commission Commission, Guid Chair, Guid Deputy, Guid Secretary, Guid M1, Guid M2) FiveMembers()
    {
        var (chair, deputy, secretary, m1, m2) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var commission = new Commission(
        [
            new CommissionMember(CampaignId, chair, CommissionRole.Chair, Guid.Empty, Now),
            new CommissionMember(CampaignId, deputy, CommissionRole.Deputy, Guid.Empty, Now),
            new CommissionMember(CampaignId, secretary, CommissionRole.Secretary, Guid.Empty, Now),
            new CommissionMember(CampaignId, m1, CommissionRole.Member, Guid.Empty, Now),
            new CommissionMember(CampaignId, m2, CommissionRole.Member, Guid.Empty, Now),
        ]);
        return (commission, chair, deputy, secretary, m1, m2);
    }

    private static Dictionary<Guid, AttestationOutcome> Votes(params (Guid Who, AttestationOutcome Vote)[] votes) => votes.ToDictionary(v => v.Who, v => v.Vote);

    [Theory]
    [InlineData(5, 4)]
    [InlineData(3, 2)]
    [InlineData(6, 4)]
    [InlineData(7, 5)]
    public void Quorum_TwoThirds_NeedsAtLeastTwoThirdsRoundedUp(int composition, int needed)
    {
        Assert.Equal(needed, QuorumRule.TwoThirds.Needed(composition));
        Assert.True(QuorumRule.TwoThirds.IsMet(needed, composition));
        Assert.False(QuorumRule.TwoThirds.IsMet(needed - 1, composition));
    }

    [Fact]
    public void Tally_ThreeOfFivePresent_RefusedWithoutQuorum()
    {
        var (commission, chair, _, secretary, m1, _) = FiveMembers();

        var result = commission.Tally(QuorumRule.TwoThirds, [chair, secretary, m1],
            Votes((chair, AttestationOutcome.Fit), (secretary, AttestationOutcome.Fit), (m1, AttestationOutcome.Fit)));

        Assert.Equal("Attestation:NoQuorum", result.Error!.Code);
        Assert.Contains("потрібно щонайменше 4", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_CampaignRuleOneHalf_ThreeOfFiveIsEnough()
    {
        var (commission, chair, _, secretary, m1, _) = FiveMembers();

        var result = commission.Tally(new QuorumRule(1, 2), [chair, secretary, m1],
            Votes((chair, AttestationOutcome.Fit), (secretary, AttestationOutcome.NotFit), (m1, AttestationOutcome.Fit)));

        Assert.True(result.IsSuccess);
        Assert.Equal(AttestationOutcome.Fit, result.Value.Outcome);
    }

    [Fact]
    public void Tally_MajorityOfPresent_DecidesAndCountsEveryOption()
    {
        var (commission, chair, deputy, secretary, m1, m2) = FiveMembers();

        var tally = commission.Tally(QuorumRule.TwoThirds, [chair, deputy, secretary, m1, m2],
            Votes((chair, AttestationOutcome.NotFit), (deputy, AttestationOutcome.FitWithConditions), (secretary, AttestationOutcome.FitWithConditions),
                (m1, AttestationOutcome.FitWithConditions), (m2, AttestationOutcome.Fit))).Value;

        Assert.Equal(AttestationOutcome.FitWithConditions, tally.Outcome);
        Assert.Equal((1, 3, 1, 5, 5, false), (tally.Fit, tally.FitWithConditions, tally.NotFit, tally.Present, tally.Composition, tally.TieDecidedByChair));
    }

    [Fact]
    public void Tally_TieOfFourPresent_ChairsVoteDecides()
    {
        var (commission, chair, deputy, secretary, m1, _) = FiveMembers();

        var tally = commission.Tally(QuorumRule.TwoThirds, [chair, deputy, secretary, m1],
            Votes((chair, AttestationOutcome.NotFit), (deputy, AttestationOutcome.Fit), (secretary, AttestationOutcome.Fit), (m1, AttestationOutcome.NotFit))).Value;

        Assert.Equal(AttestationOutcome.NotFit, tally.Outcome);
        Assert.True(tally.TieDecidedByChair);
    }

    [Fact]
    public void Tally_TieWithChairAbsent_DeputyPresidesAndDecides()
    {
        var (commission, _, deputy, secretary, m1, m2) = FiveMembers();

        var tally = commission.Tally(QuorumRule.TwoThirds, [deputy, secretary, m1, m2],
            Votes((deputy, AttestationOutcome.Fit), (secretary, AttestationOutcome.NotFit), (m1, AttestationOutcome.Fit), (m2, AttestationOutcome.NotFit))).Value;

        Assert.Equal(AttestationOutcome.Fit, tally.Outcome);
    }

    [Fact]
    public void Tally_TieTheChairIsNotPartOf_RefusedAsNoMajority()
    {
        var (commission, chair, deputy, secretary, m1, m2) = FiveMembers();

        var result = commission.Tally(QuorumRule.TwoThirds, [chair, deputy, secretary, m1, m2],
            Votes((chair, AttestationOutcome.FitWithConditions), (deputy, AttestationOutcome.Fit), (secretary, AttestationOutcome.Fit),
                (m1, AttestationOutcome.NotFit), (m2, AttestationOutcome.NotFit)));

        Assert.Equal("Attestation:NoMajority", result.Error!.Code);
    }

    [Fact]
    public void Tally_PluralityWithoutMajority_Refused()
    {
        var (commission, chair, deputy, secretary, m1, _) = FiveMembers();

        var result = commission.Tally(QuorumRule.TwoThirds, [chair, deputy, secretary, m1],
            Votes((chair, AttestationOutcome.Fit), (deputy, AttestationOutcome.Fit), (secretary, AttestationOutcome.NotFit), (m1, AttestationOutcome.FitWithConditions)));

        Assert.Equal("Attestation:NoMajority", result.Error!.Code);
    }

    [Fact]
    public void Tally_VoteOfSomeoneOutsideTheCommission_Refused()
    {
        var (commission, chair, deputy, secretary, m1, _) = FiveMembers();
        var outsider = Guid.NewGuid();

        var result = commission.Tally(QuorumRule.TwoThirds, [chair, deputy, secretary, m1],
            Votes((chair, AttestationOutcome.Fit), (deputy, AttestationOutcome.Fit), (secretary, AttestationOutcome.Fit), (m1, AttestationOutcome.Fit), (outsider, AttestationOutcome.NotFit)));

        Assert.Equal("Attestation:VoterNotInCommission", result.Error!.Code);
    }

    [Fact]
    public void Tally_MemberWhoLeft_CountsAsOutsider()
    {
        var (chair, secretary, gone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var left = new CommissionMember(CampaignId, gone, CommissionRole.Member, Guid.Empty, Now);
        left.Leave(Guid.Empty, Now);
        var commission = new Commission(
        [
            new CommissionMember(CampaignId, chair, CommissionRole.Chair, Guid.Empty, Now),
            new CommissionMember(CampaignId, secretary, CommissionRole.Secretary, Guid.Empty, Now),
            left,
        ]);

        var result = commission.Tally(QuorumRule.TwoThirds, [chair, secretary, gone],
            Votes((chair, AttestationOutcome.Fit), (secretary, AttestationOutcome.Fit), (gone, AttestationOutcome.Fit)));

        Assert.Equal(2, commission.Composition);
        Assert.Equal("Attestation:VoterNotInCommission", result.Error!.Code);
    }

    [Fact]
    public void Tally_VoteOfAnAbsentMember_Refused()
    {
        var (commission, chair, deputy, secretary, m1, m2) = FiveMembers();

        var result = commission.Tally(QuorumRule.TwoThirds, [chair, deputy, secretary, m1],
            Votes((chair, AttestationOutcome.Fit), (deputy, AttestationOutcome.Fit), (secretary, AttestationOutcome.Fit), (m1, AttestationOutcome.Fit), (m2, AttestationOutcome.Fit)));

        Assert.Equal("Attestation:VoterAbsent", result.Error!.Code);
    }

    [Fact]
    public void Tally_PresentMemberWithoutVote_Refused()
    {
        var (commission, chair, deputy, secretary, m1, _) = FiveMembers();

        var result = commission.Tally(QuorumRule.TwoThirds, [chair, deputy, secretary, m1],
            Votes((chair, AttestationOutcome.Fit), (deputy, AttestationOutcome.Fit), (secretary, AttestationOutcome.Fit)));

        Assert.Equal("Attestation:VoteMissing", result.Error!.Code);
    }

    [Fact]
    public void Tally_CommissionWithoutSecretary_Refused()
    {
        var chair = Guid.NewGuid();
        var commission = new Commission([new CommissionMember(CampaignId, chair, CommissionRole.Chair, Guid.Empty, Now)]);

        var result = commission.Tally(QuorumRule.TwoThirds, [chair], Votes((chair, AttestationOutcome.Fit)));

        Assert.Equal("Attestation:CommissionIncomplete", result.Error!.Code);
    }

    [Fact]
    public void CanAdd_SecondChairOrSamePersonTwice_Refused_AnotherMemberAccepted()
    {
        var (commission, chair, _, _, _, _) = FiveMembers();

        Assert.Equal("Attestation:RoleTaken", commission.CanAdd(Guid.NewGuid(), CommissionRole.Chair)!.Code);
        Assert.Equal("Attestation:AlreadyInCommission", commission.CanAdd(chair, CommissionRole.Member)!.Code);
        Assert.Null(commission.CanAdd(Guid.NewGuid(), CommissionRole.Member));
    }

    [Fact]
    public void MayRecord_SecretaryAndChairOnly()
    {
        var (commission, chair, deputy, secretary, m1, _) = FiveMembers();

        Assert.True(commission.MayRecord(secretary));
        Assert.True(commission.MayRecord(chair));
        Assert.False(commission.MayRecord(deputy));
        Assert.False(commission.MayRecord(m1));
        Assert.False(commission.MayRecord(Guid.NewGuid()));
    }
}
