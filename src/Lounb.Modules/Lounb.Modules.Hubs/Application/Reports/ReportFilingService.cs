using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>The coordinator's side: open a month's report for their hub, save the draft (by hand or autosave), submit, correct after approval.</summary>
internal sealed class ReportFilingService(LounbDbContext db, ReportAccess access, ReportPages pages, DigestService digests)
{
    public async Task<MyReportsPage> ListAsync(Guid personId, CancellationToken ct)
    {
        var hubs = await access.CoordinatedHubs(personId).OrderBy(h => h.Name).Select(h => new { h.Id, h.Name }).ToListAsync(ct);
        var hubIds = hubs.Select(h => h.Id).ToList();
        var rows = await pages.RowsAsync(db.Set<ReportOfMonth>().Where(r => hubIds.Contains(r.HubId)), ct);
        var byHub = rows.ToLookup(r => r.HubName, StringComparer.Ordinal);
        var thisMonth = ReportMonth.Of(access.Today);
        return new MyReportsPage(
            hubs.Select(h => new HubReports(h.Id, h.Name, byHub[h.Name].ToList())).ToList(),
            thisMonth.Previous, thisMonth, await digests.UnreadCountAsync(personId, ct));
    }

    /// <summary>Opens an empty draft for <paramref name="month"/> ("2026-11"): the hub must be the person's, the month not a future one, and not reported yet.</summary>
    public async Task<Result<Guid>> CreateAsync(Guid personId, Guid hubId, string? month, CancellationToken ct)
    {
        var hub = await access.CoordinatedHubs(personId).FirstOrDefaultAsync(h => h.Id == hubId, ct);
        if (hub is null)
        {
            return HubsErrors.NotYourHub;
        }

        if (!ReportMonth.Parse(month).Succeeded(out var period, out var invalid))
        {
            return invalid;
        }

        if (period.CheckNotFuture(access.Today).Failed(out var future))
        {
            return future;
        }

        if (await db.Set<ReportOfMonth>().AnyAsync(r => r.HubId == hubId && r.Year == period.Year && r.Month == period.Month, ct))
        {
            return HubsErrors.ReportExists;
        }

        var report = new ReportOfMonth(hub, personId, period, access.Now);
        db.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A second click raced this one past the check: the unique index kept one report.
            return HubsErrors.ReportExists;
        }

        return report.Id;
    }

    public async Task<Result<ReportPage>> PageAsync(Guid personId, Guid reportId, CancellationToken ct) =>
        (await access.ForCoordinatorAsync(personId, reportId, ct)).Succeeded(out var report, out var error)
            ? await pages.PageAsync(report, asCoordinator: true, typed: null, ct)
            : error;

    /// <summary>The page again with what was typed (after a refused save).</summary>
    public async Task<Result<ReportPage>> PageAsync(Guid personId, Guid reportId, ReportForm typed, CancellationToken ct) =>
        (await access.ForCoordinatorAsync(personId, reportId, ct)).Succeeded(out var report, out var error)
            ? await pages.PageAsync(report, asCoordinator: true, typed, ct)
            : error;

    /// <summary>Saves the figures (all checked, or nothing saved) and, when <paramref name="submit"/>, sends the report to the mentor.</summary>
    public async Task<Result<ReportStatus>> SaveAsync(Guid personId, Guid reportId, ReportForm form, bool submit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!(await access.ForCoordinatorAsync(personId, reportId, ct)).Succeeded(out var report, out var error))
        {
            return error;
        }

        if (!form.ToFigures().Succeeded(out var figures, out var typo))
        {
            return typo;
        }

        if (report.Save(figures, access.Today, access.Now).Failed(out var refused)
            || (submit && report.Submit(personId, access.Now).Failed(out refused)))
        {
            return refused;
        }

        return (await access.SaveAsync(ct)).Failed(out var changed) ? changed : report.Working.Status;
    }

    /// <summary>Opens a correction of an approved report: a new draft revision; the approved figures keep counting meanwhile.</summary>
    public async Task<Result> CorrectAsync(Guid personId, Guid reportId, CancellationToken ct)
    {
        if (!(await access.ForCoordinatorAsync(personId, reportId, ct)).Succeeded(out var report, out var error))
        {
            return error;
        }

        if (report.StartCorrection(personId, access.Now).Failed(out var refused))
        {
            return refused;
        }

        return await access.SaveAsync(ct);
    }
}
