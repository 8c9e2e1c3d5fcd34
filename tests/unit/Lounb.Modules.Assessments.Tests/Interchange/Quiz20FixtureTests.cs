using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>The 20-question multiple-choice bank (English, non-ASCII answers, HTML entities) in all four exports.</summary>
public sealed class Quiz20FixtureTests
{
    [Theory]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-gift-nocategories.txt", false)]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-gift-withcategories.txt", true)]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-moodle-xml-nocategories.xml", false)]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-moodle-xml-withcategories.xml", true)]
    public void Quiz20_every_export_imports_twenty_single_choice_questions(string file, bool withCategories)
    {
        var result = MoodleFixtures.Read(file);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(20, result.Questions.Count);
        Assert.Equal(
            Enumerable.Range(1, 20).Select(n => $"Q{n} ").Order(StringComparer.Ordinal),
            result.Questions.Select(q => q.Content.Name[..(q.Content.Name.IndexOf(' ', StringComparison.Ordinal) + 1)]).Order(StringComparer.Ordinal));
        Assert.All(result.Questions, q =>
        {
            Assert.Equal(QuestionType.SingleChoice, q.Content.Type);
            Assert.Equal(TextFormat.Html, q.Content.Format);
            Assert.Equal([1m, 0m, 0m, 0m], q.Content.Choices.Select(c => c.Fraction));
            Assert.Equal(["Yes.", "No.", "No.", "No."], q.Content.Choices.Select(c => c.Feedback));
            Assert.Equal(withCategories ? ["Peer MCQ category"] : [], q.Category.Segments);
        });

        var brazil = result.Questions.Single(q => q.Content.Name == "Q8 capital of Brazil").Content;
        Assert.Equal(["Brasília", "Rio de Janeiro", "São Paulo", "Salvador"], brazil.Choices.Select(c => c.Text));
        Assert.Equal("Correct answer: Brasília", brazil.GeneralFeedback);
    }

    [Theory]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-gift-withcategories.txt")]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-moodle-xml-withcategories.xml")]
    public void Quiz20_html_entities_stay_literal(string file)
    {
        var question = MoodleFixtures.Read(file).Questions.Single(q => q.Content.Name == "Q11 arithmetic 33+18").Content;

        Assert.Equal("<p>Compute 33 + 18. (Use the &lt;sum&gt; &amp; check twice.)</p>", question.Text);
    }

    [Fact]
    public void Quiz20_xml_reads_combined_feedback_and_category_info()
    {
        var result = MoodleFixtures.Read("quiz-20mcq/peer-quiz-20mcq-moodle-xml-withcategories.xml");

        Assert.Equal("Questions for the peer benchmark", Assert.Single(result.Categories).Info);
        Assert.All(result.Questions, q => Assert.Equal("Your answer is partially correct.", q.Content.PartiallyCorrectFeedback));
    }
}
