using System.Security.Claims;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// <see cref="IDrawnTests"/>: a published quiz of draw slots only (one mark per question), one attempt, questions and
/// answers shuffled, reviewed only after it closes so those still to take it learn nothing from those who have.
/// </summary>
internal sealed class DrawnTests(LounbDbContext db, QuestionBankService bank, TimeProvider time) : IDrawnTests
{
    private const int QuestionsPerPage = 5;

    public async Task<IReadOnlyList<DrawableCategory>> CategoriesAsync(ClaimsPrincipal person, CancellationToken ct) =>
        (await BankAsync(person, ct)).Categories;

    public async Task<Result<Guid>> SaveAsync(ClaimsPrincipal person, Guid? quizId, DrawnTestSpec spec, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var settings = Settings(spec);
        if (settings.Check() is { } invalid)
        {
            return invalid;
        }

        var (tree, categories) = await BankAsync(person, ct);
        if (!DrawPlan.Check(spec.Parts, categories, tree.ToDictionary(c => c.Id, c => c.ParentId)).Succeeded(out var parts, out var refused))
        {
            return refused;
        }

        Quiz? quiz;
        if (quizId is { } id)
        {
            quiz = await db.Set<Quiz>().Include(q => q.Slots).FirstOrDefaultAsync(q => q.Id == id && q.OwnerOblastCode == spec.OblastCode, ct);
            if (quiz is null)
            {
                return AssessmentErrors.QuizNotFound;
            }

            if (await db.Set<Attempt>().AnyAsync(a => a.QuizId == id, ct))
            {
                return AssessmentErrors.DrawnTestInUse;
            }

            db.RemoveRange(quiz.Slots);
            quiz.Slots.Clear();
        }
        else
        {
            quiz = new Quiz(settings.Title.Trim(), person.UserId(), spec.OblastCode, time.GetUtcNow().UtcDateTime);
            db.Add(quiz);
        }

        settings.ApplyTo(quiz);
        quiz.Status = QuizStatus.Published;
        var position = 0;
        foreach (var part in parts)
        {
            db.Add(QuizSlot.ForDraw(quiz.Id, ++position, part.CategoryId, part.IncludeSubcategories, part.Count, 1m));
        }

        await db.SaveChangesAsync(ct);
        return quiz.Id;
    }

    public async Task<Result> SetWindowAsync(Guid quizId, DateTime? opensAt, DateTime? closesAt, CancellationToken ct)
    {
        if (opensAt is { } opens && closesAt is { } closes && closes <= opens)
        {
            return AssessmentErrors.ClosesBeforeOpens;
        }

        var quiz = await db.Set<Quiz>().FirstOrDefaultAsync(q => q.Id == quizId, ct);
        if (quiz is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        quiz.OpensAt = opensAt;
        quiz.ClosesAt = closesAt;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<DrawnTest?> FindAsync(Guid quizId, CancellationToken ct)
    {
        var quiz = await db.Set<Quiz>().AsNoTracking().Include(q => q.Slots).FirstOrDefaultAsync(q => q.Id == quizId, ct);
        if (quiz is null)
        {
            return null;
        }

        var parts = quiz.Slots.Where(s => s.IsDraw).OrderBy(s => s.Position).Select(s => new DrawPart(s.CategoryId!.Value, s.DrawCount, s.IncludeSubcategories)).ToList();
        return new DrawnTest(quiz.Id, quiz.Title, parts, quiz.PassPercent, quiz.TimeLimitMinutes, await db.Set<Attempt>().CountAsync(a => a.QuizId == quizId, ct));
    }

    public async Task<Result> AllowOneMoreAttemptAsync(Guid quizId, Guid userId, string reason, CancellationToken ct)
    {
        var quiz = await db.Set<Quiz>().AsNoTracking().FirstOrDefaultAsync(q => q.Id == quizId, ct);
        if (quiz is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        var used = await db.Set<Attempt>().CountAsync(a => a.QuizId == quizId && a.UserId == userId, ct);
        var personal = await db.Set<QuizOverride>().FirstOrDefaultAsync(o => o.QuizId == quizId && o.UserId == userId, ct);
        var allowed = personal?.AttemptsAllowed ?? quiz.AttemptsAllowed;
        if (allowed == 0 || allowed > used)
        {
            return Result.Success();
        }

        if (personal is null)
        {
            personal = new QuizOverride(quizId, userId);
            db.Add(personal);
        }

        personal.AttemptsAllowed = Math.Min(used + 1, AssessmentLimits.MaxAttemptsAllowed);
        personal.Reason = AssessmentLimits.Cut(reason.Trim(), AssessmentLimits.OverrideReasonLength);
        return Result.Success();
    }

    /// <summary>The categories the person sees, as the bank's tree and with the questions a draw may take from each.</summary>
    private async Task<(IReadOnlyList<CategoryNode> Tree, IReadOnlyList<DrawableCategory> Categories)> BankAsync(ClaimsPrincipal person, CancellationToken ct)
    {
        var tree = await bank.CategoriesAsync(Actor(person), ct);
        var ids = tree.Select(c => c.Id).ToList();
        var drawable = await db.Set<Question>().AsNoTracking()
            .Where(q => !q.IsRemoved && q.Type != QuestionType.Description && ids.Contains(q.CategoryId))
            .GroupBy(q => q.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return (tree, DrawPlan.Count(tree, drawable));
    }

    private static BankActor Actor(ClaimsPrincipal person) => new(person.UserId(), AccessScope.Of(person, AssessmentsPermissions.Author).IsNational);

    private static QuizSettings Settings(DrawnTestSpec spec) =>
        new(spec.Title, "", spec.OpensAt, spec.ClosesAt, spec.TimeLimitMinutes, AttemptsAllowed: 1, GradingMethod.First, spec.PassPercent,
            ShuffleQuestions: true, ShuffleAnswers: true, QuestionsPerPage, NavigationMode.Free, ReviewTiming.AfterClose,
            ReviewShowsMarks: true, ReviewShowsCorrectAnswers: false, ReviewShowsFeedback: false);
}
