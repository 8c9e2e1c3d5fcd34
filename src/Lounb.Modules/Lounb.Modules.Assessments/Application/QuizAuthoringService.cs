using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>Settings a methodologist gives a quiz (times in UTC).</summary>
internal sealed record QuizSettings(
    string Title, string IntroMarkdown, DateTime? OpensAt, DateTime? ClosesAt, int? TimeLimitMinutes, int AttemptsAllowed, GradingMethod GradingMethod,
    decimal PassPercent, bool ShuffleQuestions, bool ShuffleAnswers, int QuestionsPerPage, NavigationMode Navigation, ReviewTiming ReviewTiming,
    bool ReviewShowsMarks, bool ReviewShowsCorrectAnswers, bool ReviewShowsFeedback);

internal sealed record QuizRow(Guid Id, string Title, QuizStatus Status, int SlotCount, int AttemptCount, DateTime? OpensAt, DateTime? ClosesAt);

internal sealed record SlotRow(Guid Id, int Position, string Description, QuestionType? Type, int Count, decimal Mark);

internal sealed record OverrideRow(Guid UserId, string FullName, string Email, int? TimeLimitMinutes, int? AttemptsAllowed, DateTime? ClosesAt, string Reason);

/// <summary>Builds quizzes: settings, fixed questions and random draws, publishing, per-person overrides. Oblast-scoped like courses.</summary>
internal sealed class QuizAuthoringService(LounbDbContext db, QuestionBankService bank, TimeProvider time)
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

    public async Task<Result<Guid>> CreateAsync(Guid ownerId, string? ownerOblastCode, QuizSettings settings, CancellationToken ct)
    {
        if (Check(settings) is { } invalid)
        {
            return invalid;
        }

        var quiz = new Quiz(settings.Title.Trim(), ownerId, ownerOblastCode, time.GetUtcNow().UtcDateTime);
        Apply(quiz, settings);
        db.Add(quiz);
        await db.SaveChangesAsync(ct);
        return quiz.Id;
    }

    public async Task<Result> UpdateAsync(AccessScope scope, Guid quizId, QuizSettings settings, CancellationToken ct)
    {
        if (Check(settings) is { } invalid)
        {
            return invalid;
        }

        var quiz = await FindAsync(scope, quizId, ct);
        if (quiz is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        Apply(quiz, settings);
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

        var title = $"{source.Title} (копія)";
        var copy = new Quiz(title.Length > 200 ? title[..200] : title, ownerId, ownerOblastCode, time.GetUtcNow().UtcDateTime);
        Apply(copy, SettingsOf(source) with { Title = copy.Title });
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

    public static QuizSettings SettingsOf(Quiz quiz) =>
        new(quiz.Title, quiz.IntroMarkdown, quiz.OpensAt, quiz.ClosesAt, quiz.TimeLimitMinutes, quiz.AttemptsAllowed, quiz.GradingMethod, quiz.PassPercent,
            quiz.ShuffleQuestions, quiz.ShuffleAnswers, quiz.QuestionsPerPage, quiz.Navigation, quiz.ReviewTiming, quiz.ReviewShowsMarks,
            quiz.ReviewShowsCorrectAnswers, quiz.ReviewShowsFeedback);

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
        var quiz = await EditableAsync(scope, quizId, ct);
        if (!quiz.IsSuccess)
        {
            return quiz.Error!;
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

        var present = quiz.Value.Slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value).ToHashSet();
        var marks = await db.Set<QuestionVersion>().Where(v => questions.Select(q => q.CurrentVersionId).Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.ContentJson, ct);
        var position = quiz.Value.Slots.Count == 0 ? 0 : quiz.Value.Slots.Max(s => s.Position);
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
        if (count is < 1 or > 500 || mark is < 0 or > 1000)
        {
            return Error.Validation("Кількість питань — від 1 до 500, бал — від 0 до 1000.");
        }

        var quiz = await EditableAsync(scope, quizId, ct);
        if (!quiz.IsSuccess)
        {
            return quiz.Error!;
        }

        if (await bank.FindUsableCategoryAsync(actor, categoryId, ct) is null)
        {
            return AssessmentErrors.CategoryNotFound;
        }

        var position = quiz.Value.Slots.Count == 0 ? 0 : quiz.Value.Slots.Max(s => s.Position);
        db.Add(QuizSlot.ForDraw(quizId, position + 1, categoryId, includeSubcategories, count, mark));
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> RemoveSlotAsync(AccessScope scope, Guid quizId, Guid slotId, CancellationToken ct)
    {
        var quiz = await EditableAsync(scope, quizId, ct);
        if (!quiz.IsSuccess)
        {
            return quiz.Error!;
        }

        var slot = quiz.Value.Slots.FirstOrDefault(s => s.Id == slotId);
        if (slot is null)
        {
            return AssessmentErrors.QuestionNotFound;
        }

        quiz.Value.Slots.Remove(slot);
        db.Remove(slot);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Moves a slot one place up or down. Allowed after attempts: it only changes the order new attempts get.</summary>
    public async Task<Result> MoveSlotAsync(AccessScope scope, Guid quizId, Guid slotId, int direction, CancellationToken ct)
    {
        var quiz = await FindAsync(scope, quizId, ct);
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
        if (mark is < 0 or > 1000)
        {
            return Error.Validation("Бал — від 0 до 1000.");
        }

        var quiz = await EditableAsync(scope, quizId, ct);
        var slot = quiz.IsSuccess ? quiz.Value.Slots.FirstOrDefault(s => s.Id == slotId) : null;
        if (slot is null)
        {
            return quiz.IsSuccess ? AssessmentErrors.QuestionNotFound : quiz.Error!;
        }

        slot.Mark = mark;
        await db.SaveChangesAsync(ct);
        return Result.Success();
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

    public async Task<IReadOnlyList<OverrideRow>> OverridesAsync(Guid quizId, CancellationToken ct) =>
        await db.Set<QuizOverride>().AsNoTracking().Where(o => o.QuizId == quizId)
            .Join(db.Users, o => o.UserId, u => u.Id, (o, u) => new OverrideRow(o.UserId, u.FullName, u.Email ?? "", o.TimeLimitMinutes, o.AttemptsAllowed, o.ClosesAt, o.Reason))
            .ToListAsync(ct);

    public async Task<Result> SetOverrideAsync(AccessScope scope, Guid quizId, string email, int? timeLimitMinutes, int? attemptsAllowed, DateTime? closesAt, string reason, CancellationToken ct)
    {
        if (timeLimitMinutes is < 1 or > 1440 || attemptsAllowed is < 0 or > 100)
        {
            return Error.Validation("Час — від 1 до 1440 хвилин, спроб — від 0 до 100.");
        }

        if (timeLimitMinutes is null && attemptsAllowed is null && closesAt is null)
        {
            return Error.Validation("Вкажіть, що змінюється: час, кількість спроб або дату закриття.");
        }

        if (await FindAsync(scope, quizId, ct) is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        var normalized = email.Trim().ToUpperInvariant();
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (userId is null)
        {
            return Error.NotFound("Людину з такою електронною адресою не знайдено.");
        }

        var existing = await db.Set<QuizOverride>().FirstOrDefaultAsync(o => o.QuizId == quizId && o.UserId == userId, ct);
        if (existing is null)
        {
            existing = new QuizOverride(quizId, userId.Value);
            db.Add(existing);
        }

        existing.TimeLimitMinutes = timeLimitMinutes;
        existing.AttemptsAllowed = attemptsAllowed;
        existing.ClosesAt = closesAt;
        existing.Reason = reason.Trim().Length > 500 ? reason.Trim()[..500] : reason.Trim();
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> RemoveOverrideAsync(AccessScope scope, Guid quizId, Guid userId, CancellationToken ct)
    {
        if (await FindAsync(scope, quizId, ct) is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        await db.Set<QuizOverride>().Where(o => o.QuizId == quizId && o.UserId == userId).ExecuteDeleteAsync(ct);
        return Result.Success();
    }

    /// <summary>Questions and draws may change only until the first attempt; after that statistics and grades would mix different tests.</summary>
    private async Task<Result<Quiz>> EditableAsync(AccessScope scope, Guid quizId, CancellationToken ct)
    {
        var quiz = await FindAsync(scope, quizId, ct);
        if (quiz is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        return await db.Set<Attempt>().AnyAsync(a => a.QuizId == quizId, ct) ? AssessmentErrors.QuizInUse : quiz;
    }

    private static Error? Check(QuizSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Title))
        {
            return AssessmentErrors.NameRequired;
        }

        if (settings.Title.Trim().Length > 200)
        {
            return AssessmentErrors.NameTooLong;
        }

        if (settings.OpensAt is { } opens && settings.ClosesAt is { } closes && closes <= opens)
        {
            return Error.Validation("Тест має закриватися пізніше, ніж відкривається.");
        }

        if (settings.TimeLimitMinutes is < 1 or > 1440)
        {
            return Error.Validation("Обмеження часу — від 1 до 1440 хвилин (або порожньо, якщо без обмеження).");
        }

        if (settings.AttemptsAllowed is < 0 or > 100)
        {
            return Error.Validation("Кількість спроб — від 0 (без обмеження) до 100.");
        }

        if (settings.PassPercent is < 0 or > 100)
        {
            return Error.Validation("Прохідний бал — від 0 до 100 %.");
        }

        return settings.QuestionsPerPage is < 0 or > 100 ? Error.Validation("Питань на сторінці — від 0 (усі на одній) до 100.") : null;
    }

    private static void Apply(Quiz quiz, QuizSettings settings)
    {
        quiz.Title = settings.Title.Trim();
        quiz.IntroMarkdown = settings.IntroMarkdown.Trim();
        quiz.OpensAt = settings.OpensAt;
        quiz.ClosesAt = settings.ClosesAt;
        quiz.TimeLimitMinutes = settings.TimeLimitMinutes;
        quiz.AttemptsAllowed = settings.AttemptsAllowed;
        quiz.GradingMethod = settings.GradingMethod;
        quiz.PassPercent = settings.PassPercent;
        quiz.ShuffleQuestions = settings.ShuffleQuestions;
        quiz.ShuffleAnswers = settings.ShuffleAnswers;
        quiz.QuestionsPerPage = settings.QuestionsPerPage;
        quiz.Navigation = settings.Navigation;
        quiz.ReviewTiming = settings.ReviewTiming;
        quiz.ReviewShowsMarks = settings.ReviewShowsMarks;
        quiz.ReviewShowsCorrectAnswers = settings.ReviewShowsCorrectAnswers;
        quiz.ReviewShowsFeedback = settings.ReviewShowsFeedback;
    }
}
