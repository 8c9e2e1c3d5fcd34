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

        // The person's attempts at this quiz, read once: the one in progress (resumed) and how many were used. A finalized
        // attempt still counts as used, so finalizing an overdue one below does not change the count.
        var mine = await db.Set<Attempt>().AsNoTracking().Where(a => a.QuizId == quizId && a.UserId == userId)
            .Select(a => new { a.Id, a.State }).ToListAsync(ct);
        var existing = mine.FirstOrDefault(a => a.State == AttemptState.InProgress)?.Id ?? Guid.Empty;
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

        var used = mine.Count;
        if (rules.AttemptsAllowed > 0 && used >= rules.AttemptsAllowed)
        {
            return AssessmentErrors.NoAttemptsLeft;
        }

        if (!(await PickQuestionsAsync(quiz, ct)).Succeeded(out var picked, out var refused))
        {
            return refused;
        }

        var attempt = new Attempt(quizId, userId, used + 1, now, rules.DeadlineFor(now), lessonId);
        var random = Random.Shared;
        var questions = picked.ToArray();
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

    /// <summary>
    /// Fixed questions in their current version, then for each draw the given number of random questions of its category
    /// (and subcategories) not used by an earlier slot. Everything the draws may pick from is read in one query.
    /// </summary>
    private async Task<Result<List<(Guid VersionId, decimal Mark)>>> PickQuestionsAsync(Quiz quiz, CancellationToken ct)
    {
        var picked = new List<(Guid VersionId, decimal Mark)>();
        var usedQuestions = new HashSet<Guid>(quiz.Slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value));
        var fixedIds = usedQuestions.ToList();
        var scopes = await CategoryScopesAsync(quiz.Slots.Where(s => s.IsDraw).ToList(), ct);
        var drawCategories = scopes.Values.SelectMany(c => c).Distinct().ToList();
        var rows = await db.Set<Question>().AsNoTracking()
            .Where(q => !q.IsRemoved && (fixedIds.Contains(q.Id) || (drawCategories.Contains(q.CategoryId) && q.Type != QuestionType.Description)))
            .Select(q => new { q.Id, q.CurrentVersionId, q.CategoryId, q.Type }).ToListAsync(ct);
        var currentVersions = rows.Where(q => fixedIds.Contains(q.Id)).ToDictionary(q => q.Id, q => q.CurrentVersionId);
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

            var categories = scopes[slot.Id];
            var available = rows.Where(q => categories.Contains(q.CategoryId) && q.Type != QuestionType.Description && !usedQuestions.Contains(q.Id)).ToArray();
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

    /// <summary>The categories each draw takes questions from: its own, and with subcategories the whole subtree (the tree read once, only when needed).</summary>
    private async Task<Dictionary<Guid, HashSet<Guid>>> CategoryScopesAsync(List<QuizSlot> draws, CancellationToken ct)
    {
        ILookup<Guid?, Guid>? children = null;
        if (draws.Any(s => s.IncludeSubcategories))
        {
            var parents = await db.Set<QuestionCategory>().AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToListAsync(ct);
            children = parents.ToLookup(c => c.ParentId, c => c.Id);
        }

        var scopes = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var slot in draws)
        {
            var result = new List<Guid> { slot.CategoryId!.Value };
            if (slot.IncludeSubcategories)
            {
                for (var i = 0; i < result.Count; i++)
                {
                    result.AddRange(children![result[i]]);
                }
            }

            scopes[slot.Id] = [.. result];
        }

        return scopes;
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
