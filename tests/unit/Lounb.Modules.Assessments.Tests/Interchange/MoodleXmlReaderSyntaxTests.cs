using System.Text;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>Moodle XML elements the fixtures do not show.</summary>
public sealed class MoodleXmlReaderSyntaxTests
{
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    [Fact]
    public void Xml_multichoice_single_false_is_multiple_choice_with_fractions_from_percent()
    {
        var question = Single(Question("multichoice", """
            <single>false</single><shuffleanswers>0</shuffleanswers>
            <answer fraction="33.33333"><text>А</text></answer>
            <answer fraction="66.66667"><text>Б</text></answer>
            <answer fraction="-100"><text>В</text></answer>
            """));

        Assert.Equal(QuestionType.MultipleChoice, question.Type);
        Assert.False(question.ShuffleAnswers);
        Assert.Equal([0.3333333m, 0.6666667m, -1m], question.Choices.Select(c => c.Fraction));
    }

    [Fact]
    public void Xml_truefalse_answer_worth_100_is_the_right_one()
    {
        var question = Single(Question("truefalse", """
            <answer fraction="0"><text>true</text><feedback><text>Ні</text></feedback></answer>
            <answer fraction="100"><text>false</text><feedback><text>Так</text></feedback></answer>
            """));

        Assert.Equal((false, "Ні", "Так"), (question.CorrectTruth, question.FeedbackWhenTrue, question.FeedbackWhenFalse));
    }

    [Fact]
    public void Xml_shortanswer_reads_usecase_and_ignores_the_answer_format()
    {
        var question = Single(Question("shortanswer", """
            <usecase>1</usecase>
            <answer fraction="100" format="html"><text>Київ</text></answer>
            <answer fraction="50" format="plain_text"><text>K&lt;y&gt;iv</text></answer>
            """, format: "html"));

        Assert.True(question.CaseSensitive);
        Assert.Equal([("Київ", 1m), ("K<y>iv", 0.5m)], question.AcceptedAnswers.Select(a => (a.Text, a.Fraction)));
    }

    [Fact]
    public void Xml_numerical_reads_tolerance_and_star_as_catch_all()
    {
        var question = Single(Question("numerical", """
            <answer fraction="100"><text>3.14</text><tolerance>0.01</tolerance></answer>
            <answer fraction="50"><text>3</text><tolerance>-0.5</tolerance></answer>
            <answer fraction="0"><text>*</text><feedback><text>Ні</text></feedback><tolerance>0</tolerance></answer>
            """));

        Assert.Equal(
            [(3.14m, 0.01m, 1m), (3m, 0.5m, 0.5m), ((decimal?)null, 0m, 0m)],
            question.NumericAnswers.Select(a => (a.Value, a.Tolerance, a.Fraction)));
        Assert.Equal("Ні", question.NumericAnswers[2].Feedback);
    }

    [Fact]
    public void Xml_numerical_units_are_dropped_with_a_warning()
    {
        var result = Read(Question("numerical", """
            <answer fraction="100"><text>5</text></answer>
            <units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit></units>
            """));

        Assert.True(result.Succeeded);
        Assert.Contains("одиниці", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_match_type_name_is_accepted_and_empty_prompt_is_a_distractor()
    {
        var question = Single(Question("match", """
            <subquestion><text>Кіт</text><answer><text>нявкає</text></answer></subquestion>
            <subquestion><text>Пес</text><answer><text>гавкає</text></answer></subquestion>
            <subquestion><text></text><answer><text>мукає</text></answer></subquestion>
            <subquestion><text></text><answer><text></text></answer></subquestion>
            """));

        Assert.Equal([("Кіт", "нявкає"), ("Пес", "гавкає"), ("", "мукає")], question.Pairs.Select(p => (p.Prompt, p.Answer)));
    }

    [Fact]
    public void Xml_essay_reads_lines_grader_info_and_template()
    {
        var question = Single(Question("essay", """
            <responsefieldlines>25</responsefieldlines>
            <graderinfo format="html"><text>Оцінюйте аргументи</text></graderinfo>
            <responsetemplate format="html"><text>Я вважаю, що…</text></responsetemplate>
            """));

        Assert.Equal((25, "Оцінюйте аргументи", "Я вважаю, що…"), (question.EssayLines, question.GraderInfo, question.ResponseTemplate));
    }

    [Theory]
    [InlineData("html", nameof(TextFormat.Html))]
    [InlineData("moodle_auto_format", nameof(TextFormat.Plain))]
    [InlineData("plain_text", nameof(TextFormat.Plain))]
    [InlineData("wiki_like", nameof(TextFormat.Plain))]
    [InlineData("markdown", nameof(TextFormat.Markdown))]
    [InlineData("something_new", nameof(TextFormat.Html))]
    public void Xml_text_formats_map_to_ours(string format, string expected)
    {
        Assert.Equal(expected, Single(Question("description", "", format: format)).Format.ToString());
    }

    [Fact]
    public void Xml_plain_text_answers_and_feedback_are_escaped_into_an_html_question()
    {
        var question = Single(Question("multichoice", """
            <answer fraction="100" format="plain_text"><text>a &lt; b</text><feedback format="plain_text"><text>"так" &amp; все</text></feedback></answer>
            <answer fraction="0" format="html"><text>&lt;b&gt;ні&lt;/b&gt;</text></answer>
            """, format: "html"));

        Assert.Equal(["a &lt; b", "<b>ні</b>"], question.Choices.Select(c => c.Text));
        Assert.Equal("&quot;так&quot; &amp; все", question.Choices[0].Feedback);
    }

    [Fact]
    public void Xml_reads_tags_idnumber_default_grade_and_general_feedback()
    {
        var result = Read(Question("description", """
            <generalfeedback format="html"><text>Загальний відгук</text></generalfeedback>
            <tags><tag><text>право</text></tag><tag><text>1995</text></tag></tags>
            """, extra: "<idnumber>LAW-1</idnumber><defaultgrade>2.5000000</defaultgrade>"));

        var question = Assert.Single(result.Questions);
        Assert.Equal(["право", "1995"], question.Tags);
        Assert.Equal("LAW-1", question.IdNumber);
        Assert.Equal("Загальний відгук", question.Content.GeneralFeedback);
        Assert.Equal(0m, question.Content.DefaultMark);
    }

    [Fact]
    public void Xml_default_grade_is_read()
    {
        Assert.Equal(2.5m, Single(Question("essay", "<defaultgrade>2.5000000</defaultgrade>")).DefaultMark);
    }

    [Fact]
    public void Xml_files_of_all_text_owners_are_kept_and_duplicates_skipped()
    {
        var question = Single(Question("multichoice", $"""
            <answer fraction="100"><text>А</text><file name="a.png" path="/" encoding="base64">{Png}</file>
              <feedback><text>ок</text><file name="b.png" path="/sub/" encoding="base64">{Png}</file></feedback></answer>
            <answer fraction="0"><text>Б</text><file name="a.png" path="/" encoding="base64">{Png}</file></answer>
            """, questionFiles: $"""<file name="q.png" path="/" encoding="base64">{Png}</file>"""));

        Assert.Equal(["q.png", "a.png", "sub/b.png"], question.Files.Select(f => f.Name));
        Assert.All(question.Files, f => Assert.Equal("image/png", f.ContentType));
    }

    [Fact]
    public void Xml_legacy_image_base64_becomes_a_file_and_an_img_tag()
    {
        var question = Single(Question("essay", $"<image>images/legacy pic.png</image><image_base64>{Png}</image_base64>", format: "html"));

        var file = Assert.Single(question.Files);
        Assert.Equal("legacy pic.png", file.Name);
        Assert.EndsWith("<img src=\"@@PLUGINFILE@@/legacy%20pic.png\">", question.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_empty_name_is_built_from_the_text()
    {
        Assert.Equal("Текст питання", Single(Question("description", "", name: "")).Name);
    }

    [Fact]
    public void Xml_comments_processing_instructions_and_unknown_elements_are_ignored()
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- exported -->
            <quiz><?php echo 1; ?><other><question type="x"/></other>{Question("essay", "<unknown>1</unknown>")}</quiz>
            """;

        var result = MoodleFixtures.ReadXmlText(xml);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        Assert.Single(result.Questions);
    }

    [Fact]
    public void Xml_utf16_file_is_read()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-16\"?><quiz>{Question("essay", "")}</quiz>";

        var result = new MoodleXmlReader().Read(new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray()));

        Assert.Equal("Текст питання", Assert.Single(result.Questions).Content.Text);
    }

    internal static string Question(string type, string body, string format = "moodle_auto_format", string name = "Питання", string questionFiles = "", string extra = "") => $"""
        <question type="{type}">
          <name><text>{name}</text></name>
          <questiontext format="{format}"><text>Текст питання</text>{questionFiles}</questiontext>
          {extra}
          {body}
        </question>
        """;

    internal static ImportResult Read(string question) => MoodleFixtures.ReadXmlText($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n{question}\n</quiz>");

    private static QuestionContent Single(string question)
    {
        var result = Read(question);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Questions).Content;
    }
}
