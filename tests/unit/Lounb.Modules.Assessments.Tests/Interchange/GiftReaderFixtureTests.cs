using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>The set-A GIFT files Moodle imported and exported, read as Moodle stored them (IMPORT-LOG.md, questions-readback.json).</summary>
public sealed class GiftReaderFixtureTests
{
    /// <summary>Only in Moodle's exports: created in Moodle because the hand-written source.gift cannot hold them.</summary>
    private static readonly string[] ExportOnly = ["Впорядкування: перевірка новини", "Прапор (зображення в тексті питання)"];

    [Theory]
    [InlineData(MoodleFixtures.SourceGift, true)]
    [InlineData(MoodleFixtures.SetAGift, true)]
    [InlineData(MoodleFixtures.SetAGiftNoCategories, false)]
    public void Gift_fixture_questions_are_stored_as_Moodle_stored_them(string file, bool withCategories)
    {
        var result = MoodleFixtures.ReadGift(file);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var expected = MoodleReadback.Supported
            .Where(q => file != MoodleFixtures.SourceGift || !ExportOnly.Contains(q.GetProperty("name").GetString()))
            .ToList();
        Assert.Equal(file == MoodleFixtures.SourceGift ? 13 : 15, expected.Count);
        Assert.Equal(expected.Count, result.Questions.Count);
        foreach (var question in expected)
        {
            var imported = Assert.Single(result.Questions, q => q.Content.Name == question.GetProperty("name").GetString());
            MoodleReadback.AssertStoredLikeMoodle(question, imported, withCategories, withFiles: false);
        }
    }

    [Fact]
    public void Gift_range_becomes_midpoint_with_half_width()
    {
        var fromSource = Question(MoodleFixtures.ReadGift(MoodleFixtures.SourceGift), "Діапазон");

        var answer = Assert.Single(fromSource.NumericAnswers);
        Assert.Equal((15m, 5m, 1m), (answer.Value!.Value, answer.Tolerance, answer.Fraction));
    }

    [Fact]
    public void Gift_truefalse_first_feedback_is_for_the_wrong_answer_second_for_the_right()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SourceGift), "Державна мова");

        Assert.Equal(QuestionType.TrueFalse, question.Type);
        Assert.True(question.CorrectTruth);
        Assert.Equal("Правильно.", question.FeedbackWhenTrue);
        Assert.Equal("Неправильно: закон ухвалено 25 квітня 2019 року.", question.FeedbackWhenFalse);
    }

    [Fact]
    public void Gift_shortanswer_keeps_half_weight_and_counts_unweighted_answers_as_full()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SourceGift), "Фейк");

        Assert.Equal(QuestionType.ShortAnswer, question.Type);
        Assert.False(question.CaseSensitive);
        Assert.Equal([("дезінформація", 1m), ("дезінформацією", 1m), ("фейк", 0.5m)], question.AcceptedAnswers.Select(a => (a.Text, a.Fraction)));
    }

    [Fact]
    public void Gift_matching_reads_three_pairs()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SourceGift), "Джерела");

        Assert.Equal(QuestionType.Matching, question.Type);
        Assert.Equal(["p1", "p2", "p3"], question.Pairs.Select(p => p.Id));
        Assert.Equal(("WHOIS", "дані про власника домену"), (question.Pairs[1].Prompt, question.Pairs[1].Answer));
    }

    [Fact]
    public void Gift_missing_word_form_leaves_a_blank_in_the_text()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SourceGift), "Пропущене слово");

        Assert.Equal("Двофакторна _____ захищає обліковий запис навіть після витоку пароля.", question.Text);
        Assert.Equal(QuestionType.SingleChoice, question.Type);
        Assert.Equal("автентифікація", Assert.Single(question.Choices, c => c.Fraction == 1m).Text);
    }

    [Fact]
    public void Gift_escaped_colon_and_equals_are_unescaped()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SourceGift), "Символи");

        Assert.Equal("Який символ у GIFT екранують зворотною косою рискою: знак = чи літеру «а»?", question.Text);
        Assert.Equal([("знак =", 1m), ("літеру «а»", 0m)], question.Choices.Select(c => (c.Text, c.Fraction)));
    }

    [Fact]
    public void Gift_html_prefix_sets_the_format_and_is_stripped_from_the_answers()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SourceGift), "HTML-питання");

        Assert.Equal(TextFormat.Html, question.Format);
        Assert.Equal("<p>Яка з адрес <strong>найімовірніше</strong> фішингова?</p>", question.Text);
        Assert.All(question.Choices, c => Assert.StartsWith("<code>", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Gift_multichoice_without_equals_is_multiple_choice_with_negative_weights()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SourceGift), "Обов'язкові примірники");

        Assert.Equal(QuestionType.MultipleChoice, question.Type);
        Assert.Equal([0.5m, 0.5m, -1m, -1m], question.Choices.Select(c => c.Fraction));
        Assert.Equal(["c1", "c2", "c3", "c4"], question.Choices.Select(c => c.Id));
    }

    [Fact]
    public void Gift_essay_and_description_get_Moodle_defaults()
    {
        var result = MoodleFixtures.ReadGift(MoodleFixtures.SourceGift);
        var essay = Question(result, "Есе про критичне мислення");
        var description = Question(result, "Вступ");

        Assert.Equal((QuestionType.Essay, 15, 1m), (essay.Type, essay.EssayLines, essay.DefaultMark));
        Assert.Equal((QuestionType.Description, 0m), (description.Type, description.DefaultMark));
    }

    [Fact]
    public void Gift_general_feedback_is_the_text_after_four_hashes()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SourceGift), "Закон про бібліотеки");

        Assert.Equal("Базовий закон галузі ухвалено 1995 року.", question.GeneralFeedback);
        Assert.Equal(4, question.Choices.Count);
        Assert.Equal("Так, це базовий закон галузі.", question.Choices[0].Feedback);
    }

    [Theory]
    [InlineData(MoodleFixtures.SourceGift)]
    [InlineData(MoodleFixtures.SetAGift)]
    public void Gift_categories_lose_the_context_token_and_top(string file)
    {
        var result = MoodleFixtures.ReadGift(file);

        Assert.Contains(result.Categories, c => c.Path.Segments.SequenceEqual(["Атестація бібліотекарів", "Законодавство"]));
        Assert.Contains(result.Categories, c => c.Path.Segments.SequenceEqual(["Атестація бібліотекарів", "Медіаграмотність"]));
        Assert.DoesNotContain(result.Categories, c => c.Path.Segments.Any(s => s.Contains('$', StringComparison.Ordinal) || s == "top"));
        Assert.Equal(["Атестація бібліотекарів", "Медіаграмотність"], result.Questions.Single(q => q.Content.Name == "Вступ").Category.Segments);
    }

    [Fact]
    public void Gift_ordering_extension_gives_the_items_in_the_right_order()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SetAGift), "Впорядкування: перевірка новини");

        Assert.Equal(QuestionType.Ordering, question.Type);
        Assert.Equal(TextFormat.Html, question.Format);
        Assert.Equal("<p>Розташуйте кроки перевірки новини в правильному порядку.</p>", question.Text);
        Assert.Equal(
            [("o1", "Знайти першоджерело"), ("o2", "Перевірити автора"), ("o3", "Порівняти з іншими джерелами"), ("o4", "Зробити висновок")],
            question.OrderItems.Select(i => (i.Id, i.Text)));
    }

    [Fact]
    public void Gift_image_question_keeps_the_reference_without_the_bytes()
    {
        var question = Question(MoodleFixtures.ReadGift(MoodleFixtures.SetAGift), "Прапор (зображення в тексті питання)");

        Assert.Contains("<img src=\"@@PLUGINFILE@@/flag-ua.png\"", question.Text, StringComparison.Ordinal);
        Assert.Empty(question.Files);
    }

    [Fact]
    public void Gift_line_of_each_question_is_its_first_line_after_the_comments()
    {
        var result = MoodleFixtures.ReadGift(MoodleFixtures.SetAGift);

        Assert.Equal(10, result.Questions[0].Line);
        Assert.Equal(20, result.Questions[1].Line);
    }

    private static QuestionContent Question(ImportResult result, string name) =>
        Assert.Single(result.Questions, q => q.Content.Name == name).Content;
}
