using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

internal sealed record QuizRow(Guid Id, string Title, QuizStatus Status, int SlotCount, int AttemptCount, DateTime? OpensAt, DateTime? ClosesAt);

/// <summary>
/// Quizzes as a whole: the list, settings, copies and publishing. Oblast-scoped like courses. Their questions are
/// <see cref="QuizSlotsService"/>'s, their per-person exceptions <see cref="QuizOverridesService"/>'s.
/// </summary>
internal sealed class QuizAuthoringService(LounbDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<QuizRow>> ListAsync(AccessScope scope, CancellationToken ct)
    {
        var quizzes = await scope.Filter(db.Set<Quiz>().AsNoTracking(), q => q.OwnerOblastCode).OrderByDescending(q => q.CreatedAt)
            .Select(q => new { q.Id, q.Title, q.Status, Slots = q.Slots.Sum(s => s.DrawCount), q.OpensAt, q.ClosesAt }).ToListAsync(ct);
        var ids = quizzes.Select(q => q.Id).ToList();
        var attempts = await db.Set<Attempt>().AsNoTracking().Where(a => ids.Contains(a.QuizId)).GroupBy(a => a.QuizId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return quizzes.Select(q => new QuizRow(q.Id, q.Title, q.Status, q.Slots, attempts.GetValueOrDefault(q.Id), q.OpensAt, q.ClosesAt)).ToList();
    }

    public Task<Quiz?> FindAsync(AccessScope scope, Guid quizId, CancellationToken ct) =>
        scope.Filter(db.Set<Quiz>(), q => q.OwnerOblastCode).Include(q => q.Slots).FirstOrDefaultAsync(q => q.Id == quizId, ct);

    /// <summary>How many attempts the quiz has had (once it has any, its questions are fixed).</summary>
    public Task<int> AttemptCountAsync(Guid quizId, CancellationToken ct) => db.Set<Attempt>().CountAsync(a => a.QuizId == quizId, ct);

    public async Task<Result<Guid>> CreateAsync(Guid ownerId, string? ownerOblastCode, QuizSettings settings, CancellationToken ct)
    {
        if (settings.Check() is { } invalid)
        {
            return invalid;
        }

        var quiz = new Quiz(settings.Title.Trim(), ownerId, ownerOblastCode, time.GetUtcNow().UtcDateTime);
        settings.ApplyTo(quiz);
        db.Add(quiz);
        await db.SaveChangesAsync(ct);
        return quiz.Id;
    }

    public async Task<Result> UpdateAsync(AccessScope scope, Guid quizId, QuizSettings settings, CancellationToken ct)
    {
        if (settings.Check() is { } invalid)
        {
            return invalid;
        }

        var quiz = await FindAsync(scope, quizId, ct);
        if (quiz is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        settings.ApplyTo(quiz);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>A draft copy with the same settings, questions and draws (not the overrides), owned by the person copying.</summary>
    public async Task<Result<Guid>> CopyAsync(AccessScope scope, Guid ownerId, string? ownerOblastCode, Guid quizId, CancellationToken ct)
    {
        var source = await FindAsync(scope, quizId, ct);
        if (source is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        var copy = new Quiz(AssessmentLimits.Cut($"{source.Title} (копія)", AssessmentLimits.QuizTitleLength), ownerId, ownerOblastCode, time.GetUtcNow().UtcDateTime);
        (QuizSettings.Of(source) with { Title = copy.Title }).ApplyTo(copy);
        db.Add(copy);
        foreach (var slot in source.Slots.OrderBy(s => s.Position))
        {
            db.Add(slot.QuestionId is { } questionId
                ? QuizSlot.ForQuestion(copy.Id, slot.Position, questionId, slot.Mark)
                : QuizSlot.ForDraw(copy.Id, slot.Position, slot.CategoryId!.Value, slot.IncludeSubcategories, slot.DrawCount, slot.Mark));
        }

        await db.SaveChangesAsync(ct);
        return copy.Id;
    }

    public async Task<Result> SetStatusAsync(AccessScope scope, Guid quizId, QuizStatus status, CancellationToken ct)
    {
        var quiz = await FindAsync(scope, quizId, ct);
        if (quiz is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        if (status == QuizStatus.Published && quiz.Slots.Count == 0)
        {
            return AssessmentErrors.QuizEmpty;
        }

        quiz.Status = status;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
