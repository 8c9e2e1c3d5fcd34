using System.Text.Json;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Tests.Grading;

public class ResponsesTests
{
    private static string? Validate(QuestionContent question, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Responses.Validate(question, document.RootElement);
    }

    [Fact]
    public void A_numerical_answer_that_is_not_a_number_is_refused_in_Ukrainian()
    {
        var question = new QuestionContent { Type = QuestionType.Numerical, Name = "Рік", Text = "?", NumericAnswers = [new(1995m, 0m, 1m)] };

        Assert.Null(Validate(question, "\"1995\""));
        Assert.Null(Validate(question, "\"12,5\""));
        Assert.Null(Validate(question, "\"\""));
        Assert.Equal("Введіть число, наприклад 12 або 12,5.", Validate(question, "\"тисяча\""));
    }

    [Fact]
    public void Choices_must_come_from_the_question()
    {
        var question = new QuestionContent { Type = QuestionType.MultipleChoice, Name = "Н", Text = "?", Choices = [new("a", "А", 0.5m), new("b", "Б", 0.5m)] };

        Assert.Null(Validate(question, "[\"a\",\"b\"]"));
        Assert.NotNull(Validate(question, "[\"a\",\"z\"]"));
        Assert.NotNull(Validate(question, "\"a\""));
    }

    [Fact]
    public void Ordering_needs_every_item_once()
    {
        var question = new QuestionContent { Type = QuestionType.Ordering, Name = "Н", Text = "?", OrderItems = [new("o1", "1"), new("o2", "2")] };

        Assert.Null(Validate(question, "[\"o2\",\"o1\"]"));
        Assert.NotNull(Validate(question, "[\"o1\",\"o1\"]"));
        Assert.NotNull(Validate(question, "[\"o1\"]"));
    }

    [Fact]
    public void Matching_answers_name_prompts_and_answers_of_the_question()
    {
        var question = new QuestionContent { Type = QuestionType.Matching, Name = "Н", Text = "?", Pairs = [new("p1", "А", "1"), new("p2", "Б", "2"), new("p3", "", "3")] };

        Assert.Null(Validate(question, "{\"p1\":\"p3\",\"p2\":\"\"}"));
        Assert.NotNull(Validate(question, "{\"p3\":\"p1\"}"));
        Assert.NotNull(Validate(question, "{\"p1\":\"p9\"}"));
    }

    [Fact]
    public void A_description_takes_no_answer()
    {
        Assert.NotNull(Validate(new QuestionContent { Type = QuestionType.Description, Name = "Н", Text = "?" }, "\"x\""));
    }
}
