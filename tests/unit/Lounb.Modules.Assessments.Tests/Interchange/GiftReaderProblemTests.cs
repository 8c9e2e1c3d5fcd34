using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>Bad GIFT: an error with the question's name and line, never an exception; the file is refused as a whole.</summary>
public sealed class GiftReaderProblemTests
{
    [Fact]
    public void Gift_only_opening_brace_is_an_error_with_line_and_name()
    {
        var problem = SingleError("::Перше::Добре{T}\n\n::Зламане::Текст\nбез кінця {=так ~ні");

        Assert.Equal((4, "Зламане"), (problem.Line, problem.QuestionName));
        Assert.Contains("«}»", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_only_closing_brace_is_an_error()
    {
        var problem = SingleError("::Зламане::Текст =так}");

        Assert.Equal((1, "Зламане"), (problem.Line, problem.QuestionName));
        Assert.Contains("«{»", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_unlisted_weight_is_an_error_naming_question_and_line()
    {
        var problem = SingleError("::Ваги::Оберіть{\n~%50%А\n~%37%Б\n~%12.5%В\n}");

        Assert.Equal((3, "Ваги"), (problem.Line, problem.QuestionName));
        Assert.Contains("37%", problem.Message, StringComparison.Ordinal);
        Assert.Contains("списку оцінок", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_unlisted_weight_in_a_short_answer_is_an_error()
    {
        var problem = SingleError("::Слово::Назвіть{=%150%фейк}");

        Assert.Contains("150%", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_non_numeric_numerical_answer_is_an_error()
    {
        var problem = SingleError("::Число::Скільки?{#abc}");

        Assert.Equal((1, "Число"), (problem.Line, problem.QuestionName));
        Assert.Contains("«abc» не є числом", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::Ч::Скільки?{#5:abc}", "abc")]
    [InlineData("::Ч::Скільки?{#1..x}", "x")]
    public void Gift_non_numeric_tolerance_or_range_end_is_an_error(string gift, string culprit)
    {
        Assert.Contains($"«{culprit}» не є числом", SingleError(gift).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_matching_with_one_pair_is_an_error()
    {
        Assert.Contains("щонайменше 2", SingleError("::П::Пара{=А -> Б}").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_matching_item_without_arrow_is_an_error()
    {
        Assert.Contains("->", SingleError("::П::Пари{=А -> Б =В -> Г =Д}").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_multichoice_with_one_answer_is_an_error()
    {
        Assert.Contains("щонайменше 2", SingleError("::В::Вибір{~єдиний}").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_numerical_without_answers_is_an_error()
    {
        Assert.Contains("немає жодної числової", SingleError("::Ч::Скільки?{#}").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gift_every_bad_question_is_reported_and_good_ones_still_read()
    {
        var result = new GiftReader().Read("::А::{#x}\n\n::Б::Добре{T}\n\n::В::{~%37%a ~b}");

        Assert.False(result.Succeeded);
        Assert.Equal(["А", "В"], result.Errors.Select(e => e.QuestionName));
        Assert.Equal("Б", Assert.Single(result.Questions).Content.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("// лише коментар")]
    [InlineData("\uFDD0\uFDD1{}")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("::")]
    [InlineData("::::{#..}")]
    [InlineData("{>}")]
    [InlineData("{#~}")]
    [InlineData("{=->}")]
    [InlineData("$CATEGORY:")]
    [InlineData("{#99999999999999999999999999999..79228162514264337593543950335}")]
    public void Gift_odd_input_never_throws(string gift)
    {
        var result = new GiftReader().Read(gift);

        Assert.NotNull(result);
    }

    [Fact]
    public void Gift_random_input_made_of_gift_syntax_never_throws()
    {
        string[] pieces = ["{", "}", "~", "=", "#", "####", ":", "::", "..", "->", "%50%", "%-", "\\", "\\:", "\\n", "\n", "\n\n",
            "//", "$CATEGORY:", "[html]", "[", "]", ">", "*", "1", "-2.5", "T", "FALSE", " ", "а", "_"];
        var random = new Random(20251017);
        for (var i = 0; i < 3000; i++)
        {
            var gift = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));

            var result = new GiftReader().Read(gift);

            Assert.All(result.Errors, e => Assert.InRange(e.Line, 1, gift.Split('\n').Length));
        }
    }

    [Fact]
    public void Gift_fixture_cut_anywhere_never_throws()
    {
        var gift = MoodleFixtures.Text(MoodleFixtures.SetAGift);

        for (var length = 0; length < gift.Length; length += 7)
        {
            Assert.NotNull(new GiftReader().Read(gift[..length]));
        }
    }

    private static ImportProblem SingleError(string gift)
    {
        var result = new GiftReader().Read(gift);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }
}
