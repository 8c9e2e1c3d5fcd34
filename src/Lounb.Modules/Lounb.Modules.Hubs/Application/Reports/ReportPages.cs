using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.People;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>Builds report pages and rows with hub and people names, for the coordinator's and the mentor's services alike.</summary>
internal sealed class ReportPages(LounbDbContext db, IPeopleDirectory people, ReportAccess access)
{
    public async Task<ReportPage> PageAsync(ReportOfMonth report, bool asCoordinator, ReportForm? typed, CancellationToken ct)
    {
        var hubName = await db.Set<Hub>().Where(h => h.Id == report.HubId).Select(h => h.Name).FirstAsync(ct);
        var names = await NamesAsync(report.History.Select(h => h.PersonId).Append(report.CoordinatorId), ct);
        var working = report.Working;
        var editable = asCoordinator && working.Status is ReportStatus.Draft or ReportStatus.Returned;
        return new ReportPage(
            report.Id, hubName, names.GetValueOrDefault(report.CoordinatorId, ""), report.Period, working.Status, working.Number,
            editable,
            Reviewable: !asCoordinator && working.Status == ReportStatus.Submitted,
            CanCorrect: asCoordinator && working.Status == ReportStatus.Approved,
            typed ?? ReportForm.From(working.Figures),
            report.Approved is { } approved ? View(approved) : null,
            report.Revisions.OrderByDescending(r => r.Number).Select(View).ToList(),
            report.History.OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
                .Select(h => new HistoryLine(h.At, h.Revision, h.Action, names.GetValueOrDefault(h.PersonId, "—"), h.Comment)).ToList(),
            access.Today);
    }

    /// <summary>Report rows of <paramref name="reports"/>, newest month first.</summary>
    public async Task<List<ReportRow>> RowsAsync(IQueryable<ReportOfMonth> reports, CancellationToken ct)
    {
        var list = await reports.Include(r => r.Revisions).AsSplitQuery().ToListAsync(ct);
        var hubIds = list.Select(r => r.HubId).Distinct().ToList();
        var hubs = await db.Set<Hub>().Where(h => hubIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, h => h.Name, ct);
        var names = await NamesAsync(list.Select(r => r.CoordinatorId), ct);
        return list
            .Select(r => new ReportRow(r.Id, hubs.GetValueOrDefault(r.HubId, ""), names.GetValueOrDefault(r.CoordinatorId, ""), r.Period, r.Working.Status,
                r.Working.Number, r.Approved is not null, r.Working.SubmittedAt, r.Working.ReviewComment))
            .OrderByDescending(r => r.Month).ThenBy(r => r.HubName, StringComparer.Ordinal).ToList();
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await people.People.Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
    }

    private static RevisionView View(ReportRevision revision) =>
        new(revision.Number, revision.Status, revision.Figures, revision.Participants, revision.UpdatedAt, revision.ReviewComment);
}
