using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>read(write(x)) gives x back: every fixture, and the awkward samples, through each format.</summary>
public sealed class RoundTripTests
{
    [Theory]
    [InlineData(MoodleFixtures.SourceGift)]
    [InlineData(MoodleFixtures.SetAGift)]
    [InlineData(MoodleFixtures.SetAGiftNoCategories)]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-gift-nocategories.txt")]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-gift-withcategories.txt")]
    public void Gift_fixture_exported_and_reimported_as_gift_gives_equal_questions(string file)
    {
        var original = MoodleFixtures.ReadGift(file);

        var again = ThroughGift(QuestionSnapshot.ToExport(original.Questions));

        Assert.NotEmpty(original.Questions);
        QuestionSnapshot.Equal(original.Questions, again);
    }

    [Theory]
    [InlineData(MoodleFixtures.SetAXml)]
    [InlineData(MoodleFixtures.SetAXmlNoCategories)]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-moodle-xml-nocategories.xml")]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-moodle-xml-withcategories.xml")]
    public void Xml_fixture_exported_and_reimported_as_xml_gives_equal_questions(string file)
    {
        var original = MoodleFixtures.ReadXml(file);

        var again = ThroughXml(QuestionSnapshot.ToExport(original.Questions));

        Assert.NotEmpty(original.Questions);
        QuestionSnapshot.Equal(original.Questions, again);
    }

    [Theory]
    [InlineData(MoodleFixtures.SourceGift)]
    [InlineData(MoodleFixtures.SetAGift)]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-gift-withcategories.txt")]
    public void Gift_fixture_exported_and_reimported_as_xml_gives_equal_questions(string file)
    {
        var original = MoodleFixtures.ReadGift(file);

        QuestionSnapshot.Equal(original.Questions, ThroughXml(QuestionSnapshot.ToExport(original.Questions)));
    }

    [Fact]
    public void Gift_samples_with_escapes_weights_catch_alls_and_formats_survive_a_round_trip()
    {
        var samples = SampleQuestions.GiftExpressible();

        var again = ThroughGift(samples);

        Assert.Equal(samples.Select(QuestionSnapshot.Of), again.Select(QuestionSnapshot.Of));
    }

    [Fact]
    public void Xml_samples_with_everything_survive_a_round_trip()
    {
        var samples = SampleQuestions.GiftExpressible().Concat(SampleQuestions.XmlOnly()).ToList();

        var again = ThroughXml(samples);

        Assert.Equal(samples.Select(QuestionSnapshot.Of), again.Select(QuestionSnapshot.Of));
    }

    [Fact]
    public void Gift_loses_only_what_it_cannot_carry()
    {
        var sample = SampleQuestions.XmlOnly()[0];

        var again = Assert.Single(ThroughGift([sample])).Content;

        Assert.Equal(sample.Content.Text, again.Text);
        Assert.Equal(sample.Content.Choices.Select(c => (c.Text, c.Fraction, c.Feedback)), again.Choices.Select(c => (c.Text, c.Fraction, c.Feedback)));
        Assert.Empty(again.Files);
        Assert.Equal("", again.CorrectFeedback);
        Assert.Equal(1m, again.DefaultMark);
    }

    private static IReadOnlyList<ImportedQuestion> ThroughGift(IReadOnlyList<ExportedQuestion> questions)
    {
        var result = new GiftReader().Read(new GiftWriter().Write(questions));
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        return result.Questions;
    }

    private static IReadOnlyList<ImportedQuestion> ThroughXml(IReadOnlyList<ExportedQuestion> questions)
    {
        using var stream = new MemoryStream();
        new MoodleXmlWriter().Write(questions, stream);
        stream.Position = 0;
        var result = new MoodleXmlReader().Read(stream);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        return result.Questions;
    }
}
