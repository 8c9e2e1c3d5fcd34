using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Hubs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Hubs.Application.Reports;

/// <summary>
/// The methodologists' views of hub activity: one oblast hub by hub, and the national table of the participating oblasts
/// (with its Excel export). Only oblasts in the viewer's scope; only approved figures count.
/// </summary>
internal sealed class HubActivityDashboard(LounbDbContext db, IPeopleDirectory people, ReportAccess access, IOptions<HubsOptions> options)
{
    public async Task<Result<OblastDashboardPage>> OblastAsync(AccessScope scope, string? oblastCode, string? from, string? to, CancellationToken ct)
    {
        if (!Period(from, to).Succeeded(out var period, out var invalid))
        {
            return invalid;
        }

        var oblasts = await OblastsAsync(scope, ct);
        var code = string.IsNullOrWhiteSpace(oblastCode) ? oblasts.FirstOrDefault().Code : oblastCode.Trim();
        if (code is null || !scope.Allows(code))
        {
            return HubsErrors.OblastOutOfScope;
        }

        var hubs = (await HubsAsync([code], period, ct)).Select(h => h.Row).ToList();
        var names = await people.Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        return new OblastDashboardPage(
            code, names.GetValueOrDefault(code, code), oblasts, period,
            hubs.OrderBy(h => h.Name, StringComparer.Ordinal).ToList(),
            hubs.Aggregate(ActivityTotals.None, (sum, h) => sum.Plus(h.Totals)));
    }

    public async Task<Result<NationalTablePage>> NationalAsync(AccessScope scope, string? from, string? to, CancellationToken ct)
    {
        if (!Period(from, to).Succeeded(out var period, out var invalid))
        {
            return invalid;
        }

        var oblasts = await OblastsAsync(scope, ct);
        var hubs = await HubsAsync(oblasts.Select(o => o.Code).ToList(), period, ct);
        var rows = oblasts
            .Select(o => new OblastActivityRow(o.Code, o.Name, hubs.Where(h => h.OblastCode == o.Code).Aggregate(ActivityTotals.None, (sum, h) => sum.Plus(h.Row.Totals))))
            .ToList();
        return new NationalTablePage(period, rows, rows.Aggregate(ActivityTotals.None, (sum, r) => sum.Plus(r.Totals)));
    }

    public async Task<Result<byte[]>> ExportAsync(AccessScope scope, string? from, string? to, CancellationToken ct) =>
        (await NationalAsync(scope, from, to, ct)).Succeeded(out var table, out var error) ? HubActivityWorkbook.Build(table) : error;

    /// <summary>"2026-09".."2026-11"; both default to the last month; from ≤ to and no longer than the limit.</summary>
    private Result<ReportPeriod> Period(string? from, string? to)
    {
        var last = ReportMonth.Of(access.Today).Previous;
        var start = string.IsNullOrWhiteSpace(from) ? last : ReportMonth.Parse(from) is { IsSuccess: true } f ? f.Value : default(ReportMonth?);
        var end = string.IsNullOrWhiteSpace(to) ? start ?? last : ReportMonth.Parse(to) is { IsSuccess: true } t ? t.Value : default(ReportMonth?);
        if (start is not { } s || end is not { } e)
        {
            return HubsErrors.MonthInvalid;
        }

        return s.Index > e.Index || e.Index - s.Index >= ReportLimits.MaxDashboardMonths ? HubsErrors.PeriodInvalid : new ReportPeriod(s, e);
    }

    /// <summary>The participating oblasts (all oblasts with hubs when none are configured) within the scope, in display order.</summary>
    private async Task<List<(string Code, string Name)>> OblastsAsync(AccessScope scope, CancellationToken ct)
    {
        var configured = options.Value.ParticipatingOblasts;
        var codes = configured.Count > 0 ? configured.ToList() : await db.Set<Hub>().Select(h => h.OblastCode).Distinct().ToListAsync(ct);
        var names = await people.Oblasts.ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        return codes.Where(c => scope.Allows(c) && names.ContainsKey(c)).Distinct().InDisplayOrder(c => c).Select(c => (c, names[c])).ToList();
    }

    private async Task<List<(string OblastCode, HubActivityRow Row)>> HubsAsync(IReadOnlyList<string> oblastCodes, ReportPeriod period, CancellationToken ct)
    {
        var codes = oblastCodes.ToList();
        var hubs = await db.Set<Hub>().AsNoTracking().Where(h => codes.Contains(h.OblastCode)).ToListAsync(ct);
        var (fromIndex, toIndex) = (period.From.Index, period.To.Index);
        var reports = await db.Set<ReportOfMonth>().AsNoTracking()
            .Where(r => codes.Contains(r.OblastCode) && (r.Year * 12) + r.Month - 1 >= fromIndex && (r.Year * 12) + r.Month - 1 <= toIndex)
            .Include(r => r.Revisions).ThenInclude(v => v.Events).Include(r => r.History).AsSplitQuery()
            .ToListAsync(ct);
        var byHub = reports.ToLookup(r => r.HubId);
        return hubs.Select(h => (h.OblastCode, new HubActivityRow(h.Id, h.Name, h.Status, ActivityTotals.Of(h, byHub[h.Id])))).ToList();
    }
}
