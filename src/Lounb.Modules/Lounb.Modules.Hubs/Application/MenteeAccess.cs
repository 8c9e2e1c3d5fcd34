using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application;

internal enum MenteeViewer
{
    /// <summary>The coordinator themself.</summary>
    Self,

    /// <summary>A mentor who accompanies (or accompanied) the coordinator.</summary>
    Mentor,

    /// <summary>A methodologist whose scope covers the coordinator's oblast.</summary>
    Methodologist,
}

/// <summary>A coordinator as one viewer reaches them; only a current mentor writes plans and sessions.</summary>
internal sealed record MenteeReach(PersonCard Coordinator, string? OblastCode, MenteeViewer Viewer, bool Writes)
{
    public bool MarksActions => Writes || Viewer == MenteeViewer.Self;
}

/// <summary>
/// The one place that decides who reaches a coordinator's mentoring records: the coordinator, their current mentor
/// (writes) or past mentor (reads), a methodologist of their oblast or a national one. Anyone else is told the mentee
/// does not exist.
/// </summary>
internal sealed class MenteeAccess(LounbDbContext db, IPeopleDirectory directory, KyivToday today)
{
    public async Task<Result<MenteeReach>> AsMentorAsync(Guid mentorId, Guid coordinatorId, CancellationToken ct)
    {
        var rows = await db.Set<MentorAssignment>().AsNoTracking().Where(a => a.MentorId == mentorId && a.CoordinatorId == coordinatorId).ToListAsync(ct);
        var person = rows.Count == 0 ? null : await directory.FindAsync(coordinatorId, ct);
        return person is null
            ? HubsErrors.MenteeNotFound
            : new MenteeReach(person, await OblastOfAsync(coordinatorId, ct), MenteeViewer.Mentor, rows.Any(r => r.IsCurrentOn(today.Date)));
    }

    public async Task<Result<MenteeReach>> AsMethodologistAsync(AccessScope scope, Guid coordinatorId, CancellationToken ct)
    {
        var isCoordinator = await directory.InRole(Roles.HubCoordinator).AnyAsync(r => r.PersonId == coordinatorId, ct);
        var oblast = isCoordinator ? await OblastOfAsync(coordinatorId, ct) : null;
        var person = isCoordinator && scope.Allows(oblast) ? await directory.FindAsync(coordinatorId, ct) : null;
        return person is null ? HubsErrors.MenteeNotFound : new MenteeReach(person, oblast, MenteeViewer.Methodologist, Writes: false);
    }

    public async Task<Result<MenteeReach>> AsSelfAsync(Guid userId, CancellationToken ct) =>
        await directory.FindAsync(userId, ct) is { } person
            ? new MenteeReach(person, await OblastOfAsync(userId, ct), MenteeViewer.Self, Writes: false)
            : HubsErrors.MenteeNotFound;

    /// <summary>The coordinator's oblast: that of the hub they run now (or ran last), else that of their role, else where they live.</summary>
    public async Task<string?> OblastOfAsync(Guid coordinatorId, CancellationToken ct)
    {
        var hubOblast = await db.Set<HubCoordinator>().AsNoTracking().Where(c => c.PersonId == coordinatorId).OrderByDescending(c => c.Since)
            .Join(db.Set<Hub>(), c => c.HubId, h => h.Id, (c, h) => h.OblastCode).FirstOrDefaultAsync(ct);
        if (hubOblast is not null)
        {
            return hubOblast;
        }

        var roleOblast = await directory.InRole(Roles.HubCoordinator).Where(r => r.PersonId == coordinatorId).Select(r => r.ScopeOblastCode).FirstOrDefaultAsync(ct);
        return roleOblast ?? (await directory.FindAsync(coordinatorId, ct))?.OblastCode;
    }
}
