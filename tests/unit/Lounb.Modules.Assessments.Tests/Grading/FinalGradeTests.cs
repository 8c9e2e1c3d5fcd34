using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Tests.Grading;

public class FinalGradeTests
{
    private static readonly decimal[] Attempts = [40m, 90m, 70m];

    [Theory]
    [InlineData("Highest", 90)]
    [InlineData("Last", 70)]
    [InlineData("First", 40)]
    [InlineData("Average", 66.67)]
    public void Each_method_picks_its_grade(string method, double expected) =>
        Assert.Equal((decimal)expected, FinalGrade.Compute(Enum.Parse<GradingMethod>(method), Attempts));

    [Fact]
    public void No_graded_attempt_means_no_grade() => Assert.Null(FinalGrade.Compute(GradingMethod.Highest, []));
}
