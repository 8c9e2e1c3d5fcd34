using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application.Statistics;

internal sealed record ResultRow(Guid AttemptId, Guid UserId, string FullName, string? OblastName, int Number, AttemptState State, DateTime StartedAt, DateTime? SubmittedAt, bool AutoSubmitted, decimal? Percent, decimal? QuizGrade, bool Passed);

/// <summary>
/// Gathers a quiz's results and statistics (graded attempts only) for the methodologist's pages and workbook. A grader
/// with a regional grant sees the attempts of people of their oblasts, also on a national quiz.
/// </summary>
internal sealed class QuizStatisticsService(LounbDbContext db, QuestionContentCache contents)
{
    public async Task<QuizStatistics> StatisticsAsync(Guid quizId, AccessScope scope, CancellationToken ct)
    {
        var attempts = await AttemptScope.Within(db, scope).AsNoTracking().Include(a => a.Slots)
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
        var rows = await AttemptScope.Within(db, scope).AsNoTracking().Where(a => a.QuizId == quizId)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a, u.FullName, u.SortName, u.OblastCode })
            .ToListAsync(ct);
        var grades = await db.Set<QuizGrade>().AsNoTracking().Where(g => g.QuizId == quizId).ToDictionaryAsync(g => g.UserId, ct);
        var oblasts = await db.Set<Oblast>().AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        return rows.OrderBy(r => r.SortName, StringComparer.Ordinal).ThenBy(r => r.a.Number)
            .Select(r => new ResultRow(r.a.Id, r.a.UserId, r.FullName, r.OblastCode is null ? null : oblasts.GetValueOrDefault(r.OblastCode), r.a.Number, r.a.State,
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
