using System.Security.Claims;
using Lounb.Modules.Assessments.Application;
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

    /// <summary>Categories indented by depth for a select ("— — Законодавство").</summary>
    public static string Indented(CategoryNode category) => string.Concat(Enumerable.Repeat("— ", category.Depth)) + category.Name;
}
