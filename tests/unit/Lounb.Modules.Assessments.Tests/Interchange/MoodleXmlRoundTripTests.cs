using System.Globalization;
using System.Text;
using System.Text.Json;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>
/// Moodle's own files imported and exported again: Moodle must find in our file every field it wrote (and, for set A,
/// every value its readback lists), for each supported question type, with the categories and their descriptions.
/// </summary>
public sealed class MoodleXmlRoundTripTests
{
    [Theory]
    [InlineData(MoodleFixtures.SetAXml)]
    [InlineData(MoodleFixtures.SetAXmlNoCategories)]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-moodle-xml-nocategories.xml")]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-moodle-xml-withcategories.xml")]
    public void Moodle_file_imported_and_exported_again_keeps_every_field_Moodle_wrote(string file)
    {
        var moodle = MoodleFixtures.Text(file);

        var ours = Export(MoodleFixtures.ReadXmlText(moodle));

        var expected = MoodleXmlFacts.Questions(moodle);
        var actual = MoodleXmlFacts.Questions(ours);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (before, after) in expected.Zip(actual))
        {
            Assert.Equal(MoodleXmlFacts.Describe(before), MoodleXmlFacts.Describe(after));
        }
    }

    [Theory]
    [InlineData(MoodleFixtures.SetAXml)]
    [InlineData("quiz-20mcq/peer-quiz-20mcq-moodle-xml-withcategories.xml")]
    public void Moodle_file_exported_again_keeps_its_categories_their_descriptions_idnumbers_and_the_empty_parents(string file)
    {
        var moodle = MoodleFixtures.Text(file);

        var ours = Export(MoodleFixtures.ReadXmlText(moodle));

        var categories = MoodleXmlFacts.Categories(moodle);
        Assert.Contains(categories, c => c.Path == "$module$/top/Атестація бібліотекарів" || c.Path.StartsWith("$module$/top/", StringComparison.Ordinal));
        Assert.Contains(categories, c => c.IdNumber is "fx-a-api" or "peer-mcq");
        Assert.Equal(categories, MoodleXmlFacts.Categories(ours));
    }

    [Fact]
    public void Set_A_exported_again_says_what_Moodle_stored_for_each_question()
    {
        var ours = MoodleXmlFacts.Questions(Export(MoodleFixtures.ReadXml(MoodleFixtures.SetAXml)));

        var stored = MoodleReadback.Supported.ToList();
        Assert.Equal(stored.Count, ours.Count);
        foreach (var (expected, facts) in stored.Zip(ours))
        {
            AssertReadback(expected, facts);
        }
    }

    [Fact]
    public void Settings_Moodle_allows_beyond_the_defaults_survive_an_export()
    {
        // Moodle wrote set A with default settings; this variant of its file changes them as Moodle's forms can.
        var variant = MoodleFixtures.Text(MoodleFixtures.SetAXml)
            .Replace("<layouttype>VERTICAL</layouttype>", "<layouttype>HORIZONTAL</layouttype>", StringComparison.Ordinal)
            .Replace("<selecttype>ALL</selecttype>", "<selecttype>CONTIGUOUS</selecttype>", StringComparison.Ordinal)
            .Replace("<selectcount>0</selectcount>", "<selectcount>3</selectcount>", StringComparison.Ordinal)
            .Replace("<gradingtype>ABSOLUTE_POSITION</gradingtype>", "<gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>", StringComparison.Ordinal)
            .Replace("<showgrading>SHOW</showgrading>", "<showgrading>HIDE</showgrading>", StringComparison.Ordinal)
            .Replace("<numberingstyle>123</numberingstyle>", "<numberingstyle>none</numberingstyle>", StringComparison.Ordinal)
            .Replace("<shownumcorrect>1</shownumcorrect>", "<shownumcorrect>0</shownumcorrect>", StringComparison.Ordinal)
            .Replace("<responseformat>editor</responseformat>", "<responseformat>monospaced</responseformat>", StringComparison.Ordinal)
            .Replace("<responserequired>1</responserequired>", "<responserequired>0</responserequired>", StringComparison.Ordinal)
            .Replace("<responsefieldlines>15</responsefieldlines>", "<responsefieldlines>25</responsefieldlines>", StringComparison.Ordinal)
            .Replace("<minwordlimit></minwordlimit>", "<minwordlimit>50</minwordlimit>", StringComparison.Ordinal)
            .Replace("<maxwordlimit></maxwordlimit>", "<maxwordlimit>300</maxwordlimit>", StringComparison.Ordinal)
            .Replace("<attachments>0</attachments>", "<attachments>-1</attachments>", StringComparison.Ordinal)
            .Replace("<attachmentsrequired>0</attachmentsrequired>", "<attachmentsrequired>1</attachmentsrequired>", StringComparison.Ordinal)
            .Replace("<maxbytes>0</maxbytes>", "<maxbytes>1048576</maxbytes>", StringComparison.Ordinal)
            .Replace("<filetypeslist></filetypeslist>", "<filetypeslist>.pdf,.docx</filetypeslist>", StringComparison.Ordinal)
            .Replace("<answernumbering>abc</answernumbering>", "<answernumbering>iii</answernumbering>", StringComparison.Ordinal)
            .Replace("<showstandardinstruction>0</showstandardinstruction>", "<showstandardinstruction>1</showstandardinstruction>", StringComparison.Ordinal)
            .Replace("<penalty>0.3333333</penalty>", "<penalty>0.1000000</penalty>", StringComparison.Ordinal)
            .Replace("<unitpenalty>1.0000000</unitpenalty>", "<unitpenalty>0.2500000</unitpenalty>", StringComparison.Ordinal)
            .Replace("<shownumcorrect/>\n    <answer", "<answer", StringComparison.Ordinal);

        var ours = Export(MoodleFixtures.ReadXmlText(variant));

        var expected = MoodleXmlFacts.Questions(variant);
        Assert.Contains(expected, q => q["type"] == "ordering" && q["layouttype"] == "HORIZONTAL" && q["gradingtype"] == "RELATIVE_NEXT_EXCLUDE_LAST");
        Assert.Contains(expected, q => q["type"] == "essay" && q["responseformat"] == "monospaced");
        Assert.Equal(expected.Select(MoodleXmlFacts.Describe), MoodleXmlFacts.Questions(ours).Select(MoodleXmlFacts.Describe));
    }

    [Fact]
    public void Ordering_settings_are_read_with_Moodles_aliases_and_defaults()
    {
        const string Xml = """
            <quiz>
              <question type="ordering"><name><text>А</text></name><questiontext format="html"><text>Б</text></questiontext>
                <layouttype>H</layouttype><selecttype>EXACT</selecttype><gradingtype>ABS</gradingtype><showgrading>NO</showgrading>
                <answer fraction="1"><text>1</text></answer><answer fraction="2"><text>2</text></answer></question>
              <question type="ordering"><name><text>В</text></name><questiontext format="html"><text>Г</text></questiontext>
                <answer fraction="1"><text>1</text></answer><answer fraction="2"><text>2</text></answer></question>
            </quiz>
            """;

        var result = MoodleFixtures.ReadXmlText(Xml);

        Assert.Empty(result.Errors);
        Assert.Equal(
            new OrderingOptions { Layout = OrderingLayout.Horizontal, Selection = OrderingSelection.All, SelectCount = 6, Grading = OrderingGrading.AbsolutePosition, ShowGrading = false, NumberingStyle = "none" },
            result.Questions[0].Content.Ordering);
        // A file that says nothing gets what Moodle's importer gives it, not the platform's defaults.
        Assert.Equal(
            new OrderingOptions { Layout = OrderingLayout.Vertical, Selection = OrderingSelection.Random, SelectCount = 6, Grading = OrderingGrading.RelativeNextExcludeLast, ShowGrading = true, NumberingStyle = "none" },
            result.Questions[1].Content.Ordering);
    }

    [Fact]
    public void Gift_ordering_header_keeps_the_settings_through_a_gift_round_trip()
    {
        var moodle = MoodleFixtures.Text(MoodleFixtures.SetAGift)
            .Replace("{>0 ALL VERTICAL ABSOLUTE_POSITION SHOW 123", "{>3 RANDOM HORIZONTAL RELATIVE_NEXT_EXCLUDE_LAST HIDE none", StringComparison.Ordinal);

        var ordering = Assert.Single(new GiftReader().Read(moodle).Questions, q => q.Content.Type == QuestionType.Ordering);
        var gift = new GiftWriter().Write([new ExportedQuestion(ordering.Content, CategoryPath.Root, [])]);

        Assert.Equal(
            new OrderingOptions { SelectCount = 3, Selection = OrderingSelection.Random, Layout = OrderingLayout.Horizontal, Grading = OrderingGrading.RelativeNextExcludeLast, ShowGrading = false, NumberingStyle = "none" },
            ordering.Content.Ordering);
        Assert.Contains("{>3 RANDOM HORIZONTAL RELATIVE_NEXT_EXCLUDE_LAST HIDE none\n", gift, StringComparison.Ordinal);
    }

    [Fact]
    public void Moodle_settings_are_kept_in_the_stored_question()
    {
        var imported = MoodleFixtures.ReadXml(MoodleFixtures.SetAXml).Questions.Select(q => q.Content).ToList();

        var again = imported.Select(content => QuestionJson.Read(QuestionJson.Write(content), content.Files)).ToList();

        Assert.Equal(imported.Select(Snapshot), again.Select(Snapshot));
        Assert.Contains(again, c => c.Hints.Count > 0);
        Assert.Contains(again, c => c.UnitHandling.Penalty == 1m);
    }

    [Fact]
    public void Penalty_outside_zero_to_one_is_refused_with_a_reason()
    {
        var result = MoodleFixtures.ReadXmlText("<quiz><question type=\"essay\"><name><text>Е</text></name><questiontext><text>Т</text></questiontext><penalty>2</penalty></question></quiz>");

        Assert.Empty(result.Questions);
        Assert.Contains("штраф «2» має бути числом від 0 до 1", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    private static string Snapshot(QuestionContent content) =>
        QuestionSnapshot.Of(new ExportedQuestion(content, CategoryPath.Root, []));

    private static string Export(ImportResult result)
    {
        Assert.Empty(result.Errors);
        using var stream = new MemoryStream();
        new MoodleXmlWriter().Write(
            QuestionSnapshot.ToExport(result.Questions), stream, [.. result.Categories.Select(c => new ExportedCategory(c.Path, c.Info, c.IdNumber))]);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Each field of Moodle's readback against what our file tells Moodle.</summary>
    private static void AssertReadback(JsonElement expected, SortedDictionary<string, string> facts)
    {
        var name = expected.GetProperty("name").GetString()!;
        Assert.Equal(name, facts["name"]);
        Assert.Equal(expected.GetProperty("questiontext").GetString(), facts["questiontext"]);
        Assert.Equal(expected.GetProperty("questiontextformat").GetInt32() == 1 ? "html" : "moodle_auto_format", facts["questiontext/format"]);
        Assert.Equal(expected.GetProperty("generalfeedback").GetString(), facts["generalfeedback"]);
        Assert.Equal(Number(expected, "penalty"), facts["penalty"]);
        Assert.Equal(expected.GetProperty("qtype").GetString() == "description" ? "0" : Number(expected, "defaultmark"), facts["defaultgrade"]);
        Assert.Equal(expected.GetProperty("idnumber").GetString() ?? "", facts["idnumber"]);
        Assert.Equal(
            string.Join(" ", expected.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("filename").GetString() + ":" + f.GetProperty("sha1").GetString())),
            facts["files"]);

        var grading = expected.GetProperty("grading");
        switch (expected.GetProperty("qtype").GetString())
        {
            case "multichoice":
                Assert.Equal(grading.GetProperty("single").GetBoolean() ? "true" : "false", facts["single"]);
                Assert.Equal(grading.GetProperty("shuffleanswers").GetBoolean() ? "true" : "false", facts["shuffleanswers"]);
                Assert.Equal(grading.GetProperty("answernumbering").GetString(), facts["answernumbering"]);
                Assert.Equal(grading.GetProperty("showstandardinstruction").GetBoolean() ? "1" : "0", facts["showstandardinstruction"]);
                AssertAnswers(grading, facts, "answer", withTolerance: false);
                break;
            case "truefalse":
                var correct = grading.GetProperty("correct").GetString() == "true";
                Assert.Equal(["true", correct ? "100" : "0", Text(grading.GetProperty("true_answer"), "feedback")], [facts["answer[0]"], Percent(facts["answer[0]/fraction"]), facts["answer[0]/feedback"]]);
                Assert.Equal(["false", correct ? "0" : "100", Text(grading.GetProperty("false_answer"), "feedback")], [facts["answer[1]"], Percent(facts["answer[1]/fraction"]), facts["answer[1]/feedback"]]);
                break;
            case "shortanswer":
                Assert.Equal(grading.GetProperty("usecase").GetBoolean() ? "1" : "0", facts["usecase"]);
                AssertAnswers(grading, facts, "answer", withTolerance: false);
                break;
            case "numerical":
                AssertAnswers(grading, facts, "answer", withTolerance: true);
                Assert.Equal(
                    [Number(grading, "unitgradingtype"), Number(grading, "unitpenalty"), Number(grading, "showunits"), Number(grading, "unitsleft")],
                    [facts["unitgradingtype"], facts["unitpenalty"], facts["showunits"], facts["unitsleft"]]);
                Assert.Empty(grading.GetProperty("units").EnumerateArray());
                break;
            case "match":
                Assert.Equal(grading.GetProperty("shuffleanswers").GetBoolean() ? "true" : "false", facts["shuffleanswers"]);
                Assert.Equal(
                    grading.GetProperty("pairs").EnumerateArray().Select(p => Text(p, "question") + " -> " + Text(p, "answer")),
                    facts.Where(f => f.Key.StartsWith("subquestion[", StringComparison.Ordinal)).Select(f => f.Value));
                break;
            case "essay":
                Assert.Equal(grading.GetProperty("responseformat").GetString(), facts["responseformat"]);
                foreach (var field in new[] { "responserequired", "responsefieldlines", "attachments", "attachmentsrequired" })
                {
                    Assert.Equal(Number(grading, field), facts[field]);
                }

                Assert.Equal(
                    [Optional(grading, "minwordlimit"), Optional(grading, "maxwordlimit"), Text(grading, "graderinfo"), Text(grading, "responsetemplate")],
                    [facts["minwordlimit"], facts["maxwordlimit"], facts["graderinfo"], facts["responsetemplate"]]);
                break;
            case "ordering":
                Assert.Equal(grading.GetProperty("layouttype").GetString() == "1" ? "HORIZONTAL" : "VERTICAL", facts["layouttype"]);
                Assert.Equal(grading.GetProperty("selecttype").GetString() switch { "0" => "ALL", "1" => "RANDOM", _ => "CONTIGUOUS" }, facts["selecttype"]);
                Assert.Equal(grading.GetProperty("selectcount").GetString(), facts["selectcount"]);
                Assert.Equal(grading.GetProperty("gradingtype_name").GetString(), facts["gradingtype"]);
                Assert.Equal(grading.GetProperty("showgrading").GetString() == "1" ? "SHOW" : "HIDE", facts["showgrading"]);
                Assert.Equal(grading.GetProperty("numberingstyle").GetString(), facts["numberingstyle"]);
                Assert.Equal(
                    grading.GetProperty("correct_order").EnumerateArray().Select(i => Text(i, "text") + " @" + i.GetProperty("correct_position").GetInt32()),
                    facts.Where(f => f.Key.StartsWith("answer[", StringComparison.Ordinal)).Select(f => f.Value));
                break;
            case "description":
                break;
            default:
                Assert.Fail($"Unexpected type in the readback for «{name}».");
                break;
        }
    }

    private static void AssertAnswers(JsonElement grading, SortedDictionary<string, string> facts, string prefix, bool withTolerance)
    {
        var answers = grading.GetProperty("answers").EnumerateArray().ToList();
        for (var i = 0; i < answers.Count; i++)
        {
            Assert.Equal(Text(answers[i], "answer"), facts[$"{prefix}[{i}]"]);
            Assert.Equal(Number(answers[i], "fraction"), Fraction(facts[$"{prefix}[{i}]/fraction"]));
            Assert.Equal(Text(answers[i], "feedback"), facts[$"{prefix}[{i}]/feedback"]);
            if (withTolerance)
            {
                Assert.Equal(Number(answers[i], "tolerance"), facts[$"{prefix}[{i}]/tolerance"]);
            }
        }

        Assert.False(facts.ContainsKey($"{prefix}[{answers.Count}]"));
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString() ?? "";

    private static string Optional(JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? "" : Number(element, property);

    private static string Number(JsonElement element, string property)
    {
        var value = element.GetProperty(property);
        var number = value.ValueKind == JsonValueKind.String ? decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDecimal();
        return (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A file's percent as Moodle's stored fraction (÷ 100, 7 places).</summary>
    private static string Fraction(string percent) =>
        (Math.Round(decimal.Parse(percent, CultureInfo.InvariantCulture) / 100m, 7) / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Percent(string percent) => percent;
}
