using Lounb.Modules.Assessments.Application.Grading;

namespace Lounb.Modules.Assessments.Tests.Grading;

public class AnswerTextTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("-3,5", -3.5)]
    [InlineData("\u22123.5", -3.5)]
    [InlineData("1 822", 1822)]
    [InlineData("1e3", 1000)]
    public void Numbers_as_people_type_them(string text, double expected) => Assert.Equal((decimal)expected, AnswerText.ParseNumber(text));

    [Theory]
    [InlineData("дванадцять")]
    [InlineData("12 м")]
    [InlineData("1,2,3")]
    public void Words_are_not_numbers(string text) => Assert.Null(AnswerText.ParseNumber(text));

    [Fact]
    public void Ukrainian_capitals_and_apostrophes_normalise() =>
        Assert.Equal("м'ята ґудзик", AnswerText.Normalize("  М’ЯТА   Ґудзик ", caseSensitive: false));
}
