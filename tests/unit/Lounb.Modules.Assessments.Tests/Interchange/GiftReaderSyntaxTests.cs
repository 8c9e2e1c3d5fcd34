using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>GIFT syntax the fixtures do not show (Moodle's docs and format.php).</summary>
public sealed class GiftReaderSyntaxTests
{
    [Fact]
    public void Gift_numerical_reads_weights_tolerances_and_the_catch_all()
    {
        var question = Single("::Грант::Коли народився Грант?{#=1822:0#Точно =%50%1822:2#Близько ~#Ні}");

        Assert.Equal(QuestionType.Numerical, question.Type);
        Assert.Equal(
            [(1822m, 0m, 1m, "Точно"), (1822m, 2m, 0.5m, "Близько"), ((decimal?)null, 0m, 0m, "Ні")],
            question.NumericAnswers.Select(a => (a.Value, a.Tolerance, a.Fraction, a.Feedback)));
    }

    [Fact]
    public void Gift_range_with_decimals_and_negatives_becomes_midpoint_with_half_width()
    {
        var answer = Assert.Single(Single("Температура?{#-2.5..7.5}").NumericAnswers);

        Assert.Equal((2.5m, 5m), (answer.Value!.Value, answer.Tolerance));
    }

    [Fact]
    public void Gift_truefalse_false_puts_the_first_feedback_on_true()
    {
        var question = Single("Земля пласка.{F#Ні, не пласка.#Так, не пласка.}");

        Assert.False(question.CorrectTruth);
        Assert.Equal("Ні, не пласка.", question.FeedbackWhenTrue);
        Assert.Equal("Так, не пласка.", question.FeedbackWhenFalse);
    }

    [Theory]
    [InlineData("{T}", true)]
    [InlineData("{TRUE}", true)]
    [InlineData("{F}", false)]
    [InlineData("{FALSE#Ні}", false)]
    public void Gift_truefalse_accepts_T_TRUE_F_FALSE(string block, bool truth)
    {
        var question = Single("Питання " + block);

        Assert.Equal((QuestionType.TrueFalse, truth), (question.Type, question.CorrectTruth));
    }

    [Fact]
    public void Gift_lowercase_true_is_a_short_answer_as_in_Moodle()
    {
        Assert.Equal(QuestionType.ShortAnswer, Single("Питання {true}").Type);
    }

    [Fact]
    public void Gift_matching_pair_with_empty_prompt_is_a_distractor()
    {
        var question = Single("Відповідність {=Кіт -> нявкає =Пес -> гавкає = -> мукає}");

        Assert.Equal(3, question.Pairs.Count);
        Assert.Equal(("", "мукає"), (question.Pairs[2].Prompt, question.Pairs[2].Answer));
    }

    [Fact]
    public void Gift_question_without_name_is_named_from_the_start_of_its_text()
    {
        var question = Single("[html]<p>Яка <b>столиця</b> України?</p>{=Київ ~Львів}");

        Assert.Equal("Яка столиця України?", question.Name);
    }

    [Fact]
    public void Gift_long_text_gives_a_name_cut_at_a_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("слово", 30));

        var question = Single(text + "{}");

        Assert.EndsWith("...", question.Name, StringComparison.Ordinal);
        Assert.True(question.Name.Length <= 83);
        Assert.StartsWith("слово слово", question.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_comment_id_and_tags_set_idnumber_and_tags()
    {
        var result = new GiftReader().Read("// [id:Q-7\\]] [tag:право] [tag:закон 1995]\n::Назва::Текст{T}");

        var question = Assert.Single(result.Questions);
        Assert.Equal("Q-7]", question.IdNumber);
        Assert.Equal(["право", "закон 1995"], question.Tags);
    }

    [Fact]
    public void Gift_category_double_slash_is_a_literal_slash()
    {
        var result = new GiftReader().Read("$CATEGORY: $course$/top/Поглиблений рівень // експерт/Тести\n\n::А::Б{T}");

        var category = Assert.Single(result.Categories).Path;
        Assert.Equal(["Поглиблений рівень / експерт", "Тести"], category.Segments);
        Assert.Equal(category, Assert.Single(result.Questions).Category);
    }

    [Theory]
    [InlineData("$CATEGORY: $system$/top/А", "А")]
    [InlineData("$CATEGORY: $coursecategory$/top/А", "А")]
    [InlineData("$CATEGORY: $module$/top/А", "А")]
    [InlineData("$CATEGORY: top/А", "А")]
    [InlineData("$CATEGORY: А", "А")]
    public void Gift_category_context_token_and_top_are_dropped(string line, string segment)
    {
        var result = new GiftReader().Read(line + "\n\n::А::Б{T}");

        Assert.Equal([segment], Assert.Single(result.Questions).Category.Segments);
    }

    [Fact]
    public void Gift_questions_before_any_category_are_in_the_root()
    {
        var result = new GiftReader().Read("::А::Б{T}\n\n$CATEGORY: $course$/top/В\n\n::Г::Д{F}");

        Assert.Equal([[], ["В"]], result.Questions.Select(q => q.Category.Segments.ToArray()));
    }

    [Fact]
    public void Gift_markdown_and_plain_prefixes_map_to_our_formats()
    {
        var result = new GiftReader().Read("[markdown]**Жирний** текст{T}\n\n[plain]Просто текст{T}\n\n[moodle]Moodle{T}");

        Assert.Equal([TextFormat.Markdown, TextFormat.Plain, TextFormat.Plain], result.Questions.Select(q => q.Content.Format));
        Assert.Equal("**Жирний** текст", result.Questions[0].Content.Text);
    }

    [Fact]
    public void Gift_plain_answer_inside_an_html_question_is_escaped_into_html()
    {
        var question = Single("[html]<p>Що більше?</p>{=[plain]a < b & c ~[plain]b}");

        Assert.Equal("a &lt; b &amp; c", question.Choices[0].Text);
    }

    [Fact]
    public void Gift_escapes_give_literal_characters_and_newlines()
    {
        var question = Single("Символи \\{ \\} \\~ \\# \\= \\: \\\\ і\\nновий рядок{=так}");

        Assert.Equal("Символи { } ~ # = : \\ і\nновий рядок", question.Text);
        Assert.Equal(QuestionType.ShortAnswer, question.Type);
    }

    [Fact]
    public void Gift_escaped_tilde_in_an_answer_does_not_split_it()
    {
        var question = Single("Що означає \\~?{=приблизно \\~ рівно ~нічого}");

        Assert.Equal(["приблизно ~ рівно", "нічого"], question.Choices.Select(c => c.Text));
    }

    [Fact]
    public void Gift_weights_from_the_grade_list_are_snapped_to_it()
    {
        var question = Single("Оберіть {~%33.33333%А ~%33.333%Б ~%-50%В ~%0%Г}");

        Assert.Equal([0.3333333m, 0.3333333m, -0.5m, 0m], question.Choices.Select(c => c.Fraction));
    }

    [Fact]
    public void Gift_answers_may_be_split_across_lines_with_comments_between()
    {
        var result = new GiftReader().Read("::А::Питання{\n=так\n// коментар усередині\n~ні\n}");

        Assert.Equal(["так", "ні"], Assert.Single(result.Questions).Content.Choices.Select(c => c.Text));
    }

    [Fact]
    public void Gift_several_blank_lines_and_crlf_separate_questions()
    {
        var result = new GiftReader().Read("::А::Б{T}\r\n\r\n\r\n::В::Г{F}\r\n");

        Assert.Equal(["А", "В"], result.Questions.Select(q => q.Content.Name));
        Assert.Equal([1, 4], result.Questions.Select(q => q.Line));
    }

    [Fact]
    public void Gift_essay_with_general_feedback_is_still_an_essay()
    {
        var question = Single("Есе{####Оцінюємо аргументи}");

        Assert.Equal((QuestionType.Essay, "Оцінюємо аргументи"), (question.Type, question.GeneralFeedback));
    }

    private static QuestionContent Single(string gift)
    {
        var result = new GiftReader().Read(gift);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Questions).Content;
    }
}
