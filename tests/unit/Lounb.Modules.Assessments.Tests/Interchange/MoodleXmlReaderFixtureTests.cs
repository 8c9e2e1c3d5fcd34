using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>The set-A Moodle XML exports, read as Moodle stored them (IMPORT-LOG.md, questions-readback.json).</summary>
public sealed class MoodleXmlReaderFixtureTests
{
    [Theory]
    [InlineData(MoodleFixtures.SetAXml, true)]
    [InlineData(MoodleFixtures.SetAXmlNoCategories, false)]
    public void Xml_fixture_questions_are_stored_as_Moodle_stored_them(string file, bool withCategories)
    {
        var result = MoodleFixtures.ReadXml(file);

        Assert.Empty(result.Errors);
        var expected = MoodleReadback.Supported.ToList();
        Assert.Equal(15, expected.Count);
        Assert.Equal(expected.Count, result.Questions.Count);
        foreach (var question in expected)
        {
            var imported = Assert.Single(result.Questions, q => q.Content.Name == question.GetProperty("name").GetString());
            MoodleReadback.AssertStoredLikeMoodle(question, imported, withCategories, withFiles: true);
        }
    }

    [Theory]
    [InlineData(MoodleFixtures.SetAXml)]
    [InlineData(MoodleFixtures.SetAXmlNoCategories)]
    public void Xml_fixture_warns_for_exactly_the_unsupported_types_and_imports_the_rest(string file)
    {
        var result = MoodleFixtures.ReadXml(file);
        var lines = File.ReadAllLines(MoodleFixtures.PathOf(file));

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                ("Перетягування в текст: бібліотека", "ddwtos"),
                ("Вибір пропущених слів: столиця і річка", "gapselect"),
                ("Cloze: Україна (SHORTANSWER, NUMERICAL, MULTICHOICE)", "cloze"),
            ],
            result.Warnings.Select(w => (w.QuestionName, w.Message.Split('«', '»')[1])));
        Assert.All(result.Warnings, w =>
        {
            Assert.EndsWith("не підтримується — пропущено", w.Message, StringComparison.Ordinal);
            Assert.Contains("<question type=", lines[w.Line - 1], StringComparison.Ordinal);
        });
        Assert.Contains(result.Questions, q => q.Content.Type == QuestionType.Ordering);
        Assert.Contains(result.Questions, q => q.Content.Files.Count == 1);
    }

    [Fact]
    public void Xml_image_question_carries_its_png_bytes()
    {
        var question = Question(MoodleFixtures.ReadXml(MoodleFixtures.SetAXml), "Прапор (зображення в тексті питання)");

        var file = Assert.Single(question.Files);
        Assert.Equal(("flag-ua.png", "image/png", 162), (file.Name, file.ContentType, file.Content.Length));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], file.Content.Take(4));
        Assert.Contains("src=\"@@PLUGINFILE@@/flag-ua.png\"", question.Text, StringComparison.Ordinal);
        Assert.Equal(["<p>Правильно!</p>", "<p>Частково правильно.</p>", "<p>Неправильно.</p>"],
            [question.CorrectFeedback, question.PartiallyCorrectFeedback, question.IncorrectFeedback]);
    }

    [Fact]
    public void Xml_ordering_keeps_the_answers_in_the_file_order()
    {
        var question = Question(MoodleFixtures.ReadXml(MoodleFixtures.SetAXml), "Впорядкування: перевірка новини");

        Assert.Equal(
            ["Знайти першоджерело", "Перевірити автора", "Порівняти з іншими джерелами", "Зробити висновок"],
            question.OrderItems.Select(i => i.Text));
        Assert.Equal(["o1", "o2", "o3", "o4"], question.OrderItems.Select(i => i.Id));
        Assert.Equal("<p>Правильно!</p>", question.CorrectFeedback);
    }

    [Fact]
    public void Xml_categories_keep_their_info_and_lose_the_context_token()
    {
        var result = MoodleFixtures.ReadXml(MoodleFixtures.SetAXml);

        Assert.Equal(
            [
                ["Атестація бібліотекарів"],
                ["Атестація бібліотекарів", "Законодавство"],
                ["Атестація бібліотекарів", "Медіаграмотність"],
                ["Атестація бібліотекарів", "Нетипові типи (API)"],
            ],
            result.Categories.Select(c => c.Path.Segments.ToArray()));
        Assert.Equal("<p>Питання, створені через API Moodle (набір A): типи, яких GIFT не виражає.</p>", result.Categories[3].Info);
    }

    [Fact]
    public void Xml_without_categories_puts_everything_in_the_root()
    {
        var result = MoodleFixtures.ReadXml(MoodleFixtures.SetAXmlNoCategories);

        Assert.Empty(result.Categories);
        Assert.All(result.Questions, q => Assert.Equal(CategoryPath.Root, q.Category));
    }

    [Fact]
    public void Xml_question_line_is_the_line_of_its_question_element()
    {
        var result = MoodleFixtures.ReadXml(MoodleFixtures.SetAXml);
        var lines = File.ReadAllLines(MoodleFixtures.PathOf(MoodleFixtures.SetAXml));

        Assert.All(result.Questions, q => Assert.Contains("<question type=", lines[q.Line - 1], StringComparison.Ordinal));
        Assert.Equal(26, result.Questions[0].Line);
    }

    private static QuestionContent Question(ImportResult result, string name) =>
        Assert.Single(result.Questions, q => q.Content.Name == name).Content;
}
