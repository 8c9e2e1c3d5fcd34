using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>
/// The one place that decides who reaches a monthly report: the hub's current coordinator (to write it) and the current
/// mentor of the coordinator who opened it (to review it). Anyone else is told it does not exist.
/// </summary>
internal sealed class ReportAccess(LounbDbContext db, TimeProvider time, LocalTime localTime)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Today in the platform's zone (Kyiv): months and event dates are Kyiv's.</summary>
    public DateOnly Today => localTime.DateOf(Now);

    /// <summary>The hubs <paramref name="personId"/> coordinates today.</summary>
    public IQueryable<Hub> CoordinatedHubs(Guid personId)
    {
        var today = Today;
        return db.Set<Hub>().Where(h => db.Set<HubCoordinator>()
            .Any(c => c.HubId == h.Id && c.PersonId == personId && c.Since <= today && (c.Until == null || c.Until >= today)));
    }

    /// <summary>The coordinators <paramref name="mentorId"/> mentors today.</summary>
    public IQueryable<Guid> Mentees(Guid mentorId)
    {
        var today = Today;
        return db.Set<MentorAssignment>()
            .Where(a => a.MentorId == mentorId && a.Since <= today && (a.Until == null || a.Until >= today))
            .Select(a => a.CoordinatorId);
    }

    /// <summary>The reports <paramref name="mentorId"/> reviews: those opened by their current mentees.</summary>
    public IQueryable<ReportOfMonth> Reviewed(Guid mentorId)
    {
        var mentees = Mentees(mentorId);
        return db.Set<ReportOfMonth>().Where(r => mentees.Contains(r.CoordinatorId));
    }

    public async Task<Result<ReportOfMonth>> ForCoordinatorAsync(Guid personId, Guid reportId, CancellationToken ct)
    {
        var hubs = CoordinatedHubs(personId).Select(h => h.Id);
        return await Whole(db.Set<ReportOfMonth>()).FirstOrDefaultAsync(r => r.Id == reportId && hubs.Contains(r.HubId), ct) is { } report
            ? report
            : HubsErrors.ReportNotFound;
    }

    public async Task<Result<ReportOfMonth>> ForMentorAsync(Guid mentorId, Guid reportId, CancellationToken ct) =>
        await Whole(Reviewed(mentorId)).FirstOrDefaultAsync(r => r.Id == reportId, ct) is { } report ? report : HubsErrors.ReportNotFound;

    /// <summary>Saves a report's change; a concurrent change of the same revision refuses this one (nothing saved).</summary>
    public async Task<Result> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return HubsErrors.ReportChanged;
        }
    }

    /// <summary>A report with its revisions (and their events) and its history.</summary>
    public static IQueryable<ReportOfMonth> Whole(IQueryable<ReportOfMonth> reports) =>
        reports.Include(r => r.Revisions).ThenInclude(v => v.Events).Include(r => r.History).AsSplitQuery();
}
