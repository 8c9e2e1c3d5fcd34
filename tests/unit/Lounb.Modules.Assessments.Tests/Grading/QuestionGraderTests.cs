using System.Text.Json;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Tests.Grading;

public class QuestionGraderTests
{
    private static QuestionContent Question(QuestionType type) => new() { Type = type, Name = "Питання", Text = "Текст" };

    private static decimal? Grade(QuestionContent question, object? response) =>
        QuestionGrader.Grade(question, response is null ? null : JsonSerializer.Serialize(response)).Fraction;

    [Fact]
    public void Single_choice_gives_the_fraction_of_the_chosen_answer_and_its_feedback()
    {
        var question = Question(QuestionType.SingleChoice) with
        {
            Choices = [new("c1", "Так", 1m, "Правильно"), new("c2", "Майже", 0.5m, "Близько"), new("c3", "Ні", 0m, "Ні")],
        };

        Assert.Equal(1m, Grade(question, "c1"));
        Assert.Equal(0.5m, Grade(question, "c2"));
        var wrong = QuestionGrader.Grade(question, "\"c3\"");
        Assert.Equal(0m, wrong.Fraction);
        Assert.Equal("Ні", wrong.Feedback);
    }

    [Fact]
    public void Multiple_choice_adds_partial_credit_and_subtracts_negative_marks_within_zero_and_one()
    {
        var question = Question(QuestionType.MultipleChoice) with
        {
            Choices = [new("a", "Друковані", 0.5m), new("b", "Електронні", 0.5m), new("c", "Нотатки", -1m), new("d", "Листи", -1m)],
        };

        Assert.Equal(1m, Grade(question, new[] { "a", "b" }));
        Assert.Equal(0.5m, Grade(question, new[] { "a" }));
        Assert.Equal(0m, Grade(question, new[] { "a", "c" }));
        Assert.Equal(0m, Grade(question, new[] { "a", "b", "c", "d" }));
        Assert.Equal(0m, Grade(question, Array.Empty<string>()));
    }

    [Fact]
    public void True_false_is_right_only_for_the_right_value_with_the_feedback_of_the_answer_given()
    {
        var question = Question(QuestionType.TrueFalse) with { CorrectTruth = true, FeedbackWhenTrue = "Правильно.", FeedbackWhenFalse = "Ні: 2019 рік." };

        Assert.Equal(1m, Grade(question, true));
        var wrong = QuestionGrader.Grade(question, "false");
        Assert.Equal(0m, wrong.Fraction);
        Assert.Equal("Ні: 2019 рік.", wrong.Feedback);
    }

    [Theory]
    [InlineData("дезінформація", 1)]
    [InlineData("  ДЕЗІНФОРМАЦІЯ ", 1)]
    [InlineData("фейк", 0.5)]
    [InlineData("п’ять", 1)]
    [InlineData("пʼять", 1)]
    [InlineData("п'ять", 1)]
    [InlineData("правда", 0)]
    [InlineData("", 0)]
    public void Short_answer_ignores_case_spaces_and_apostrophe_variants(string given, double expected)
    {
        var question = Question(QuestionType.ShortAnswer) with
        {
            AcceptedAnswers = [new("дезінформація", 1m), new("фейк", 0.5m), new("п'ять", 1m)],
        };

        Assert.Equal((decimal)expected, Grade(question, given));
    }

    [Fact]
    public void Short_answer_with_case_sensitivity_and_a_wildcard()
    {
        var question = Question(QuestionType.ShortAnswer) with { CaseSensitive = true, AcceptedAnswers = [new("Київ", 1m), new("Льв*", 0.5m)] };

        Assert.Equal(1m, Grade(question, "Київ"));
        Assert.Equal(0m, Grade(question, "київ"));
        Assert.Equal(0.5m, Grade(question, "Львів"));
    }

    [Theory]
    [InlineData("1995", 1)]
    [InlineData("1 995", 1)]
    [InlineData("1996", 0.5)]
    [InlineData("1993,5", 0.5)]
    [InlineData("1990", 0)]
    [InlineData("рік", 0)]
    public void Numerical_accepts_values_within_tolerance_and_comma_decimals(string given, double expected)
    {
        var question = Question(QuestionType.Numerical) with
        {
            NumericAnswers = [new(1995m, 0m, 1m, "Так"), new(1995m, 2m, 0.5m, "Близько"), new(null, 0m, 0m, "Подумайте ще")],
        };

        Assert.Equal((decimal)expected, Grade(question, given));
    }

    [Fact]
    public void Numerical_range_stored_as_midpoint_and_half_width_accepts_both_ends()
    {
        var question = Question(QuestionType.Numerical) with { NumericAnswers = [new(15m, 5m, 1m)] };

        Assert.Equal(1m, Grade(question, "10"));
        Assert.Equal(1m, Grade(question, "20"));
        Assert.Equal(0m, Grade(question, "20.01"));
    }

    [Fact]
    public void Matching_gives_the_share_of_right_pairs_and_ignores_distractors()
    {
        var question = Question(QuestionType.Matching) with
        {
            Pairs = [new("p1", "Зворотний пошук", "походження фото"), new("p2", "WHOIS", "власник домену"), new("p3", "Вебархів", "старі версії"), new("p4", "", "погода")],
        };

        Assert.Equal(1m, Grade(question, new Dictionary<string, string> { ["p1"] = "p1", ["p2"] = "p2", ["p3"] = "p3" }));
        Assert.Equal(1m / 3m, Grade(question, new Dictionary<string, string> { ["p1"] = "p1", ["p2"] = "p4", ["p3"] = "" }));
        Assert.Equal(0m, Grade(question, new Dictionary<string, string> { ["p1"] = "p2" }));
    }

    [Fact]
    public void Ordering_gives_the_share_of_items_in_their_right_place()
    {
        var question = Question(QuestionType.Ordering) with { OrderItems = [new("o1", "Зупинитися"), new("o2", "Першоджерело"), new("o3", "Порівняти"), new("o4", "Рішення")] };

        Assert.Equal(1m, Grade(question, new[] { "o1", "o2", "o3", "o4" }));
        Assert.Equal(0.5m, Grade(question, new[] { "o1", "o2", "o4", "o3" }));
        Assert.Equal(0m, Grade(question, new[] { "o4", "o3", "o2", "o1" }));
    }

    [Fact]
    public void Essay_waits_for_a_person_and_a_description_earns_nothing()
    {
        Assert.Null(Grade(Question(QuestionType.Essay), "Мій текст"));
        Assert.Equal(0m, Grade(Question(QuestionType.Description), null));
    }

    [Fact]
    public void An_empty_or_foreign_answer_earns_zero()
    {
        var question = Question(QuestionType.SingleChoice) with { Choices = [new("c1", "Так", 1m), new("c2", "Ні", 0m)] };

        Assert.Equal(0m, Grade(question, null));
        Assert.Equal(0m, Grade(question, "c9"));
        Assert.Equal(0m, Grade(question, new[] { "c1" }));
    }
}
