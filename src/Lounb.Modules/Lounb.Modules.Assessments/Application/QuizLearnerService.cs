using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

internal sealed record AttemptSummary(Guid Id, int Number, AttemptState State, DateTime StartedAt, DateTime? SubmittedAt, decimal? Percent, bool AutoSubmitted);

internal sealed record QuizOverview(
    Guid Id, string Title, string IntroHtml, QuizStatus Status, DateTime? OpensAt, DateTime? ClosesAt, int? TimeLimitMinutes, int AttemptsAllowed,
    GradingMethod GradingMethod, decimal PassPercent, int QuestionCount, IReadOnlyList<AttemptSummary> Attempts, decimal? GradePercent, bool Passed,
    Guid? InProgressAttemptId, string? CannotStartReason, bool HasOverride)
{
    /// <summary>A questionnaire: no pass mark, no grade, «Заповнити анкету».</summary>
    public bool IsQuestionnaire { get; init; }
}

/// <summary>A quiz on the learner's list: open now, or one they have attempted.</summary>
internal sealed record QuizListItem(Guid Id, string Title, DateTime? ClosesAt, int? TimeLimitMinutes, decimal? GradePercent, bool Passed, bool Attempted);

internal sealed record MyAttempt(Guid AttemptId, Guid QuizId, string QuizTitle, DateTime? DeadlineAt);

internal sealed record MyGrade(Guid QuizId, string QuizTitle, decimal Percent, bool Passed, DateTime UpdatedAt);

/// <summary>The dashboard's "Мої тести": attempts to continue and the latest grades.</summary>
internal sealed record MyQuizzes(IReadOnlyList<MyAttempt> InProgress, IReadOnlyList<MyGrade> Grades);

/// <summary>The learner's view of a quiz: rules as they apply to them, their attempts and grade, and whether they may start.</summary>
internal sealed class QuizLearnerService(LounbDbContext db, MarkdownRenderer markdown, TimeProvider time)
{
    public async Task<MyQuizzes> MineAsync(Guid userId, CancellationToken ct)
    {
        var inProgress = await db.Set<Attempt>().AsNoTracking().Where(a => a.UserId == userId && a.State == AttemptState.InProgress)
            .Join(db.Set<Quiz>(), a => a.QuizId, q => q.Id, (a, q) => new MyAttempt(a.Id, q.Id, q.Title, a.DeadlineAt))
            .ToListAsync(ct);
        var grades = await db.Set<QuizGrade>().AsNoTracking().Where(g => g.UserId == userId).OrderByDescending(g => g.UpdatedAt).Take(5)
            .Join(db.Set<Quiz>(), g => g.QuizId, q => q.Id, (g, q) => new MyGrade(q.Id, q.Title, g.Percent, g.Passed, g.UpdatedAt))
            .ToListAsync(ct);
        return new MyQuizzes(inProgress, [.. grades.OrderByDescending(g => g.UpdatedAt)]);
    }

    /// <summary>The quizzes open now and those the learner has attempted, with their grades, by title.</summary>
    public async Task<IReadOnlyList<QuizListItem>> ListAsync(Guid userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var mine = await db.Set<Attempt>().AsNoTracking().Where(a => a.UserId == userId).Select(a => a.QuizId).Distinct().ToListAsync(ct);
        var quizzes = await db.Set<Quiz>().AsNoTracking()
            .Where(q => mine.Contains(q.Id) || (!q.IsQuestionnaire && q.Status == QuizStatus.Published && (q.OpensAt == null || q.OpensAt <= now) && (q.ClosesAt == null || q.ClosesAt > now)))
            .OrderBy(q => q.Title).Select(q => new { q.Id, q.Title, q.ClosesAt, q.TimeLimitMinutes }).ToListAsync(ct);
        var grades = await db.Set<QuizGrade>().AsNoTracking().Where(g => g.UserId == userId).ToDictionaryAsync(g => g.QuizId, ct);
        return quizzes.Select(q => new QuizListItem(q.Id, q.Title, q.ClosesAt, q.TimeLimitMinutes, grades.GetValueOrDefault(q.Id)?.Percent,
            grades.GetValueOrDefault(q.Id)?.Passed == true, mine.Contains(q.Id))).ToList();
    }

    public async Task<QuizOverview?> OverviewAsync(Guid userId, Guid quizId, CancellationToken ct)
    {
        var quiz = await db.Set<Quiz>().AsNoTracking().Include(q => q.Slots).FirstOrDefaultAsync(q => q.Id == quizId && q.Status != QuizStatus.Draft, ct);
        if (quiz is null)
        {
            return null;
        }

        var personal = await db.Set<QuizOverride>().AsNoTracking().FirstOrDefaultAsync(o => o.QuizId == quizId && o.UserId == userId, ct);
        var rules = EffectiveRules.Of(quiz, personal);
        var attempts = await db.Set<Attempt>().AsNoTracking().Where(a => a.QuizId == quizId && a.UserId == userId).OrderBy(a => a.Number)
            .Select(a => new AttemptSummary(a.Id, a.Number, a.State, a.StartedAt, a.SubmittedAt, a.Percent, a.AutoSubmitted)).ToListAsync(ct);
        var grade = await db.Set<QuizGrade>().AsNoTracking().FirstOrDefaultAsync(g => g.QuizId == quizId && g.UserId == userId, ct);
        var inProgress = attempts.FirstOrDefault(a => a.State == AttemptState.InProgress)?.Id;
        var now = time.GetUtcNow().UtcDateTime;
        string? reason = null;
        if (inProgress is null)
        {
            if (!rules.IsOpenAt(now))
            {
                reason = rules.OpensAt is { } opens && now < opens ? "Тест ще не відкрито." : "Тест закрито.";
            }
            else if (rules.AttemptsAllowed > 0 && attempts.Count >= rules.AttemptsAllowed)
            {
                reason = "Ви використали всі дозволені спроби.";
            }
        }

        return new QuizOverview(quiz.Id, quiz.Title, markdown.ToSafeHtml(quiz.IntroMarkdown), quiz.Status, rules.OpensAt, rules.ClosesAt, rules.TimeLimitMinutes,
            rules.AttemptsAllowed, quiz.GradingMethod, quiz.PassPercent, quiz.Slots.Sum(s => s.DrawCount), attempts, grade?.Percent, grade?.Passed == true,
            inProgress, reason, personal is not null) { IsQuestionnaire = quiz.IsQuestionnaire };
    }
}
