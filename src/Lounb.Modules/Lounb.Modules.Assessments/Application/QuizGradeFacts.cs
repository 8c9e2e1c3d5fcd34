using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

internal sealed class QuizGradeFacts(LounbDbContext db) : IQuizGradeFacts
{
    public IQueryable<QuizGradeFact> Grades =>
        db.Set<QuizGrade>().AsNoTracking().Select(g => new QuizGradeFact { QuizId = g.QuizId, UserId = g.UserId, Percent = g.Percent, Passed = g.Passed });
}
