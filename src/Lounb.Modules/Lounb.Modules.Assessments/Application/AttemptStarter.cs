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
internal sealed class AttemptStarter(LounbDbContext db, QuestionContentCache contents, AttemptFinalizer finalizer, AttemptFacts facts, TimeProvider time)
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
        var slots = new List<AttemptSlot>(questions.Length);
        for (var index = 0; index < questions.Length; index++)
        {
            var (versionId, mark) = questions[index];
            var content = versions[versionId];
            slots.Add(new AttemptSlot(attempt.Id, index + 1, index / perPage, versionId, content.IsGraded ? mark : 0m,
                AttemptLayout.Create(content, quiz.ShuffleAnswers, random)));
        }

        attempt.MaxScore = slots.Sum(s => s.Mark);
        db.Add(attempt);
        try
        {
            // The attempt through EF Core (the unique index settles a race), its slots in one multi-row INSERT: nothing to track.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await InsertSlotsAsync(slots, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another start of the same person won the race (or took the same attempt number): resume theirs.
            db.ChangeTracker.Clear();
            var winner = await db.Set<Attempt>().AsNoTracking().Where(a => a.QuizId == quizId && a.UserId == userId && a.State == AttemptState.InProgress)
                .Select(a => a.Id).FirstOrDefaultAsync(ct);
            return winner != Guid.Empty ? winner : AssessmentErrors.NoAttemptsLeft;
        }

        // What never changes during the attempt is known now: its first page and first saves need not read it back.
        facts.Remember(attempt.Id, AttemptFact.Of(userId, quiz, slots));
        return attempt.Id;
    }

    /// <summary>The slots as multi-row INSERTs (at most <see cref="SlotsPerInsert"/> rows each: SQLite bounds the parameters of a statement).</summary>
    private async Task InsertSlotsAsync(List<AttemptSlot> slots, CancellationToken ct)
    {
        foreach (var chunk in slots.Chunk(SlotsPerInsert))
        {
            var values = new List<object>(chunk.Length * 6);
            var rows = new List<string>(chunk.Length);
            foreach (var slot in chunk)
            {
                var at = values.Count;
                rows.Add($"({{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{{at + 4}}}, {{{at + 5}}}, NULL, 0, NULL, NULL, NULL, NULL, NULL, FALSE)");
                values.AddRange([slot.AttemptId, slot.Number, slot.Page, slot.QuestionVersionId, slot.Mark, slot.Layout]);
            }

            var sql = "INSERT INTO assessments_attempt_slot (attempt_id, number, page, question_version_id, mark, layout, response, response_version, "
                + "saved_at, fraction, grader_comment, graded_by, graded_at, needs_manual_grading) VALUES " + string.Join(", ", rows);
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
    }

    private const int SlotsPerInsert = 100;

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
