using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>Two questions with one name in one category: a warning in the preview naming the lines; the import still goes ahead.</summary>
public sealed class DuplicateQuestionNameTests
{
    [Fact]
    public void Gift_same_name_in_one_category_is_a_warning_with_every_line()
    {
        var gift = "$CATEGORY: $course$/top/Право\n\n::Закон::Який закон?{=Про бібліотеки ~Інший}\n\n::Закон::Ще раз?{T}\n\n"
            + "$CATEGORY: $course$/top/Цифра\n\n::Закон::Інша категорія{T}\n";

        var result = new GiftReader().Read(gift);

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Questions.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("Закон", 3), (warning.QuestionName, warning.Line));
        Assert.Contains("у категорії «Право» 2 питання з такою назвою (рядки 3, 5)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_distinct_names_give_no_warning()
    {
        Assert.Empty(new GiftReader().Read("::Перше::Так?{T}\n\n::Друге::Так?{T}").Warnings);
    }

    [Fact]
    public void Moodle_xml_same_name_in_one_category_is_a_warning()
    {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category"><category><text>$course$/top/Атестація</text></category></question>
              <question type="truefalse"><name><text>Дублікат</text></name><questiontext format="html"><text>Перше</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
              <question type="truefalse"><name><text>Дублікат</text></name><questiontext format="html"><text>Друге</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
            </quiz>
            """;

        var result = MoodleFixtures.ReadXmlText(xml);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Questions.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("Дублікат", warning.QuestionName);
        Assert.Contains("у категорії «Атестація» 2 питання з такою назвою", warning.Message, StringComparison.Ordinal);
    }
}
