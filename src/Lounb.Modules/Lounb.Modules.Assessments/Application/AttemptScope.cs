using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// Which attempts a staff member may see: a national grant sees all; a regional one sees the attempts of people of
/// its oblasts (also on national quizzes, which their learners take too).
/// </summary>
internal static class AttemptScope
{
    public static IQueryable<Attempt> Within(LounbDbContext db, AccessScope scope)
    {
        if (scope.IsNational)
        {
            return db.Set<Attempt>();
        }

        var oblasts = scope.OblastCodes.ToList();
        return db.Set<Attempt>().Where(a => db.Users.Any(u => u.Id == a.UserId && u.OblastCode != null && oblasts.Contains(u.OblastCode)));
    }
}
