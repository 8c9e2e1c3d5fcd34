using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Application;

/// <summary>The order in which an attempt shows a question's choices, matching answers or ordering items.</summary>
internal static class AttemptLayout
{
    /// <summary>Ordering items are always shuffled (in the author's order they would give the answer away); others when both the quiz and the question allow.</summary>
    public static string Create(QuestionContent question, bool quizShufflesAnswers, Random random)
    {
        var ids = question.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice => question.Choices.Select(c => c.Id).ToArray(),
            QuestionType.Matching => question.Pairs.Select(p => p.Id).ToArray(),
            QuestionType.Ordering => question.OrderItems.Select(i => i.Id).ToArray(),
            _ => [],
        };
        var shuffle = question.Type == QuestionType.Ordering || (quizShufflesAnswers && question.ShuffleAnswers);
        if (shuffle)
        {
            random.Shuffle(ids);
            if (question.Type == QuestionType.Ordering && ids.Length > 1 && ids.SequenceEqual(question.OrderItems.Select(i => i.Id)))
            {
                (ids[0], ids[1]) = (ids[1], ids[0]);
            }
        }

        return string.Join(',', ids);
    }

    public static IReadOnlyList<string> Read(string layout) => layout.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
