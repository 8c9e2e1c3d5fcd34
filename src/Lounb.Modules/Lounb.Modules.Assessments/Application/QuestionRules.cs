using Lounb.Modules.Assessments.Domain;
using static Lounb.Modules.Assessments.Domain.AssessmentLimits;

namespace Lounb.Modules.Assessments.Application;

/// <summary>What makes a question answerable and gradable; the editor and every import check it before anything is saved.</summary>
internal static class QuestionRules
{
    /// <returns>Ukrainian messages; empty when the question is fine.</returns>
    public static IReadOnlyList<string> Check(QuestionContent question)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(question.Name))
        {
            problems.Add("Вкажіть назву питання.");
        }
        else if (question.Name.Length > QuestionNameLength)
        {
            problems.Add($"Назва задовга: не більше {QuestionNameLength} символів.");
        }

        if (string.IsNullOrWhiteSpace(question.Text))
        {
            problems.Add("Вкажіть текст питання.");
        }
        else if (question.Text.Length > QuestionTextLength)
        {
            problems.Add($"Текст питання задовгий: не більше {QuestionTextLength} символів.");
        }

        if (question.DefaultMark < 0 || question.DefaultMark > MaxMark)
        {
            problems.Add($"Бал за питання — від 0 до {MaxMark}.");
        }

        if (question.Files.Any(f => f.Content.Length > ImageBytes))
        {
            problems.Add(AssessmentErrors.ImageTooLarge.Message);
        }

        if (question.Choices.Any(c => c.Fraction is < -1m or > 1m)
            || question.AcceptedAnswers.Any(a => a.Fraction is < 0m or > 1m)
            || question.NumericAnswers.Any(a => a.Fraction is < 0m or > 1m))
        {
            problems.Add("Частка бала — від −100 % до 100 %.");
        }

        problems.AddRange(question.Type switch
        {
            QuestionType.SingleChoice => SingleChoice(question),
            QuestionType.MultipleChoice => MultipleChoice(question),
            QuestionType.ShortAnswer => question.AcceptedAnswers.Any(a => a.Fraction == 1m && a.Text.Trim().Length > 0)
                ? [] : ["Додайте хоча б одну правильну відповідь (100 %)."],
            QuestionType.Numerical => Numerical(question),
            QuestionType.Matching => question.Pairs.Count(p => p.Prompt.Trim().Length > 0 && p.Answer.Trim().Length > 0) >= MinOptions
                ? [] : ["Додайте щонайменше дві пари для відповідності."],
            QuestionType.Ordering => question.OrderItems.Count(i => i.Text.Trim().Length > 0) >= MinOptions
                ? [] : ["Додайте щонайменше два елементи для впорядкування."],
            QuestionType.Essay => question.EssayLines is >= MinEssayLines and <= MaxEssayLines ? [] : [$"Висота поля відповіді — від {MinEssayLines} до {MaxEssayLines} рядків."],
            _ => [],
        });
        return problems;
    }

    private static IEnumerable<string> SingleChoice(QuestionContent question)
    {
        if (question.Choices.Count < MinOptions)
        {
            yield return "Додайте щонайменше два варіанти відповіді.";
        }

        if (!question.Choices.Any(c => c.Fraction == 1m))
        {
            yield return "Позначте правильний варіант (100 %).";
        }
    }

    private static IEnumerable<string> MultipleChoice(QuestionContent question)
    {
        if (question.Choices.Count < MinOptions)
        {
            yield return "Додайте щонайменше два варіанти відповіді.";
        }

        var positive = question.Choices.Where(c => c.Fraction > 0).Sum(c => c.Fraction);
        if (Math.Abs(positive - 1m) > 0.0001m)
        {
            yield return $"Частки правильних варіантів мають разом давати 100 % (зараз {positive * 100:0.#####} %).";
        }
    }

    private static IEnumerable<string> Numerical(QuestionContent question)
    {
        if (!question.NumericAnswers.Any(a => a.Value is not null && a.Fraction == 1m))
        {
            yield return "Додайте правильне число (100 %).";
        }

        if (question.NumericAnswers.Any(a => a.Tolerance < 0))
        {
            yield return "Допуск не може бути від'ємним.";
        }
    }
}
