using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Tests;

/// <summary>The campaign's questionnaire is given once and a candidate's filled questionnaire is written once.</summary>
public sealed class QuestionnaireRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static Campaign NewCampaign() =>
        Campaign.Create(new CampaignInput("Атестація працівників Луганщини", "45-ОД", new DateOnly(2026, 2, 20), "UA-09",
            Now, Now.AddDays(14), AttestationLimits.DefaultAppealDays, QuorumRule.TwoThirds, null), Guid.NewGuid(), Now).Value;

    private static Candidate NewCandidate() =>
        new(Guid.NewGuid(), new CandidatePerson("Савченко", "Тетяна", "Іванівна", "бібліотекарка", Guid.NewGuid(), "bibliotekar@lounb.demo"), Guid.NewGuid(), Guid.NewGuid(), Now);

    [Fact]
    public void AttachQuestionnaire_Once_ASecondIsRefusedAndTheFirstStays()
    {
        var campaign = NewCampaign();
        var first = Guid.NewGuid();

        Assert.True(campaign.AttachQuestionnaire(first).IsSuccess);
        Assert.Equal("Attestation:QuestionnaireExists", campaign.AttachQuestionnaire(Guid.NewGuid()).Error!.Code);
        Assert.Equal(first, campaign.QuestionnaireId);
    }

    [Fact]
    public void AttachQuestionnaire_ClosedCampaign_Refused()
    {
        var campaign = NewCampaign();
        campaign.Close();

        Assert.Equal("Attestation:CampaignClosed", campaign.AttachQuestionnaire(Guid.NewGuid()).Error!.Code);
        Assert.Null(campaign.QuestionnaireId);
    }

    [Fact]
    public void RecordQuestionnaire_TheEventTwice_WrittenOnce_StepUnchanged()
    {
        var candidate = NewCandidate();

        Assert.False(candidate.QuestionnaireFilled);
        Assert.True(candidate.RecordQuestionnaire(Now.AddHours(1)));
        Assert.False(candidate.RecordQuestionnaire(Now.AddHours(2)));

        Assert.True(candidate.QuestionnaireFilled);
        Assert.Single(candidate.Events, e => e.Kind == CandidateEventKind.QuestionnaireSubmitted);
        Assert.Equal(CandidateStep.Invited, candidate.Step);
    }
}
