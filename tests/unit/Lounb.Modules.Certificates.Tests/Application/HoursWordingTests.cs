using Lounb.Modules.Certificates.Application;

namespace Lounb.Modules.Certificates.Tests.Application;

/// <summary>Citizens learn; library staff earn hours of professional development.</summary>
public sealed class HoursWordingTests
{
    [Fact]
    public void Hours_Citizen_AreHoursOfLearning()
    {
        Assert.Equal("обсяг навчання — 6 год.", AchievementNames.Hours(6, citizen: true));
    }

    [Fact]
    public void Hours_Staff_AreHoursOfProfessionalDevelopment()
    {
        Assert.Equal("обсяг підвищення кваліфікації — 6 год.", AchievementNames.Hours(6, citizen: false));
    }
}
