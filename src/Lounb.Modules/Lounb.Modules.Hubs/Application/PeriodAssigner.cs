using System.Linq.Expressions;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application;

/// <summary>Assigns a person for a period (a hub's coordinator, a coordinator's mentor): they must hold the role, and the previous period of the same chain ends the day before.</summary>
internal sealed class PeriodAssigner(LounbDbContext db, IPeopleDirectory directory, IAuditLog audit)
{
    public async Task<Result> AssignAsync<T>(
        string role, Error notInRole, Guid personId, DateOnly? since, Expression<Func<T, bool>> sameChain, Func<DateOnly, T> create, string auditAction, string target, CancellationToken ct)
        where T : class, IAssignmentPeriod
    {
        if (since is not { } day)
        {
            return HubsErrors.DateRequired;
        }

        if (!await directory.InRole(role).AnyAsync(r => r.PersonId == personId, ct))
        {
            return notInRole;
        }

        var rows = await db.Set<T>().Where(sameChain).ToListAsync(ct);
        if (AssignmentPeriods.HandOver(rows, day).Failed(out var error))
        {
            return error;
        }

        db.Add(create(day));
        audit.Record(auditAction, target, personId.ToString());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
