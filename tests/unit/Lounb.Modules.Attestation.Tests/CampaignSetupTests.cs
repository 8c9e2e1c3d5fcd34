using Lounb.Modules.Attestation.Domain;

namespace Lounb.Modules.Attestation.Tests;

/// <summary>Preparing a campaign: its drawn test, its hromadas, and the names of people picked from the organisation tree.</summary>
public sealed class CampaignSetupTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static CampaignInput Input(Guid? quizId = null) => new("Атестація працівників Луганщини", "45-ОД", new DateOnly(2026, 2, 20), "UA-09",
        Now, Now.AddDays(14), AttestationLimits.DefaultAppealDays, QuorumRule.TwoThirds, quizId);

    [Fact]
    public void UseDrawnTest_MakesItTheTest_AndAnEditKeepingTheQuizKeepsItDrawn()
    {
        var campaign = Campaign.Create(Input(), Guid.NewGuid(), Now).Value;
        var quiz = Guid.NewGuid();

        Assert.True(campaign.UseDrawnTest(quiz).IsSuccess);
        Assert.True(campaign.Update(Input(quiz) with { Name = "Нова назва" }).IsSuccess);

        Assert.Equal((quiz, true, "Нова назва"), (campaign.QuizId, campaign.TestIsDrawn, campaign.Name));
    }

    [Fact]
    public void LinkingAnotherQuiz_EndsTheDrawnTest()
    {
        var campaign = Campaign.Create(Input(), Guid.NewGuid(), Now).Value;
        campaign.UseDrawnTest(Guid.NewGuid());
        var linked = Guid.NewGuid();

        campaign.Update(Input(linked));

        Assert.Equal((linked, false), (campaign.QuizId, campaign.TestIsDrawn));
    }

    [Fact]
    public void AClosedCampaign_NeitherTakesATestNorChanges()
    {
        var campaign = Campaign.Create(Input(), Guid.NewGuid(), Now).Value;
        campaign.Close();

        Assert.Equal("Attestation:CampaignClosed", campaign.UseDrawnTest(Guid.NewGuid()).Error!.Code);
        Assert.Equal("Attestation:CampaignClosed", campaign.Update(Input() with { Name = "Інша" }).Error!.Code);
        Assert.Null(campaign.QuizId);
        Assert.Equal("Атестація працівників Луганщини", campaign.Name);
    }

    [Fact]
    public void ScopeToHromadas_ReplacesTheHromadas_KeepsSingleLibraries()
    {
        var campaign = Campaign.Create(Input(), Guid.NewGuid(), Now).Value;
        var (kept, dropped, added, library) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        campaign.LimitTo(ScopeUnitKind.Hromada, kept);
        campaign.LimitTo(ScopeUnitKind.Hromada, dropped);
        campaign.LimitTo(ScopeUnitKind.Library, library);

        campaign.ScopeToHromadas([kept, added]);

        Assert.Equal(new[] { kept, added }.Order(), campaign.ScopeUnits.Where(u => u.Kind == ScopeUnitKind.Hromada).Select(u => u.UnitId).Order());
        Assert.Equal([library], campaign.ScopeUnits.Where(u => u.Kind == ScopeUnitKind.Library).Select(u => u.UnitId));
    }

    [Theory]
    [InlineData("Тетяна Савченко", "Савченко", "Тетяна", null)]
    [InlineData("Савченко Тетяна Іванівна", "Савченко", "Тетяна", "Іванівна")]
    [InlineData("Тетяна Іванівна Савченко", "Савченко", "Тетяна", "Іванівна")]
    [InlineData("Андрій Ткаченко-Коваль", "Ткаченко-Коваль", "Андрій", null)]
    [InlineData("  Ткаченко   Андрій   Петрович ", "Ткаченко", "Андрій", "Петрович")]
    [InlineData("Олена Марія Коваленко", "Марія Коваленко", "Олена", null)]
    [InlineData("Коваленко", "Коваленко", "", null)]
    public void PersonName_Split(string full, string surname, string given, string? patronymic) =>
        Assert.Equal(new PersonName(surname, given, patronymic), PersonName.Split(full));
}
