using System.Text;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>Hostile or broken Moodle XML: an error in Ukrainian with a line, never an exception, never an entity expanded.</summary>
public sealed class MoodleXmlReaderProblemTests
{
    private const string DtdRefused = "файл містить DTD або зовнішні сутності — такі файли не приймаються";

    [Fact]
    public void Xml_billion_laughs_is_refused_without_expanding()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE quiz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <quiz><question type="essay"><name><text>&lol9;</text></name><questiontext><text>&lol9;</text></questiontext></question></quiz>
            """;

        var result = MoodleFixtures.ReadXmlText(xml);

        var error = Assert.Single(result.Errors);
        Assert.Equal(DtdRefused, error.Message);
        Assert.True(error.Line >= 1);
        Assert.Empty(result.Questions);
    }

    [Fact]
    public void Xml_external_entity_is_refused_without_reading_the_file()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <quiz><question type="essay"><name><text>&xxe;</text></name><questiontext><text>x</text></questiontext></question></quiz>
            """;

        var result = MoodleFixtures.ReadXmlText(xml);

        Assert.Equal(DtdRefused, Assert.Single(result.Errors).Message);
        Assert.Empty(result.Questions);
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void Xml_bare_doctype_is_refused()
    {
        var result = MoodleFixtures.ReadXmlText("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz SYSTEM \"http://example.com/quiz.dtd\">\n<quiz/>");

        var error = Assert.Single(result.Errors);
        Assert.Equal(DtdRefused, error.Message);
        Assert.InRange(error.Line, 1, 2);
    }

    [Fact]
    public void Xml_malformed_file_is_an_error_with_its_line()
    {
        var xml = "<?xml version=\"1.0\"?>\n<quiz>\n" + MoodleXmlReaderSyntaxTests.Question("essay", "") + "\n<question type=\"essay\">\n<name><text>Зламане</text></name>\n</quiz>";

        var result = MoodleFixtures.ReadXmlText(xml);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("файл не є коректним XML", error.Message, StringComparison.Ordinal);
        Assert.Equal(xml.Split('\n').Length, error.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("\uFEFF<quiz>")]
    public void Xml_empty_or_truncated_input_is_an_error(string xml)
    {
        Assert.False(MoodleFixtures.ReadXmlText(xml).Succeeded);
    }

    [Fact]
    public void Xml_other_root_than_quiz_is_an_error()
    {
        var error = Assert.Single(MoodleFixtures.ReadXmlText("<html><body/></html>").Errors);

        Assert.Contains("<quiz>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_invalid_utf8_is_an_error()
    {
        var bytes = Encoding.UTF8.GetBytes("<quiz><question type=\"essay\"><name><text>").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("</text></name></question></quiz>")).ToArray();

        Assert.False(new MoodleXmlReader().Read(new MemoryStream(bytes)).Succeeded);
    }

    [Fact]
    public void Xml_non_numeric_numerical_answer_is_an_error_with_line_and_name()
    {
        var result = MoodleXmlReaderSyntaxTests.Read(MoodleXmlReaderSyntaxTests.Question("numerical", """
            <answer fraction="100" format="moodle_auto_format">
              <text>abc</text>
              <tolerance>0</tolerance>
            </answer>
            """, name: "Рік"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Рік", 7), (error.QuestionName, error.Line));
        Assert.Contains("«abc» не є числом", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Questions);
    }

    [Fact]
    public void Xml_unlisted_fraction_is_an_error()
    {
        var result = MoodleXmlReaderSyntaxTests.Read(MoodleXmlReaderSyntaxTests.Question("multichoice", """
            <answer fraction="100"><text>А</text></answer>
            <answer fraction="37"><text>Б</text></answer>
            """, name: "Частки"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Частки", error.QuestionName);
        Assert.Contains("37%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_svg_file_is_refused_by_name()
    {
        var svg = Convert.ToBase64String(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));

        var result = MoodleXmlReaderSyntaxTests.Read(MoodleXmlReaderSyntaxTests.Question("description", "",
            questionFiles: $"<file name=\"evil.svg\" path=\"/\" encoding=\"base64\">{svg}</file>"));

        Assert.Contains("«evil.svg»", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Empty(result.Questions);
    }

    [Fact]
    public void Xml_broken_base64_is_an_error()
    {
        var result = MoodleXmlReaderSyntaxTests.Read(MoodleXmlReaderSyntaxTests.Question("description", "",
            questionFiles: "<file name=\"a.png\" path=\"/\" encoding=\"base64\">%%%not base64%%%</file>"));

        Assert.Contains("base64", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_document_over_the_size_limit_is_refused()
    {
        var xml = "<quiz>" + MoodleXmlReaderSyntaxTests.Question("essay", new string(' ', 5000)) + "</quiz>";

        var result = new MoodleXmlReader(maxCharactersInDocument: 1000).Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        Assert.StartsWith("файл завеликий", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_question_without_name_element_is_an_error()
    {
        var result = MoodleFixtures.ReadXmlText("<quiz><question type=\"essay\"><questiontext><text>Без назви</text></questiontext></question></quiz>");

        var error = Assert.Single(result.Errors);
        Assert.Contains("<name>", error.Message, StringComparison.Ordinal);
        Assert.Equal("Без назви", error.QuestionName);
    }

    [Theory]
    [InlineData("multichoice", "<answer fraction=\"100\"><text>один</text></answer>")]
    [InlineData("matching", "<subquestion><text>А</text><answer><text>Б</text></answer></subquestion>")]
    [InlineData("ordering", "<answer fraction=\"1\"><text>один</text></answer>")]
    [InlineData("shortanswer", "")]
    [InlineData("numerical", "")]
    [InlineData("truefalse", "<answer fraction=\"100\"><text>true</text></answer>")]
    public void Xml_question_without_enough_answers_is_an_error(string type, string answers)
    {
        Assert.Single(MoodleXmlReaderSyntaxTests.Read(MoodleXmlReaderSyntaxTests.Question(type, answers)).Errors);
    }

    [Fact]
    public void Xml_fixture_cut_anywhere_is_an_error_never_an_exception()
    {
        var bytes = File.ReadAllBytes(MoodleFixtures.PathOf(MoodleFixtures.SetAXml));

        for (var length = 0; length < bytes.Length - 10; length += 101)
        {
            var result = new MoodleXmlReader().Read(new MemoryStream(bytes, 0, length));

            Assert.False(result.Succeeded);
        }
    }

    [Fact]
    public void Xml_unknown_type_is_a_warning_and_the_rest_imports()
    {
        var result = MoodleXmlReaderSyntaxTests.Read(
            MoodleXmlReaderSyntaxTests.Question("calculatedsimple", "", name: "Формула") + MoodleXmlReaderSyntaxTests.Question("essay", ""));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("Формула", "тип питання «calculatedsimple» не підтримується — пропущено"), (warning.QuestionName, warning.Message));
        Assert.Single(result.Questions);
    }
}
