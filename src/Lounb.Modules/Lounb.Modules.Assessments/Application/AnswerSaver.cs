using System.Text.Json;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Assessments.Application;

/// <summary>What happened to a saved answer: stored, or a newer one was already there (the client's copy is older).</summary>
internal sealed record SaveOutcome(bool Stored, long ServerVersion);

/// <summary>One answer of several sent together (the browser's queue after a page change or a reconnection).</summary>
internal sealed record AnswerInput(int Slot, string ResponseJson, long Version);

/// <summary>
/// Saves answers: an answer is written only when the attempt belongs to the person, is in progress, its deadline plus
/// the grace has not passed, and the client's version is newer than the stored one — so a late or repeated save never
/// overwrites a newer answer (<see cref="AnswerWrites"/>). The row is durable when the call returns. On PostgreSQL the
/// write goes through this node's group commit (<see cref="AnswerSaveQueue"/>); the checks that need no lock (the
/// person's attempt, the slot, the answer's shape) run first, per answer, so a bad answer never reaches a batch.
/// Which question sits in which slot never changes during an attempt, so that is kept in memory to check answers
/// without a query.
/// </summary>
internal sealed class AnswerSaver(LounbDbContext db, ISqlDialect dialect, AttemptFacts facts, QuestionContentCache contents, IOptions<AssessmentsOptions> options,
    AnswerSaveMetrics metrics, AnswerSaveQueue queue, TimeProvider time)
{
    /// <summary>Saves the answer and counts the save with its outcome and duration (<see cref="AnswerSaveMetrics"/>).</summary>
    public async Task<Result<SaveOutcome>> SaveAsync(Guid userId, Guid attemptId, int slotNumber, string responseJson, long clientVersion, CancellationToken ct) =>
        (await SaveManyAsync(userId, attemptId, [new AnswerInput(slotNumber, responseJson, clientVersion)], ct))[0];

    /// <summary>
    /// Saves several answers of one attempt, each with its own outcome in the same order (a refused one leaves the
    /// others saved); on PostgreSQL they go into the same group commit.
    /// </summary>
    public async Task<IReadOnlyList<Result<SaveOutcome>>> SaveManyAsync(Guid userId, Guid attemptId, IReadOnlyList<AnswerInput> answers, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var results = new Result<SaveOutcome>[answers.Count];
        var writes = new Task<bool>?[answers.Count];
        var checkedAnswers = new CheckedAnswer?[answers.Count];
        for (var i = 0; i < answers.Count; i++)
        {
            var check = await CheckAsync(userId, attemptId, answers[i], ct);
            if (check.Succeeded(out var answer, out var refused))
            {
                checkedAnswers[i] = answer;
                writes[i] = queue.TryStore(answer, ct, out var queued) ? queued : null;
            }
            else
            {
                results[i] = refused;
            }
        }

        for (var i = 0; i < answers.Count; i++)
        {
            if (checkedAnswers[i] is not { } answer)
            {
                continue;
            }

            var written = writes[i] is { } queued ? await queued : await WriteAsync(answer, ct);
            results[i] = written ? new SaveOutcome(true, answer.Version) : await WhyNotStoredAsync(answer, ct);
        }

        var elapsed = time.GetElapsedTime(started);
        foreach (var result in results)
        {
            metrics.Record(!result.IsSuccess ? AnswerSaveMetrics.Refused : result.Value.Stored ? AnswerSaveMetrics.Stored : AnswerSaveMetrics.Older, elapsed);
        }

        return results;
    }

    private async Task<Result<CheckedAnswer>> CheckAsync(Guid userId, Guid attemptId, AnswerInput input, CancellationToken ct)
    {
        if (input.ResponseJson.Length > Responses.MaxLength * 2)
        {
            return AssessmentErrors.ResponseTooLong;
        }

        if (input.Version <= 0)
        {
            return AssessmentErrors.AnswerWithoutVersion;
        }

        var attempt = await facts.GetAsync(db, attemptId, ct);
        if (attempt is null || attempt.UserId != userId)
        {
            return AssessmentErrors.AttemptNotFound;
        }

        if (!attempt.SlotVersions.TryGetValue(input.Slot, out var versionId))
        {
            return AssessmentErrors.SlotNotFound;
        }

        var question = await contents.GetAsync(db, versionId, ct);
        string? problem;
        try
        {
            using var document = JsonDocument.Parse(input.ResponseJson);
            problem = Responses.Validate(question!, document.RootElement);
        }
        catch (JsonException)
        {
            return AssessmentErrors.AnswerDamaged;
        }

        return problem is not null
            ? AssessmentErrors.AnswerRefused(problem)
            : new CheckedAnswer(attemptId, userId, input.Slot, input.ResponseJson, input.Version, attempt.Sequential ? attempt.SlotPages[input.Slot] : int.MaxValue);
    }

    /// <summary>Writes one answer in its own commit (SQLite, group commit off, or the node stopping).</summary>
    private async Task<bool> WriteAsync(CheckedAnswer answer, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await AnswerWrites.StoreOneAsync(db, dialect, answer, now, options.Value.SaveCutoff(now), ct) == 1;
    }

    /// <summary>Sequential navigation: the learner moved forward to <paramref name="page"/>; earlier pages are closed from now on.</summary>
    /// <summary>Moves the caller's attempt on to <paramref name="page"/> (never back); false when the attempt is not the caller's.</summary>
    public async Task<bool> AdvancePageAsync(Guid userId, Guid attemptId, int page, CancellationToken ct) =>
        await db.Set<Attempt>().Where(a => a.Id == attemptId && a.UserId == userId && a.State == AttemptState.InProgress && a.CurrentPage < page)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.CurrentPage, page), ct) > 0
        || await db.Set<Attempt>().AnyAsync(a => a.Id == attemptId && a.UserId == userId, ct);

    private async Task<Result<SaveOutcome>> WhyNotStoredAsync(CheckedAnswer answer, CancellationToken ct)
    {
        var (attemptId, slotNumber, pageLimit, cutoff) = (answer.AttemptId, answer.Slot, answer.PageLimit, options.Value.SaveCutoff(time.GetUtcNow().UtcDateTime));
        var state = await db.Set<Attempt>().AsNoTracking().Where(a => a.Id == attemptId).Select(a => new { a.State, a.DeadlineAt, a.CurrentPage }).FirstAsync(ct);
        if (state.State != AttemptState.InProgress)
        {
            return AssessmentErrors.AttemptFinished;
        }

        if (state.DeadlineAt is { } deadline && deadline < cutoff)
        {
            return AssessmentErrors.DeadlinePassed;
        }

        if (state.CurrentPage > pageLimit)
        {
            return AssessmentErrors.PageLocked;
        }

        var serverVersion = await db.Set<AttemptSlot>().AsNoTracking().Where(s => s.AttemptId == attemptId && s.Number == slotNumber)
            .Select(s => s.ResponseVersion).FirstAsync(ct);
        return new SaveOutcome(false, serverVersion);
    }
}

/// <summary>The unchanging facts of an attempt (whose it is, which question version is in which slot), kept in memory.</summary>
/// <param name="Sequential">The quiz's navigation is forward only: answers to pages before the learner's current one are refused.</param>
internal sealed record AttemptFact(Guid UserId, Guid QuizId, bool Sequential, IReadOnlyDictionary<int, Guid> SlotVersions, IReadOnlyDictionary<int, int> SlotPages)
{
    public static AttemptFact Of(Guid userId, Quiz quiz, IReadOnlyCollection<AttemptSlot> slots) =>
        new(userId, quiz.Id, quiz.Navigation == NavigationMode.Sequential,
            slots.ToDictionary(s => s.Number, s => s.QuestionVersionId), slots.ToDictionary(s => s.Number, s => s.Page));
}

/// <summary>
/// <see cref="AttemptFact"/>s in memory, each node its own: they never change once an attempt started (docs/deployment.md),
/// so a node that did not start an attempt reads them from the database once and all nodes agree.
/// </summary>

internal sealed class AttemptFacts : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    public async Task<AttemptFact?> GetAsync(LounbDbContext db, Guid attemptId, CancellationToken ct)
    {
        if (_cache.TryGetValue(attemptId, out AttemptFact? cached))
        {
            return cached;
        }

        var rows = await db.Set<AttemptSlot>().AsNoTracking().Where(s => s.AttemptId == attemptId)
            .Join(db.Set<Attempt>(), s => s.AttemptId, a => a.Id, (s, a) => new { a.UserId, a.QuizId, s.Number, s.Page, s.QuestionVersionId })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return null;
        }

        var navigation = await db.Set<Quiz>().AsNoTracking().Where(q => q.Id == rows[0].QuizId).Select(q => q.Navigation).FirstAsync(ct);
        var fact = new AttemptFact(rows[0].UserId, rows[0].QuizId, navigation == NavigationMode.Sequential,
            rows.ToDictionary(r => r.Number, r => r.QuestionVersionId), rows.ToDictionary(r => r.Number, r => r.Page));
        Remember(attemptId, fact);
        return fact;
    }

    /// <summary>The facts of an attempt just started (by this node), so that its first page and saves skip reading them.</summary>
    public void Remember(Guid attemptId, AttemptFact fact) =>
        _cache.Set(attemptId, fact, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(3) });

    public void Dispose() => _cache.Dispose();
}
