using System.Text.Json;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Application.Grading;

/// <summary>What grading an answer gave: the fraction of the mark (null: a person grades it) and the feedback to show.</summary>
internal sealed record AnswerGrade(decimal? Fraction, string Feedback)
{
    public static AnswerGrade Manual { get; } = new(null, "");
}

/// <summary>Grades one answer of each objective type; an essay is left to a person and an empty answer earns 0.</summary>
internal static class QuestionGrader
{
    public static AnswerGrade Grade(QuestionContent question, string? responseJson)
    {
        if (!question.IsGraded)
        {
            return new AnswerGrade(0m, "");
        }

        if (question.IsManuallyGraded)
        {
            return AnswerGrade.Manual;
        }

        if (string.IsNullOrEmpty(responseJson))
        {
            return new AnswerGrade(0m, question.IncorrectFeedback);
        }

        using var document = JsonDocument.Parse(responseJson);
        var response = document.RootElement;
        if (Responses.Validate(question, response) is not null)
        {
            return new AnswerGrade(0m, question.IncorrectFeedback);
        }

        return question.Type switch
        {
            QuestionType.SingleChoice => SingleChoice(question, response.GetString()!),
            QuestionType.MultipleChoice => MultipleChoice(question, [.. response.EnumerateArray().Select(e => e.GetString()!)]),
            QuestionType.TrueFalse => TrueFalse(question, response.GetBoolean()),
            QuestionType.ShortAnswer => ShortAnswer(question, response.GetString()!),
            QuestionType.Numerical => Numerical(question, response.GetString()!),
            QuestionType.Matching => Matching(question, response.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)),
            QuestionType.Ordering => Ordering(question, [.. response.EnumerateArray().Select(e => e.GetString()!)]),
            _ => new AnswerGrade(0m, ""),
        };
    }

    private static AnswerGrade SingleChoice(QuestionContent question, string choiceId)
    {
        var choice = question.Choices.First(c => c.Id == choiceId);
        return new AnswerGrade(Clamp(choice.Fraction), choice.Feedback);
    }

    /// <summary>Sum of the chosen answers' fractions (negative ones subtract), clamped to 0..1.</summary>
    private static AnswerGrade MultipleChoice(QuestionContent question, IReadOnlyCollection<string> chosenIds)
    {
        var chosen = question.Choices.Where(c => chosenIds.Contains(c.Id)).ToList();
        var fraction = Clamp(chosen.Sum(c => c.Fraction));
        return new AnswerGrade(fraction, string.Join(" ", chosen.Select(c => c.Feedback).Where(f => f.Length > 0)));
    }

    private static AnswerGrade TrueFalse(QuestionContent question, bool answer) =>
        new(answer == question.CorrectTruth ? 1m : 0m, answer ? question.FeedbackWhenTrue : question.FeedbackWhenFalse);

    /// <summary>The first accepted answer that matches, in the author's order (Moodle's rule).</summary>
    private static AnswerGrade ShortAnswer(QuestionContent question, string given)
    {
        if (given.Trim().Length == 0)
        {
            return new AnswerGrade(0m, question.IncorrectFeedback);
        }

        var match = question.AcceptedAnswers.FirstOrDefault(a => AnswerText.Matches(given, a.Text, question.CaseSensitive));
        return match is null ? new AnswerGrade(0m, question.IncorrectFeedback) : new AnswerGrade(Clamp(match.Fraction), match.Feedback);
    }

    /// <summary>The best-scoring accepted value within its tolerance; the catch-all answer only gives feedback.</summary>
    private static AnswerGrade Numerical(QuestionContent question, string given)
    {
        var number = AnswerText.ParseNumber(given);
        if (number is null)
        {
            return new AnswerGrade(0m, question.IncorrectFeedback);
        }

        var match = question.NumericAnswers
            .Where(a => a.Value is not null && Math.Abs(number.Value - a.Value.Value) <= Math.Abs(a.Tolerance))
            .OrderByDescending(a => a.Fraction)
            .FirstOrDefault()
            ?? question.NumericAnswers.FirstOrDefault(a => a.Value is null);
        return match is null ? new AnswerGrade(0m, question.IncorrectFeedback) : new AnswerGrade(Clamp(match.Fraction), match.Feedback);
    }

    /// <summary>Share of prompts given their own answer. An answer is judged by its text, so two pairs with the same answer text are interchangeable.</summary>
    private static AnswerGrade Matching(QuestionContent question, Dictionary<string, string> chosen)
    {
        var prompts = question.Pairs.Where(p => p.Prompt.Length > 0).ToList();
        var answerTextOf = question.Pairs.ToDictionary(p => p.Id, p => p.Answer, StringComparer.Ordinal);
        var right = prompts.Count(p => chosen.TryGetValue(p.Id, out var answerId) && answerTextOf.TryGetValue(answerId, out var text) && text == p.Answer);
        return Combined(question, prompts.Count == 0 ? 0m : (decimal)right / prompts.Count);
    }

    /// <summary>Share of items in their right place.</summary>
    private static AnswerGrade Ordering(QuestionContent question, IReadOnlyList<string> order)
    {
        var right = question.OrderItems.Where((item, index) => index < order.Count && order[index] == item.Id).Count();
        return Combined(question, question.OrderItems.Count == 0 ? 0m : (decimal)right / question.OrderItems.Count);
    }

    private static AnswerGrade Combined(QuestionContent question, decimal fraction) =>
        new(fraction, fraction switch
        {
            1m => question.CorrectFeedback,
            0m => question.IncorrectFeedback,
            _ => question.PartiallyCorrectFeedback,
        });

    private static decimal Clamp(decimal fraction) => Math.Clamp(fraction, 0m, 1m);
}
