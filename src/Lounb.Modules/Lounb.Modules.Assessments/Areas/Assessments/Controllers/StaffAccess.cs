using System.Security.Claims;
using Lounb.Modules.Assessments.Application;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Assessments.Areas.Assessments.Controllers;

/// <summary>Who the staff member is for the module's services: their id, bank rights, and the quizzes they may grade.</summary>
internal static class StaffAccess
{
    public static Guid UserId(ClaimsPrincipal user) => user.UserId();

    public static AccessScope AuthorScope(ClaimsPrincipal user) => AccessScope.Of(user, AssessmentsPermissions.Author);

    public static AccessScope GradeScope(ClaimsPrincipal user) => AccessScope.Of(user, AssessmentsPermissions.Grade);

    public static BankActor Actor(ClaimsPrincipal user) => new(UserId(user), AuthorScope(user).IsNational);

    /// <summary>The oblast a new quiz belongs to: none (national) for a national author, else the author's first oblast.</summary>
    public static string? OwnerOblast(AccessScope scope) => scope.IsNational ? null : scope.OblastCodes.Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Quizzes a grader may see: those of their oblasts and every national quiz (their learners take those too).</summary>
    public static IQueryable<Quiz> GradableQuizzes(LounbDbContext db, AccessScope gradeScope)
    {
        if (gradeScope.IsNational)
        {
            return db.Set<Quiz>();
        }

        var oblasts = gradeScope.OblastCodes.ToList();
        return db.Set<Quiz>().Where(q => q.OwnerOblastCode == null || oblasts.Contains(q.OwnerOblastCode));
    }

    public static IQueryable<Guid> GradableQuizIds(LounbDbContext db, AccessScope gradeScope) => GradableQuizzes(db, gradeScope).Select(q => q.Id);

    /// <summary>Attempts a grader may grade: on quizzes they may see, by learners of their oblasts.</summary>
    public static IQueryable<Attempt> GradableAttempts(LounbDbContext db, AccessScope gradeScope)
    {
        var quizIds = GradableQuizIds(db, gradeScope);
        return AttemptScope.Within(db, gradeScope).Where(a => quizIds.Contains(a.QuizId));
    }

    /// <summary>Categories indented by depth for a select ("— — Законодавство").</summary>
    public static string Indented(CategoryNode category) => string.Concat(Enumerable.Repeat("— ", category.Depth)) + category.Name;
}
