using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Tests;

public sealed class CampaignTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static CampaignInput Valid() => new("Атестація працівників Луганщини", "45-ОД", new DateOnly(2026, 2, 20), "UA-09",
        Now, Now.AddDays(14), AttestationLimits.DefaultAppealDays, QuorumRule.TwoThirds, null);

    [Fact]
    public void Create_Valid_IsADraftWithTrimmedNameAndTheDefaultRule()
    {
        var campaign = Campaign.Create(Valid() with { Name = "  Атестація  " }, Guid.NewGuid(), Now).Value;

        Assert.Equal("Атестація", campaign.Name);
        Assert.Equal(CampaignStatus.Draft, campaign.Status);
        Assert.Equal(QuorumRule.TwoThirds, campaign.Quorum);
    }

    private static CampaignInput Broken(string what) => what switch
    {
        "blank name" => Valid() with { Name = " " },
        "long name" => Valid() with { Name = new string('а', AttestationLimits.NameLength + 1) },
        "no order number" => Valid() with { OrderNumber = "" },
        "no order date" => Valid() with { OrderDate = null },
        "long order number" => Valid() with { OrderNumber = new string('1', AttestationLimits.OrderNumberLength + 1) },
        "window closes when it opens" => Valid() with { TestClosesAt = Now },
        "no days to appeal" => Valid() with { AppealDays = 0 },
        "too many days to appeal" => Valid() with { AppealDays = AttestationLimits.MaxAppealDays + 1 },
        "quorum over one" => Valid() with { Quorum = new QuorumRule(4, 3) },
        "quorum of zero" => Valid() with { Quorum = new QuorumRule(0, 3) },
        _ => Valid() with { Quorum = new QuorumRule(1, AttestationLimits.MaxQuorumDenominator + 1) },
    };

    [Theory]
    [InlineData("blank name", "Attestation:NameRequired")]
    [InlineData("long name", "Attestation:NameTooLong")]
    [InlineData("no order number", "Attestation:OrderRequired")]
    [InlineData("no order date", "Attestation:OrderRequired")]
    [InlineData("long order number", "Attestation:OrderNumberTooLong")]
    [InlineData("window closes when it opens", "Attestation:TestWindowInvalid")]
    [InlineData("no days to appeal", "Attestation:AppealDaysInvalid")]
    [InlineData("too many days to appeal", "Attestation:AppealDaysInvalid")]
    [InlineData("quorum over one", "Attestation:QuorumInvalid")]
    [InlineData("quorum of zero", "Attestation:QuorumInvalid")]
    [InlineData("quorum denominator too large", "Attestation:QuorumInvalid")]
    public void Create_Invalid_RefusedWithTheRightCode(string what, string code)
    {
        Assert.Equal(code, Campaign.Create(Broken(what), Guid.NewGuid(), Now).Error!.Code);
    }

    [Fact]
    public void IsTestOpen_OnlyWhileActiveAndInsideTheWindow()
    {
        var campaign = Campaign.Create(Valid(), Guid.NewGuid(), Now).Value;
        Assert.False(campaign.IsTestOpen(Now.AddDays(1)));

        campaign.Start();

        Assert.False(campaign.IsTestOpen(Now.AddMinutes(-1)));
        Assert.True(campaign.IsTestOpen(Now.AddDays(1)));
        Assert.False(campaign.IsTestOpen(Now.AddDays(14)));
    }

    [Fact]
    public void Update_ClosedCampaign_Refused()
    {
        var campaign = Campaign.Create(Valid(), Guid.NewGuid(), Now).Value;
        campaign.Close();

        Assert.Equal("Attestation:CampaignClosed", campaign.Update(Valid() with { Name = "Інша" }).Error!.Code);
        Assert.Equal("Атестація працівників Луганщини", campaign.Name);
    }

    [Fact]
    public void AddDate_SameDayTwice_KeptOnce_TooLongPlaceRefused()
    {
        var campaign = Campaign.Create(Valid(), Guid.NewGuid(), Now).Value;

        campaign.AddDate(ScheduleDateKind.Interview, new DateOnly(2026, 3, 20), "ЛОУНБ, читальна зала");
        campaign.AddDate(ScheduleDateKind.Interview, new DateOnly(2026, 3, 20), "ЛОУНБ, читальна зала");

        Assert.Single(campaign.Dates);
        Assert.Equal("Attestation:PlaceTooLong",
            campaign.AddDate(ScheduleDateKind.CommissionMeeting, new DateOnly(2026, 3, 21), new string('а', AttestationLimits.PlaceLength + 1)).Error!.Code);
    }
}
