using System.Text;
using System.Xml.Linq;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>Moodle XML as Moodle's exporter writes it.</summary>
public sealed class MoodleXmlWriterTests
{
    [Fact]
    public void XmlWriter_writes_utf8_without_bom_and_a_quiz_root()
    {
        var bytes = WriteBytes(SampleQuestions.GiftExpressible());

        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n", text, StringComparison.Ordinal);
        Assert.Equal("quiz", XDocument.Parse(text).Root!.Name.LocalName);
    }

    [Fact]
    public void XmlWriter_uses_cdata_only_when_needed_and_splits_its_end_marker()
    {
        var xml = Write(new QuestionContent { Type = QuestionType.Essay, Name = "Просто назва", Text = "a ]]> b <c>", Format = TextFormat.Html });

        Assert.Contains("<text>Просто назва</text>", xml, StringComparison.Ordinal);
        Assert.Contains("<text><![CDATA[a ]]]]><![CDATA[> b <c>]]></text>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void XmlWriter_writes_files_as_base64_inside_questiontext()
    {
        var xml = Write(new QuestionContent
        {
            Type = QuestionType.Description, Name = "Ф", Text = "<img src=\"@@PLUGINFILE@@/a%20b.png\">", Format = TextFormat.Html,
            Files = [new EmbeddedFile("a b.png", "image/png", SampleQuestions.Png), new EmbeddedFile("d/c.png", "image/png", SampleQuestions.Png)],
        });

        var questionText = XDocument.Parse(xml).Descendants("questiontext").Single();
        Assert.Equal(
            [("a b.png", "/", "base64"), ("c.png", "/d/", "base64")],
            questionText.Elements("file").Select(f => (f.Attribute("name")!.Value, f.Attribute("path")!.Value, f.Attribute("encoding")!.Value)));
        Assert.Equal(SampleQuestions.Png, Convert.FromBase64String(questionText.Elements("file").First().Value));
    }

    [Fact]
    public void XmlWriter_writes_fractions_as_percent_and_ordering_positions()
    {
        var xml = XDocument.Parse(Write(
            new QuestionContent { Type = QuestionType.MultipleChoice, Name = "М", Text = "Т", Choices = [new("c1", "А", 0.3333333m), new("c2", "Б", -0.5m), new("c3", "В", 1m)] },
            new QuestionContent { Type = QuestionType.Ordering, Name = "О", Text = "Т", OrderItems = [new("o1", "1"), new("o2", "2")] }));

        var questions = xml.Descendants("question").Where(q => q.Attribute("type")!.Value != "category").ToList();
        Assert.Equal(["33.33333", "-50", "100"], questions[0].Elements("answer").Select(a => a.Attribute("fraction")!.Value));
        Assert.Equal("false", questions[0].Element("single")!.Value);
        Assert.Equal(["1", "2"], questions[1].Elements("answer").Select(a => a.Attribute("fraction")!.Value));
    }

    [Fact]
    public void XmlWriter_writes_per_type_elements()
    {
        var xml = XDocument.Parse(Write(
            new QuestionContent { Type = QuestionType.TrueFalse, Name = "П", Text = "Т", CorrectTruth = false, FeedbackWhenTrue = "ні" },
            new QuestionContent { Type = QuestionType.Numerical, Name = "Ч", Text = "Т", NumericAnswers = [new(15m, 5m, 1m), new(null, 0m, 0m, "інше")] },
            new QuestionContent { Type = QuestionType.Matching, Name = "М", Text = "Т", Pairs = [new("p1", "А", "1"), new("p2", "Б", "2")] },
            new QuestionContent { Type = QuestionType.Essay, Name = "Е", Text = "Т", EssayLines = 20, GraderInfo = "оцінка" }));

        var questions = xml.Descendants("question").Where(q => q.Attribute("type")!.Value != "category").ToList();
        Assert.Equal(["truefalse", "numerical", "matching", "essay"], questions.Select(q => q.Attribute("type")!.Value));
        Assert.Equal([("true", "0"), ("false", "100")], questions[0].Elements("answer").Select(a => (a.Element("text")!.Value, a.Attribute("fraction")!.Value)));
        Assert.Equal("1.0000000", questions[0].Element("penalty")!.Value);
        Assert.Equal([("15", "5"), ("*", "0")], questions[1].Elements("answer").Select(a => (a.Element("text")!.Value, a.Element("tolerance")!.Value)));
        Assert.Equal(["1", "2"], questions[2].Elements("subquestion").Select(s => s.Element("answer")!.Element("text")!.Value));
        Assert.Equal(("20", "оцінка"), (questions[3].Element("responsefieldlines")!.Value, questions[3].Element("graderinfo")!.Element("text")!.Value));
    }

    [Fact]
    public void XmlWriter_writes_a_category_question_when_the_category_changes()
    {
        var essay = new QuestionContent { Type = QuestionType.Essay, Name = "Е", Text = "Т" };

        var xml = XDocument.Parse(WriteText([new(essay, new CategoryPath(["A/B"]), []), new(essay, new CategoryPath(["A/B"]), []), new(essay, new CategoryPath(["C"]), [])]));

        Assert.Equal(
            ["category", "essay", "essay", "category", "essay"],
            xml.Root!.Elements("question").Select(q => q.Attribute("type")!.Value));
        Assert.Equal(
            ["$module$/top/A//B", "$module$/top/C"],
            xml.Descendants("category").Select(c => c.Element("text")!.Value));
    }

    [Fact]
    public void XmlWriter_writes_every_listed_category_with_its_description_even_an_empty_parent()
    {
        var essay = new QuestionContent { Type = QuestionType.Essay, Name = "Е", Text = "Т" };
        List<ExportedCategory> categories =
        [
            new(new CategoryPath(["Атестація"]), "Опис & примітки\nдругий рядок"),
            new(new CategoryPath(["Атестація", "Право"]), "<p>Закони</p>"),
            new(new CategoryPath(["Атестація", "Порожня"]), ""),
        ];

        using var stream = new MemoryStream();
        new MoodleXmlWriter().Write([new(essay, new CategoryPath(["Атестація", "Право"]), [])], stream, categories);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));

        Assert.Equal(["category", "category", "essay", "category"], xml.Root!.Elements("question").Select(q => q.Attribute("type")!.Value));
        Assert.Equal(
            [
                ("$module$/top/Атестація", "html", "Опис &amp; примітки<br>другий рядок"),
                ("$module$/top/Атестація/Право", "html", "<p>Закони</p>"),
                ("$module$/top/Атестація/Порожня", "moodle_auto_format", ""),
            ],
            xml.Root.Elements("question").Where(q => q.Attribute("type")!.Value == "category").Select(q => (
                q.Element("category")!.Element("text")!.Value,
                q.Element("info")!.Attribute("format")!.Value,
                q.Element("info")!.Element("text")!.Value)));
    }

    [Fact]
    public void XmlWriter_drops_characters_xml_cannot_carry()
    {
        var xml = Write(new QuestionContent { Type = QuestionType.Essay, Name = "Назва\u0001", Text = "Т\u0008екст 😀" });

        var parsed = XDocument.Parse(xml);
        Assert.Equal("Назва", parsed.Descendants("name").Single().Element("text")!.Value);
        Assert.Equal("Текст 😀", parsed.Descendants("questiontext").Single().Element("text")!.Value);
    }

    private static string Write(params QuestionContent[] questions) =>
        WriteText(questions.Select(q => new ExportedQuestion(q, CategoryPath.Root, [])).ToList());

    private static string WriteText(IReadOnlyList<ExportedQuestion> questions) => Encoding.UTF8.GetString(WriteBytes(questions));

    private static byte[] WriteBytes(IReadOnlyList<ExportedQuestion> questions)
    {
        using var stream = new MemoryStream();
        new MoodleXmlWriter().Write(questions, stream);
        return stream.ToArray();
    }
}
