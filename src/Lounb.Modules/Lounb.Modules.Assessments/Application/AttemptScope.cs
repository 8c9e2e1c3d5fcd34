using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// Which quizzes and attempts a staff member may see. A national grant sees all; a regional one sees the attempts of
/// people of its oblasts (also on national quizzes, which their learners take too) and the quizzes of its oblasts and
/// every national quiz.
/// </summary>
internal sealed class AttemptScope(LounbDbContext db, IPeopleDirectory people)
{
    /// <summary>Attempts by people of the scope's oblasts (every attempt for a national scope).</summary>
    public IQueryable<Attempt> Within(AccessScope scope)
    {
        if (scope.IsNational)
        {
            return db.Set<Attempt>();
        }

        var oblasts = scope.OblastCodes.ToList();
        return db.Set<Attempt>().Where(a => people.People.Any(p => p.Id == a.UserId && p.OblastCode != null && oblasts.Contains(p.OblastCode)));
    }

    /// <summary>Quizzes a grader may see: those of their oblasts and every national quiz (their learners take those too).</summary>
    public IQueryable<Quiz> GradableQuizzes(AccessScope gradeScope)
    {
        if (gradeScope.IsNational)
        {
            return db.Set<Quiz>();
        }

        var oblasts = gradeScope.OblastCodes.ToList();
        return db.Set<Quiz>().Where(q => q.OwnerOblastCode == null || oblasts.Contains(q.OwnerOblastCode));
    }

    /// <summary>Attempts a grader may grade: on quizzes they may see, by learners of their oblasts.</summary>
    public IQueryable<Attempt> GradableAttempts(AccessScope gradeScope)
    {
        var quizIds = GradableQuizzes(gradeScope).Select(q => q.Id);
        return Within(gradeScope).Where(a => quizIds.Contains(a.QuizId));
    }
}
