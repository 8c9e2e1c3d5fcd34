using System.Security.Claims;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// The quizzes a course author may put into a lesson of kind «Тест»: the quizzes of their own authoring scope (any status,
/// opened in the staff area) and the published national ones (opened on their public page). Archived quizzes are left out.
/// </summary>
internal sealed class QuizReferenceSource(LounbDbContext db, IPeopleDirectory people, LocalTime localTime) : ListedReferenceSource
{
    private const int Candidates = 500;

    public override string KindKey => QuizLessonKind.KindKey;

    public override string ItemNoun => "тест";

    protected override async Task<IReadOnlyList<ReferenceOption>> LinkableAsync(ClaimsPrincipal author, Guid? only, CancellationToken ct)
    {
        var scope = AccessScope.Of(author, AssessmentsPermissions.Author);
        var national = scope.IsNational;
        var codes = scope.OblastCodes.ToList();
        var query = db.Set<Quiz>().AsNoTracking().Where(q => q.Status != QuizStatus.Archived && !q.IsQuestionnaire
            && (national || (q.OwnerOblastCode != null && codes.Contains(q.OwnerOblastCode)) || (q.OwnerOblastCode == null && q.Status == QuizStatus.Published)));
        if (only is { } id)
        {
            query = query.Where(q => q.Id == id);
        }

        var quizzes = await query.OrderByDescending(q => q.CreatedAt).Take(Candidates)
            .Select(q => new { q.Id, q.Title, q.Status, q.OpensAt, q.CreatedAt, q.OwnerOblastCode, Oblast = people.Oblasts.Where(o => o.Code == q.OwnerOblastCode).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return quizzes.Select(q => new ReferenceOption(
                q.Id.ToString(), q.Title,
                string.Join(" · ", new[]
                {
                    q.OpensAt is { } opens ? $"відкривається {localTime.Format(opens)}" : $"створено {localTime.FormatDate(q.CreatedAt)}",
                    q.Oblast ?? "усі області",
                    q.Status == QuizStatus.Draft ? "чернетка" : null,
                }.OfType<string>()),
                scope.Allows(q.OwnerOblastCode) ? $"/admin/quizzes/{q.Id}" : $"/quizzes/{q.Id}"))
            .ToList();
    }
}
