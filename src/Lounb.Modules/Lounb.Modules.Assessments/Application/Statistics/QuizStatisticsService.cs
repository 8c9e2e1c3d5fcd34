using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application.Statistics;

internal sealed record ResultRow(Guid AttemptId, Guid UserId, string FullName, string? OblastName, int Number, AttemptState State, DateTime StartedAt, DateTime? SubmittedAt, bool AutoSubmitted, decimal? Percent, decimal? QuizGrade, bool Passed);

/// <summary>
/// Gathers a quiz's results and statistics (graded attempts only) for the methodologist's pages and workbook. A grader
/// with a regional grant sees the attempts of people of their oblasts, also on a national quiz.
/// </summary>
/// <summary>A finished attempt as staff see it, with its learner and the slots still waiting for a grader.</summary>
internal sealed record AttemptReviewPage(AttemptReview Review, string LearnerName, string? LearnerEmail, IReadOnlyDictionary<int, bool> AwaitingGrade);

internal sealed class QuizStatisticsService(LounbDbContext db, IPeopleDirectory people, AttemptScope attemptScope, AttemptReader reader, QuestionContentCache contents)
{
    /// <summary>A quiz the grader may see (<see cref="AttemptScope.GradableQuizzes"/>); <c>null</c> for any other.</summary>
    public Task<Quiz?> FindQuizAsync(AccessScope gradeScope, Guid quizId, CancellationToken ct) =>
        attemptScope.GradableQuizzes(gradeScope).AsNoTracking().FirstOrDefaultAsync(q => q.Id == quizId, ct);

    /// <summary>An attempt the grader may grade, for the staff review; <c>null</c> for any other.</summary>
    public async Task<AttemptReviewPage?> AttemptAsync(AccessScope gradeScope, Guid staffId, Guid attemptId, CancellationToken ct)
    {
        if (!await attemptScope.GradableAttempts(gradeScope).AnyAsync(a => a.Id == attemptId, ct)
            || !(await reader.ReviewAsync(staffId, attemptId, asStaff: true, ct)).Succeeded(out var review, out _))
        {
            return null;
        }

        var learner = await people.People.Where(p => p.Id == review.UserId).Select(p => new { p.FullName, p.Email }).FirstAsync(ct);
        var awaiting = await db.Set<AttemptSlot>().AsNoTracking().Where(s => s.AttemptId == attemptId)
            .ToDictionaryAsync(s => s.Number, s => s.NeedsManualGrading, ct);
        return new AttemptReviewPage(review, learner.FullName, learner.Email, awaiting);
    }

    public async Task<QuizStatistics> StatisticsAsync(Guid quizId, AccessScope scope, CancellationToken ct)
    {
        var attempts = await attemptScope.Within(scope).AsNoTracking().Include(a => a.Slots)
            .Where(a => a.QuizId == quizId && a.State == AttemptState.Graded).OrderBy(a => a.SubmittedAt).ToListAsync(ct);
        var versionIds = attempts.SelectMany(a => a.Slots.Select(s => s.QuestionVersionId)).Distinct().ToList();
        var questionOf = await db.Set<QuestionVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.QuestionId, ct);
        var versions = await contents.GetManyAsync(db, versionIds, ct);
        var scores = attempts.Select(a => new AttemptScores(a.Id, a.Score ?? 0m, a.MaxScore, a.Slots.OrderBy(s => s.Number)
            .Where(s => versions[s.QuestionVersionId].IsGraded)
            .Select(s =>
            {
                var content = versions[s.QuestionVersionId];
                return new QuestionScore(questionOf[s.QuestionVersionId], content.Name, TypeNames.Of(content.Type), s.Mark, s.Fraction ?? 0m, ResponseSummary.Of(content, s.Response));
            }).ToList())).ToList();
        return QuizStatistics.Compute(scores);
    }

    public async Task<IReadOnlyList<ResultRow>> ResultsAsync(Guid quizId, AccessScope scope, CancellationToken ct)
    {
        var rows = await attemptScope.Within(scope).AsNoTracking().Where(a => a.QuizId == quizId)
            .Join(people.People, a => a.UserId, p => p.Id, (a, p) => new { a, p.FullName, p.SortName, p.OblastName })
            .ToListAsync(ct);
        var grades = await db.Set<QuizGrade>().AsNoTracking().Where(g => g.QuizId == quizId).ToDictionaryAsync(g => g.UserId, ct);
        return rows.OrderBy(r => r.SortName, StringComparer.Ordinal).ThenBy(r => r.a.Number)
            .Select(r => new ResultRow(r.a.Id, r.a.UserId, r.FullName, r.OblastName, r.a.Number, r.a.State,
                r.a.StartedAt, r.a.SubmittedAt, r.a.AutoSubmitted, r.a.Percent, grades.GetValueOrDefault(r.a.UserId)?.Percent, grades.GetValueOrDefault(r.a.UserId)?.Passed == true))
            .ToList();
    }
}

internal static class TypeNames
{
    public static string Of(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "Один варіант",
        QuestionType.MultipleChoice => "Кілька варіантів",
        QuestionType.TrueFalse => "Правда / неправда",
        QuestionType.ShortAnswer => "Коротка відповідь",
        QuestionType.Numerical => "Число",
        QuestionType.Matching => "Відповідність",
        QuestionType.Ordering => "Впорядкування",
        QuestionType.Essay => "Есе",
        QuestionType.Description => "Опис (без оцінки)",
        _ => type.ToString(),
    };
}
