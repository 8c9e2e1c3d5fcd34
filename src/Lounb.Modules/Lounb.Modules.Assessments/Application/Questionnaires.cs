using System.Text.Json;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// A questionnaire is an ordinary quiz marked <see cref="Quiz.IsQuestionnaire"/>: essays for the person's own words
/// and single choices «1 … 5» for a scale, every question worth nothing, no review of marks or right answers. The
/// engine's attempt page (autosave, offline queue) is used as it is; only the submit differs (never graded).
/// </summary>
internal sealed class Questionnaires(LounbDbContext db, QuestionBankService bank, QuestionContentCache contents, TimeProvider time) : IQuestionnaires
{
    /// <summary>The scale's answers, lowest first; their ids are what an attempt stores.</summary>
    internal static readonly IReadOnlyList<Choice> Scale =
    [
        new("s1", "1 — дуже низько", 0m), new("s2", "2 — низько", 0m), new("s3", "3 — посередньо", 0m), new("s4", "4 — добре", 0m), new("s5", "5 — дуже добре", 0m),
    ];

    public async Task<Guid> CreateAsync(QuestionnaireDraft draft, Guid ownerId, string? ownerOblastCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = time.GetUtcNow().UtcDateTime;
        var title = AssessmentLimits.Cut(draft.Title.Trim(), AssessmentLimits.QuizTitleLength);
        var category = new QuestionCategory(AssessmentLimits.Cut(title, AssessmentLimits.CategoryNameLength), null, ownerId)
        {
            SortKey = UkrainianSort.Key(title), Info = "Питання анкети самооцінювання: правильних відповідей немає.",
        };
        db.Add(category);
        var quiz = new Quiz(title, ownerId, ownerOblastCode, now)
        {
            IntroMarkdown = AssessmentLimits.Cut(draft.Intro, AssessmentLimits.QuizIntroLength),
            IsQuestionnaire = true,
            Status = QuizStatus.Published,
            AttemptsAllowed = 1,
            PassPercent = 0m,
            ShuffleAnswers = false,
            QuestionsPerPage = 0,
            ReviewShowsMarks = false,
            ReviewShowsCorrectAnswers = false,
            ReviewShowsFeedback = false,
        };
        db.Add(quiz);
        var position = 0;
        foreach (var item in draft.Questions)
        {
            position++;
            var question = new Question(category.Id, ownerId, now);
            db.Add(question);
            bank.AddVersion(question, ContentOf(item, position), ownerId);
            quiz.Slots.Add(QuizSlot.ForQuestion(quiz.Id, position, question.Id, 0m));
        }

        await db.SaveChangesAsync(ct);
        return quiz.Id;
    }

    public async Task<SubmittedQuestionnaire?> SubmittedAsync(Guid questionnaireId, Guid userId, CancellationToken ct)
    {
        var attempt = await db.Set<Attempt>().AsNoTracking().Include(a => a.Slots)
            .Where(a => a.QuizId == questionnaireId && a.UserId == userId && a.State == AttemptState.Submitted)
            .OrderByDescending(a => a.Number).FirstOrDefaultAsync(ct);
        if (attempt is null)
        {
            return null;
        }

        var versions = await contents.GetManyAsync(db, attempt.Slots.Select(s => s.QuestionVersionId), ct);
        var answers = attempt.Slots.OrderBy(s => s.Number)
            .Select(slot => AnswerTo(versions[slot.QuestionVersionId], slot.Response))
            .ToList();
        return new SubmittedQuestionnaire(attempt.Id, attempt.SubmittedAt ?? attempt.StartedAt, answers);
    }

    private static QuestionContent ContentOf(QuestionnaireQuestion item, int position)
    {
        var text = item.Text.Trim();
        var name = AssessmentLimits.Cut($"{position}. {text}", AssessmentLimits.QuestionNameLength);
        return item.Kind == QuestionnaireAnswerKind.Scale
            ? new QuestionContent { Type = QuestionType.SingleChoice, Name = name, Text = text, DefaultMark = 0m, Choices = Scale, ShuffleAnswers = false, AnswerNumbering = "none" }
            : new QuestionContent { Type = QuestionType.Essay, Name = name, Text = text, DefaultMark = 0m, EssayLines = 5 };
    }

    private static QuestionnaireAnswer AnswerTo(QuestionContent question, string? responseJson) => new(question.Text, AnswerOf(question, responseJson));

    /// <summary>The answer as words: a chosen option's text, or the typed text; null when nothing was given.</summary>
    private static string? AnswerOf(QuestionContent question, string? responseJson)
    {
        if (string.IsNullOrEmpty(responseJson))
        {
            return null;
        }

        using var response = JsonDocument.Parse(responseJson);
        var root = response.RootElement;
        if (root.ValueKind != JsonValueKind.String)
        {
            return root.GetRawText();
        }

        var given = root.GetString()!;
        var answer = question.Type == QuestionType.SingleChoice ? question.Choices.FirstOrDefault(c => c.Id == given)?.Text : given.Trim();
        return string.IsNullOrEmpty(answer) ? null : answer;
    }
}
