using System.Text.Json;
using Lounb.Modules.Assessments.Application.Grading;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>An option as the learner sees it: an id that says nothing about rightness, and its text as safe HTML.</summary>
internal sealed record ShownOption(string Id, string Html);

/// <summary>A question in an attempt as the learner sees it: never a fraction, never which option is right.</summary>
internal sealed record ShownQuestion(
    int Slot, QuestionType Type, string TextHtml, decimal Mark, IReadOnlyList<ShownOption> Options, IReadOnlyList<ShownOption> Prompts,
    int EssayLines, string? ResponseJson, long ResponseVersion)
{
    public JsonElement? Response => ResponseJson is null ? null : JsonDocument.Parse(ResponseJson).RootElement.Clone();
}

internal sealed record AttemptPage(
    Guid AttemptId, Guid QuizId, string QuizTitle, int AttemptNumber, AttemptState State, DateTime? DeadlineAt, int Page, int PageCount,
    NavigationMode Navigation, IReadOnlyList<ShownQuestion> Questions, int AnsweredCount, int QuestionCount);

/// <summary>A question after the attempt, with what the quiz's review settings allow.</summary>
internal sealed record ReviewedQuestion(ShownQuestion Question, decimal? Fraction, string FeedbackHtml, string GeneralFeedbackHtml, string? RightAnswerHtml, string? GraderComment);

internal sealed record AttemptReview(
    Guid AttemptId, Guid QuizId, string QuizTitle, Guid UserId, int AttemptNumber, AttemptState State, DateTime StartedAt, DateTime? SubmittedAt, bool AutoSubmitted,
    decimal? Score, decimal MaxScore, decimal? Percent, decimal PassPercent, bool ShowsMarks, IReadOnlyList<ReviewedQuestion> Questions);

/// <summary>Reads attempts for the learner's page and for review; it renders questions without their answer keys.</summary>
internal sealed class AttemptReader(
    LounbDbContext db, QuestionContentCache contents, QuestionTextRenderer text, AttemptFinalizer finalizer, AttemptFacts facts, TimeProvider time)
{
    public async Task<Result<AttemptPage>> PageAsync(Guid userId, Guid attemptId, int page, CancellationToken ct) =>
        (await ReadAsync(userId, attemptId, page, ct)).Succeeded(out var read, out var refused) ? read.Page : refused;

    /// <summary>The page asked for and every page's questions (the page with JavaScript holds them all), from one reading of the attempt.</summary>
    public async Task<Result<(AttemptPage Current, IReadOnlyList<IReadOnlyList<ShownQuestion>> AllPages)>> ScreenAsync(
        Guid userId, Guid attemptId, int page, CancellationToken ct)
    {
        if (!(await ReadAsync(userId, attemptId, page, ct)).Succeeded(out var read, out var refused))
        {
            return refused;
        }

        var versions = await contents.GetManyAsync(db, read.Slots.Select(s => s.QuestionVersionId), ct);
        IReadOnlyList<IReadOnlyList<ShownQuestion>> all = read.Slots.GroupBy(s => s.Page).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<ShownQuestion>)g.OrderBy(s => s.Number).Select(s => Show(s, versions[s.QuestionVersionId])).ToList()).ToList();
        return (read.Page, all);
    }

    private async Task<Result<(AttemptPage Page, List<AttemptSlot> Slots)>> ReadAsync(Guid userId, Guid attemptId, int page, CancellationToken ct)
    {
        // Whose attempt it is never changes: known in memory since the start (or read once on this node).
        if ((await facts.GetAsync(db, attemptId, ct))?.UserId != userId)
        {
            return AssessmentErrors.AttemptNotFound;
        }

        await finalizer.FinalizeIfOverdueAsync(attemptId, ct);
        var attempt = await db.Set<Attempt>().AsNoTracking().Include(a => a.Slots).FirstOrDefaultAsync(a => a.Id == attemptId, ct);
        if (attempt is null)
        {
            return AssessmentErrors.AttemptNotFound; // removed with its quiz or its person since it was remembered
        }

        var quiz = await db.Set<Quiz>().AsNoTracking().FirstAsync(q => q.Id == attempt.QuizId, ct);
        var pageCount = attempt.Slots.Count == 0 ? 1 : attempt.Slots.Max(s => s.Page) + 1;
        page = Math.Clamp(page, 0, pageCount - 1);
        if (attempt.State == AttemptState.InProgress && quiz.Navigation == NavigationMode.Sequential)
        {
            // Forward only: a page left behind is not shown again; the learner stays where they got to.
            page = Math.Max(page, attempt.CurrentPage);
            if (page > attempt.CurrentPage)
            {
                await db.Set<Attempt>().Where(a => a.Id == attemptId && a.CurrentPage < page).ExecuteUpdateAsync(u => u.SetProperty(a => a.CurrentPage, page), ct);
                attempt.CurrentPage = page;
            }
        }

        var slots = attempt.Slots.Where(s => s.Page == page).OrderBy(s => s.Number).ToList();
        var versions = await contents.GetManyAsync(db, slots.Select(s => s.QuestionVersionId), ct);
        var shown = slots.Select(s => Show(s, versions[s.QuestionVersionId])).ToList();
        var graded = attempt.Slots.Where(s => versions.GetValueOrDefault(s.QuestionVersionId)?.IsGraded != false).ToList();
        return (new AttemptPage(attempt.Id, quiz.Id, quiz.Title, attempt.Number, attempt.State, attempt.DeadlineAt, page, pageCount, quiz.Navigation, shown,
            attempt.Slots.Count(s => s.Response is not null), attempt.Slots.Count), attempt.Slots);
    }

    /// <summary>The attempt's state and deadline for the page's clock; <c>null</c> when it is not the person's.</summary>
    public async Task<(AttemptState State, DateTime? DeadlineAt)?> ClockAsync(Guid userId, Guid attemptId, CancellationToken ct)
    {
        var attempt = await db.Set<Attempt>().AsNoTracking().Where(a => a.Id == attemptId && a.UserId == userId)
            .Select(a => new { a.State, a.DeadlineAt }).FirstOrDefaultAsync(ct);
        return attempt is null ? null : (attempt.State, attempt.DeadlineAt);
    }

    /// <summary>An image of a question version: for the bank's authors, and for people whose attempt contains that version.</summary>
    public async Task<QuestionFile?> FileAsync(Guid userId, bool isAuthor, Guid versionId, string name, CancellationToken ct)
    {
        var allowed = isAuthor
            || await db.Set<AttemptSlot>().AnyAsync(s => s.QuestionVersionId == versionId && db.Set<Attempt>().Any(a => a.Id == s.AttemptId && a.UserId == userId), ct);
        return allowed ? await db.Set<QuestionFile>().AsNoTracking().FirstOrDefaultAsync(f => f.VersionId == versionId && f.Name == name, ct) : null;
    }

    /// <summary>All answers of an in-progress attempt (slot → version and JSON), for a device that resumes it.</summary>
    public async Task<IReadOnlyList<(int Slot, long Version, string? Response)>> AnswersAsync(Guid userId, Guid attemptId, CancellationToken ct)
    {
        if (!await IsOwnAsync(userId, attemptId, ct))
        {
            return [];
        }

        return (await db.Set<AttemptSlot>().AsNoTracking().Where(s => s.AttemptId == attemptId).OrderBy(s => s.Number)
            .Select(s => new { s.Number, s.ResponseVersion, s.Response }).ToListAsync(ct))
            .Select(s => (s.Number, s.ResponseVersion, s.Response)).ToList();
    }

    /// <param name="asStaff">
    /// A grader or author sees everything at any time (but a questionnaire's answers: not here); a learner only what the
    /// quiz's review settings allow.
    /// </param>
    public async Task<Result<AttemptReview>> ReviewAsync(Guid userId, Guid attemptId, bool asStaff, CancellationToken ct)
    {
        if (!asStaff && !await IsOwnAsync(userId, attemptId, ct))
        {
            return AssessmentErrors.AttemptNotFound;
        }

        await finalizer.FinalizeIfOverdueAsync(attemptId, ct);
        var attempt = await db.Set<Attempt>().AsNoTracking().Include(a => a.Slots).FirstOrDefaultAsync(a => a.Id == attemptId, ct);
        if (attempt is null)
        {
            return AssessmentErrors.AttemptNotFound;
        }

        var quiz = await db.Set<Quiz>().AsNoTracking().FirstAsync(q => q.Id == attempt.QuizId, ct);
        if (asStaff && quiz.IsQuestionnaire)
        {
            // A questionnaire's answers are read through the module that owns the form (attestation audits every reading).
            return AssessmentErrors.AttemptNotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var open = attempt.State != AttemptState.InProgress && quiz.ReviewTiming switch
        {
            ReviewTiming.Immediately => true,
            ReviewTiming.AfterClose => quiz.ClosesAt is { } closes && closes <= now,
            _ => false,
        };
        var showMarks = asStaff || (attempt.State != AttemptState.InProgress && quiz.ReviewShowsMarks && quiz.ReviewTiming != ReviewTiming.Never);
        var showAnswers = asStaff || (open && quiz.ReviewShowsCorrectAnswers);
        var showFeedback = asStaff || (open && quiz.ReviewShowsFeedback);
        var versions = await contents.GetManyAsync(db, attempt.Slots.Select(s => s.QuestionVersionId), ct);
        var questions = (asStaff || open)
            ? attempt.Slots.OrderBy(s => s.Number).Select(s =>
            {
                var content = versions[s.QuestionVersionId];
                var feedback = showFeedback && content.IsGraded && !content.IsManuallyGraded ? QuestionGrader.Grade(content, s.Response).Feedback : "";
                return new ReviewedQuestion(Show(s, content), showMarks ? s.Fraction : null,
                    text.Render(feedback, content.Format, s.QuestionVersionId),
                    showFeedback ? text.Render(content.GeneralFeedback, content.Format, s.QuestionVersionId) : "",
                    showAnswers ? RightAnswers.Describe(content, text, s.QuestionVersionId) : null,
                    showFeedback ? s.GraderComment : null);
            }).ToList()
            : [];
        return new AttemptReview(attempt.Id, quiz.Id, quiz.Title, attempt.UserId, attempt.Number, attempt.State, attempt.StartedAt, attempt.SubmittedAt, attempt.AutoSubmitted,
            showMarks ? attempt.Score : null, attempt.MaxScore, showMarks ? attempt.Percent : null, quiz.PassPercent, showMarks, questions);
    }

    private Task<bool> IsOwnAsync(Guid userId, Guid attemptId, CancellationToken ct) =>
        db.Set<Attempt>().AnyAsync(a => a.Id == attemptId && a.UserId == userId, ct);

    private ShownQuestion Show(AttemptSlot slot, QuestionContent content)
    {
        var version = slot.QuestionVersionId;
        var order = AttemptLayout.Read(slot.Layout);
        IReadOnlyList<ShownOption> options = content.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice => InOrder(order, content.Choices.ToDictionary(c => c.Id, c => c.Text))
                .Select(x => new ShownOption(x.Id, text.RenderInline(x.Text, content.Format, version))).ToList(),
            QuestionType.Ordering => InOrder(order, content.OrderItems.ToDictionary(i => i.Id, i => i.Text))
                .Select(x => new ShownOption(x.Id, text.RenderInline(x.Text, content.Format, version))).ToList(),
            QuestionType.Matching => DistinctAnswers(InOrder(order, content.Pairs.ToDictionary(p => p.Id, p => p.Answer)))
                .Select(x => new ShownOption(x.Id, text.RenderInline(x.Text, content.Format, version))).ToList(),
            _ => [],
        };
        IReadOnlyList<ShownOption> prompts = content.Type == QuestionType.Matching
            ? content.Pairs.Where(p => p.Prompt.Length > 0).Select(p => new ShownOption(p.Id, text.RenderInline(p.Prompt, content.Format, version))).ToList()
            : [];
        return new ShownQuestion(slot.Number, content.Type, text.Render(content.Text, content.Format, version), slot.Mark, options, prompts,
            content.EssayLines, slot.Response ?? (content.Type == QuestionType.Essay && content.ResponseTemplate.Length > 0 ? JsonSerializer.Serialize(content.ResponseTemplate) : null),
            slot.ResponseVersion);
    }

    private static IEnumerable<(string Id, string Text)> InOrder(IReadOnlyList<string> order, Dictionary<string, string> texts) =>
        (order.Count > 0 ? order : texts.Keys.ToList()).Where(texts.ContainsKey).Select(id => (id, texts[id]));

    /// <summary>Matching answers shown once each even when two prompts share an answer text.</summary>
    private static IEnumerable<(string Id, string Text)> DistinctAnswers(IEnumerable<(string Id, string Text)> answers) =>
        answers.Where(a => a.Text.Trim().Length > 0).DistinctBy(a => a.Text, StringComparer.Ordinal);
}
