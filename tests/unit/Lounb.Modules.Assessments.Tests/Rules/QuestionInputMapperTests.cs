using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Assessments.Tests.Rules;

/// <summary>What the question editor posts becomes question content here, not in the view model.</summary>
public class QuestionInputMapperTests
{
    private static QuestionInput SingleChoice(params ChoiceRow[] choices) => new()
    {
        Type = QuestionType.SingleChoice,
        Name = "  Столиця  ",
        Text = " Яке місто — столиця України? ",
        DefaultMark = "1,5",
        Choices = [.. choices],
        CorrectFeedback = " Так. ",
    };

    [Fact]
    public void Choices_are_trimmed_empty_rows_left_out_and_percentages_become_fractions()
    {
        var input = SingleChoice(
            new ChoiceRow { Id = "c1", Text = " Київ ", Percent = "100", Feedback = " Правильно " },
            new ChoiceRow { Text = "   ", Percent = "0" },
            new ChoiceRow { Text = "Львів", Percent = "-33.33333" });

        var content = QuestionInputMapper.ToContent(input, QuestionInputMapper.Blank(QuestionType.SingleChoice)).Value;

        Assert.Equal("Столиця", content.Name);
        Assert.Equal("Яке місто — столиця України?", content.Text);
        Assert.Equal(1.5m, content.DefaultMark);
        Assert.Equal(["Київ", "Львів"], content.Choices.Select(c => c.Text));
        Assert.Equal([1m, -0.3333333m], content.Choices.Select(c => c.Fraction));
        Assert.Equal("c1", content.Choices[0].Id);
        Assert.Equal("Правильно", content.Choices[0].Feedback);
        Assert.Equal("Так.", content.CorrectFeedback);
    }

    [Fact]
    public void Row_ids_survive_an_edit_but_a_forged_or_repeated_id_gets_a_new_one()
    {
        var input = SingleChoice(
            new ChoiceRow { Id = "c1", Text = "Київ", Percent = "100" },
            new ChoiceRow { Id = "c1", Text = "Львів", Percent = "0" },
            new ChoiceRow { Id = "<script>", Text = "Одеса", Percent = "0" });

        var ids = QuestionInputMapper.ToContent(input, QuestionInputMapper.Blank(QuestionType.SingleChoice)).Value.Choices.Select(c => c.Id).ToList();

        Assert.Equal("c1", ids[0]);
        Assert.Equal(3, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids.Skip(1), id => Assert.Matches("^c[0-9a-f]{8}$", id));
    }

    [Fact]
    public void What_the_editor_does_not_show_is_kept_from_the_stored_question()
    {
        var stored = QuestionInputMapper.Blank(QuestionType.Essay) with { Files = [new EmbeddedFile("flag.png", "image/png", [1, 2, 3])], ShuffleAnswers = false };
        var input = new QuestionInput { Type = QuestionType.Essay, Name = "Есе", Text = "Опишіть.", EssayLines = 10, GraderInfo = " Зверніть увагу на приклади. ", ShuffleAnswers = true };

        var content = QuestionInputMapper.ToContent(input, stored).Value;

        Assert.Equal("flag.png", Assert.Single(content.Files).Name);
        Assert.False(content.ShuffleAnswers); // an essay has no shuffle field: the stored value stays
        Assert.Equal(10, content.EssayLines);
        Assert.Equal("Зверніть увагу на приклади.", content.GraderInfo);
    }

    [Fact]
    public void Numbers_read_with_a_comma_and_star_means_any_other_number()
    {
        var input = new QuestionInput
        {
            Type = QuestionType.Numerical,
            Name = "Рік",
            Text = "Рік незалежності?",
            Numbers = [new NumberRow { Value = "1991", Tolerance = "0,5", Percent = "100" }, new NumberRow { Value = "*", Percent = "0", Feedback = "Ні." }, new NumberRow { Percent = "100" }],
        };

        var answers = QuestionInputMapper.ToContent(input, QuestionInputMapper.Blank(QuestionType.Numerical)).Value.NumericAnswers;

        Assert.Equal(2, answers.Count);
        Assert.Equal((1991m, 0.5m, 1m), (answers[0].Value, answers[0].Tolerance, answers[0].Fraction));
        Assert.Null(answers[1].Value);
    }

    [Fact]
    public void Unreadable_numbers_are_refused_together_as_one_invalid_question()
    {
        var input = new QuestionInput
        {
            Type = QuestionType.Numerical,
            Name = "Рік",
            Text = "Рік незалежності?",
            DefaultMark = "один",
            Numbers = [new NumberRow { Value = "тисяча", Percent = "100" }, new NumberRow { Feedback = "Без числа" }],
        };

        var result = QuestionInputMapper.ToContent(input, QuestionInputMapper.Blank(QuestionType.Numerical));

        Assert.True(result.Failed(out var error));
        Assert.Equal(ErrorKind.Invalid, error.Kind);
        Assert.Equal("Assessments:QuestionInvalid", error.Code);
        Assert.Contains("Бал за замовчуванням: «один» — не число.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Число 1: «тисяча» — не число.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Число 2: вкажіть число", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percentage_not_from_the_list_is_refused_and_a_description_has_no_mark()
    {
        var refused = QuestionInputMapper.ToContent(SingleChoice(new ChoiceRow { Text = "Київ", Percent = "багато" }), QuestionInputMapper.Blank(QuestionType.SingleChoice));
        Assert.True(refused.Failed(out var error));
        Assert.Contains("Варіант 1: оберіть частку бала зі списку.", error.Message, StringComparison.Ordinal);

        var description = QuestionInputMapper.ToContent(new QuestionInput { Type = QuestionType.Description, Name = "Опис", Text = "Прочитайте.", DefaultMark = "5" }, QuestionInputMapper.Blank(QuestionType.Description));
        Assert.Equal(0m, description.Value.DefaultMark);
    }
}
