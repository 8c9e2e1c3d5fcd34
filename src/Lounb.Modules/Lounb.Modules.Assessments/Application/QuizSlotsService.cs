using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;
using static Lounb.Modules.Assessments.Domain.AssessmentLimits;

namespace Lounb.Modules.Assessments.Application;

internal sealed record SlotRow(Guid Id, int Position, string Description, QuestionType? Type, int Count, decimal Mark);

/// <summary>
/// A quiz's questions: fixed questions from the bank and random draws from a category, their order and marks.
/// Questions and draws may change only until the first attempt; the order and marks of slots stay editable.
/// </summary>
internal sealed class QuizSlotsService(LounbDbContext db, QuizAuthoringService quizzes, QuestionBankService bank)
{
    public async Task<IReadOnlyList<SlotRow>> SlotsAsync(Guid quizId, CancellationToken ct)
    {
        var slots = await db.Set<QuizSlot>().AsNoTracking().Where(s => s.QuizId == quizId).OrderBy(s => s.Position).ToListAsync(ct);
        var questionIds = slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value).ToList();
        var categoryIds = slots.Where(s => s.CategoryId is not null).Select(s => s.CategoryId!.Value).ToList();
        var questions = await db.Set<Question>().AsNoTracking().Where(q => questionIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, ct);
        var categories = await db.Set<QuestionCategory>().AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return slots.Select(s => s.QuestionId is { } questionId
                ? new SlotRow(s.Id, s.Position, questions[questionId].Name + (questions[questionId].IsRemoved ? " (вилучене з банку — у спроби не потрапить)" : ""), questions[questionId].Type, 1, s.Mark)
                : new SlotRow(s.Id, s.Position, $"Випадкові питання з «{categories[s.CategoryId!.Value]}»{(s.IncludeSubcategories ? " і підкатегорій" : "")}", null, s.DrawCount, s.Mark))
            .ToList();
    }

    public async Task<Result> AddQuestionsAsync(AccessScope scope, BankActor actor, Guid quizId, IReadOnlyCollection<Guid> questionIds, CancellationToken ct)
    {
        if (questionIds.Count == 0)
        {
            return AssessmentErrors.NoQuestionsChosen;
        }

        if (!(await EditableAsync(scope, quizId, ct)).Succeeded(out var quiz, out var refused))
        {
            return refused;
        }

        var visible = bank.VisibleCategories(actor).Select(c => c.Id);
        var questions = await db.Set<Question>().Where(q => questionIds.Contains(q.Id) && !q.IsRemoved && visible.Contains(q.CategoryId))
            .Select(q => new { q.Id, q.CurrentVersionId }).ToListAsync(ct);
        var order = questionIds.ToList();
        questions = [.. questions.OrderBy(q => order.IndexOf(q.Id))];
        if (questions.Count == 0)
        {
            return AssessmentErrors.QuestionNotFound;
        }

        var present = quiz.Slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value).ToHashSet();
        var marks = await db.Set<QuestionVersion>().Where(v => questions.Select(q => q.CurrentVersionId).Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.ContentJson, ct);
        var position = quiz.Slots.Count == 0 ? 0 : quiz.Slots.Max(s => s.Position);
        foreach (var question in questions.Where(q => !present.Contains(q.Id)))
        {
            var content = QuestionJson.Read(marks[question.CurrentVersionId], []);
            db.Add(QuizSlot.ForQuestion(quizId, ++position, question.Id, content.DefaultMark));
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> AddDrawAsync(AccessScope scope, BankActor actor, Guid quizId, Guid categoryId, bool includeSubcategories, int count, decimal mark, CancellationToken ct)
    {
        if (count is < 1 or > MaxDrawCount || mark is < 0 or > MaxMark)
        {
            return AssessmentErrors.DrawOutOfRange;
        }

        if (!(await EditableAsync(scope, quizId, ct)).Succeeded(out var quiz, out var refused))
        {
            return refused;
        }

        if (await bank.FindUsableCategoryAsync(actor, categoryId, ct) is null)
        {
            return AssessmentErrors.CategoryNotFound;
        }

        var position = quiz.Slots.Count == 0 ? 0 : quiz.Slots.Max(s => s.Position);
        db.Add(QuizSlot.ForDraw(quizId, position + 1, categoryId, includeSubcategories, count, mark));
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> RemoveSlotAsync(AccessScope scope, Guid quizId, Guid slotId, CancellationToken ct)
    {
        if (!(await EditableAsync(scope, quizId, ct)).Succeeded(out var quiz, out var refused))
        {
            return refused;
        }

        var slot = quiz.Slots.FirstOrDefault(s => s.Id == slotId);
        if (slot is null)
        {
            return AssessmentErrors.QuestionNotFound;
        }

        quiz.Slots.Remove(slot);
        db.Remove(slot);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Moves a slot one place up or down. Allowed after attempts: it only changes the order new attempts get.</summary>
    public async Task<Result> MoveSlotAsync(AccessScope scope, Guid quizId, Guid slotId, int direction, CancellationToken ct)
    {
        var quiz = await quizzes.FindAsync(scope, quizId, ct);
        if (quiz is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        var ordered = quiz.Slots.OrderBy(s => s.Position).ToList();
        var index = ordered.FindIndex(s => s.Id == slotId);
        if (index < 0)
        {
            return AssessmentErrors.QuestionNotFound;
        }

        var other = index + Math.Sign(direction);
        if (other >= 0 && other < ordered.Count)
        {
            (ordered[index].Position, ordered[other].Position) = (ordered[other].Position, ordered[index].Position);
            await db.SaveChangesAsync(ct);
        }

        return Result.Success();
    }

    public async Task<Result> SetSlotMarkAsync(AccessScope scope, Guid quizId, Guid slotId, decimal mark, CancellationToken ct)
    {
        if (mark is < 0 or > MaxMark)
        {
            return AssessmentErrors.SlotMarkOutOfRange;
        }

        if (!(await EditableAsync(scope, quizId, ct)).Succeeded(out var quiz, out var refused))
        {
            return refused;
        }

        var slot = quiz.Slots.FirstOrDefault(s => s.Id == slotId);
        if (slot is null)
        {
            return AssessmentErrors.QuestionNotFound;
        }

        slot.Mark = mark;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Questions and draws may change only until the first attempt; after that statistics and grades would mix different tests.</summary>
    private async Task<Result<Quiz>> EditableAsync(AccessScope scope, Guid quizId, CancellationToken ct)
    {
        var quiz = await quizzes.FindAsync(scope, quizId, ct);
        if (quiz is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        return await quizzes.AttemptCountAsync(quizId, ct) > 0 ? AssessmentErrors.QuizInUse : quiz;
    }
}
