using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// Starts attempts: checks the quiz is open for the person (with their override) and attempts remain, draws random
/// questions, shuffles, pages and fixes the deadline. A second start while one is in progress resumes it; the database
/// keeps one attempt in progress even when two starts race (two tabs, two devices).
/// </summary>
internal sealed class AttemptStarter(LounbDbContext db, QuestionContentCache contents, AttemptFinalizer finalizer, TimeProvider time)
{
    public async Task<Result<Guid>> StartAsync(Guid userId, Guid quizId, Guid? lessonId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var quiz = await db.Set<Quiz>().AsNoTracking().Include(q => q.Slots).FirstOrDefaultAsync(q => q.Id == quizId && q.Status == QuizStatus.Published, ct);
        if (quiz is null)
        {
            return AssessmentErrors.QuizNotFound;
        }

        var existing = await db.Set<Attempt>().AsNoTracking().Where(a => a.QuizId == quizId && a.UserId == userId && a.State == AttemptState.InProgress)
            .Select(a => a.Id).FirstOrDefaultAsync(ct);
        if (existing != Guid.Empty && !await finalizer.FinalizeIfOverdueAsync(existing, ct))
        {
            return existing;
        }

        var personal = await db.Set<QuizOverride>().AsNoTracking().FirstOrDefaultAsync(o => o.QuizId == quizId && o.UserId == userId, ct);
        var rules = EffectiveRules.Of(quiz, personal);
        if (!rules.IsOpenAt(now))
        {
            return AssessmentErrors.QuizNotOpen;
        }

        var used = await db.Set<Attempt>().CountAsync(a => a.QuizId == quizId && a.UserId == userId, ct);
        if (rules.AttemptsAllowed > 0 && used >= rules.AttemptsAllowed)
        {
            return AssessmentErrors.NoAttemptsLeft;
        }

        var picked = await PickQuestionsAsync(quiz, ct);
        if (!picked.IsSuccess)
        {
            return picked.Error!;
        }

        var attempt = new Attempt(quizId, userId, used + 1, now, rules.DeadlineFor(now), lessonId);
        var random = Random.Shared;
        var questions = picked.Value.ToArray();
        if (quiz.ShuffleQuestions)
        {
            random.Shuffle(questions);
        }

        var versions = await contents.GetManyAsync(db, questions.Select(q => q.VersionId), ct);
        var perPage = quiz.QuestionsPerPage <= 0 ? int.MaxValue : quiz.QuestionsPerPage;
        for (var index = 0; index < questions.Length; index++)
        {
            var (versionId, mark) = questions[index];
            var content = versions[versionId];
            attempt.Slots.Add(new AttemptSlot(attempt.Id, index + 1, index / perPage, versionId, content.IsGraded ? mark : 0m,
                AttemptLayout.Create(content, quiz.ShuffleAnswers, random)));
        }

        attempt.MaxScore = attempt.Slots.Sum(s => s.Mark);
        db.Add(attempt);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another start of the same person won the race (or took the same attempt number): resume theirs.
            db.ChangeTracker.Clear();
            var winner = await db.Set<Attempt>().AsNoTracking().Where(a => a.QuizId == quizId && a.UserId == userId && a.State == AttemptState.InProgress)
                .Select(a => a.Id).FirstOrDefaultAsync(ct);
            return winner != Guid.Empty ? winner : AssessmentErrors.NoAttemptsLeft;
        }

        return attempt.Id;
    }

    private async Task<Result<List<(Guid VersionId, decimal Mark)>>> PickQuestionsAsync(Quiz quiz, CancellationToken ct)
    {
        var picked = new List<(Guid VersionId, decimal Mark)>();
        var usedQuestions = new HashSet<Guid>(quiz.Slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value));
        var fixedIds = usedQuestions.ToList();
        var currentVersions = await db.Set<Question>().AsNoTracking().Where(q => fixedIds.Contains(q.Id) && !q.IsRemoved)
            .ToDictionaryAsync(q => q.Id, q => q.CurrentVersionId, ct);
        foreach (var slot in quiz.Slots.OrderBy(s => s.Position))
        {
            if (slot.QuestionId is { } questionId)
            {
                if (currentVersions.TryGetValue(questionId, out var versionId))
                {
                    picked.Add((versionId, slot.Mark));
                }

                continue;
            }

            var categories = await CategoryScopeAsync(slot.CategoryId!.Value, slot.IncludeSubcategories, ct);
            var candidates = await db.Set<Question>().AsNoTracking()
                .Where(q => categories.Contains(q.CategoryId) && !q.IsRemoved && q.Type != QuestionType.Description)
                .Select(q => new { q.Id, q.CurrentVersionId }).ToListAsync(ct);
            var available = candidates.Where(c => !usedQuestions.Contains(c.Id)).ToArray();
            if (available.Length < slot.DrawCount)
            {
                return AssessmentErrors.NotEnoughQuestions;
            }

            Random.Shared.Shuffle(available);
            foreach (var candidate in available.Take(slot.DrawCount))
            {
                usedQuestions.Add(candidate.Id);
                picked.Add((candidate.CurrentVersionId, slot.Mark));
            }
        }

        return picked.Count == 0 ? AssessmentErrors.QuizEmpty : picked;
    }

    private async Task<List<Guid>> CategoryScopeAsync(Guid categoryId, bool includeSubcategories, CancellationToken ct)
    {
        if (!includeSubcategories)
        {
            return [categoryId];
        }

        var parents = await db.Set<QuestionCategory>().AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToListAsync(ct);
        var children = parents.ToLookup(c => c.ParentId, c => c.Id);
        var result = new List<Guid> { categoryId };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(children[result[i]]);
        }

        return result;
    }
}

/// <summary>A quiz's timing and attempt rules for one person: the quiz's own, with their override applied.</summary>
internal sealed record EffectiveRules(QuizStatus Status, DateTime? OpensAt, DateTime? ClosesAt, int? TimeLimitMinutes, int AttemptsAllowed)
{
    public static EffectiveRules Of(Quiz quiz, QuizOverride? personal) =>
        new(quiz.Status, quiz.OpensAt, personal?.ClosesAt ?? quiz.ClosesAt, personal?.TimeLimitMinutes ?? quiz.TimeLimitMinutes,
            personal?.AttemptsAllowed ?? quiz.AttemptsAllowed);

    public bool IsOpenAt(DateTime now) => Status == QuizStatus.Published && (OpensAt is null || OpensAt <= now) && (ClosesAt is null || now < ClosesAt);

    /// <summary>The earlier of the time limit and the quiz's close; null when neither applies.</summary>
    public DateTime? DeadlineFor(DateTime start)
    {
        DateTime? byLimit = TimeLimitMinutes is { } minutes and > 0 ? start.AddMinutes(minutes) : null;
        return (byLimit, ClosesAt) switch
        {
            ({ } limit, { } close) => limit < close ? limit : close,
            ({ } limit, null) => limit,
            (null, { } close) => close,
            _ => null,
        };
    }
}
