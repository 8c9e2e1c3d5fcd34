using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Reports.Application.Exports;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application.Plan;

/// <summary>The plan page: one oblast's year, its targets and monthly figures against what was measured.</summary>
internal sealed record PlanPage(int Year, string OblastCode, string OblastName, IReadOnlyList<OblastCard> Oblasts, PlanReport Report,
    bool CanManage, int CurrentYear, int LastOpenMonth);

/// <summary>The annual plan: targets and monthly figures entered by methodologists, actuals measured, the report.</summary>
internal sealed class PlanService(LounbDbContext db, IPeopleDirectory people, PlanMeasurements measurements, TimeProvider time, LocalTime localTime)
{
    private DateOnly Today => localTime.DateOf(time.GetUtcNow().UtcDateTime);

    public async Task<Result<PlanPage>> PageAsync(AccessScope viewScope, AccessScope manageScope, int? year, string? oblastCode, CancellationToken ct)
    {
        var today = Today;
        var chosenYear = year ?? today.Year;
        if (PlanRules.CheckYear(chosenYear, today).Failed(out var yearError))
        {
            return yearError;
        }

        var oblasts = (await people.Oblasts.ToListAsync(ct)).Where(o => viewScope.Allows(o.Code)).InDisplayOrder(o => o.Code).ToList();
        var oblast = oblastCode ?? DefaultOblast(viewScope, oblasts);
        if (oblast is null || !viewScope.Allows(oblast) || oblasts.All(o => o.Code != oblast))
        {
            return ReportsErrors.OblastOutOfScope;
        }

        var report = await ReportAsync(chosenYear, oblast, ct);
        var lastOpenMonth = chosenYear < today.Year ? 12 : chosenYear == today.Year ? today.Month : 0;
        return new PlanPage(chosenYear, oblast, oblasts.First(o => o.Code == oblast).Name, oblasts, report, manageScope.Allows(oblast), today.Year, lastOpenMonth);
    }

    public async Task<PlanReport> ReportAsync(int year, string oblastCode, CancellationToken ct, MeasuredYear? measured = null)
    {
        var targets = await db.Set<PlanTarget>().AsNoTracking().Where(t => t.Year == year && t.OblastCode == oblastCode)
            .ToDictionaryAsync(t => t.Indicator, t => t.Target, ct);
        var figures = await db.Set<PlanMonthFigure>().AsNoTracking().Where(f => f.Year == year && f.OblastCode == oblastCode).ToListAsync(ct);
        return PlanReport.Build(year, oblastCode, targets, figures, measured ?? await measurements.MeasureAsync(year, oblastCode, ct));
    }

    /// <summary>Sets the year's targets given (an empty field leaves its target as it is); one bad figure and nothing is saved.</summary>
    public async Task<Result> SaveTargetsAsync(AccessScope manageScope, Guid userId, int year, string? oblastCode, IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        if (Check(manageScope, oblastCode).Failed(out var error) || PlanRules.CheckYear(year, Today).Failed(out error)
            || !Parse(values).Succeeded(out var parsed, out error))
        {
            return error;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.Set<PlanTarget>().Where(t => t.Year == year && t.OblastCode == oblastCode).ToListAsync(ct);
        foreach (var (indicator, value) in parsed)
        {
            if (existing.FirstOrDefault(t => t.Indicator == indicator) is { } target)
            {
                target.Set(value, userId, now);
            }
            else
            {
                db.Add(new PlanTarget(year, oblastCode!, indicator, value, userId, now));
            }
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Sets a month's figures given (an empty field leaves it as it is); a future month, or one bad figure, and nothing is saved.</summary>
    public async Task<Result> SaveFiguresAsync(AccessScope manageScope, Guid userId, int year, int month, string? oblastCode, IReadOnlyDictionary<string, string?> values,
        CancellationToken ct)
    {
        if (Check(manageScope, oblastCode).Failed(out var error) || PlanRules.CheckMonth(year, month, Today).Failed(out error)
            || !Parse(values).Succeeded(out var parsed, out error))
        {
            return error;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.Set<PlanMonthFigure>().Where(f => f.Year == year && f.Month == month && f.OblastCode == oblastCode).ToListAsync(ct);
        foreach (var (indicator, value) in parsed)
        {
            if (existing.FirstOrDefault(f => f.Indicator == indicator) is { } figure)
            {
                figure.Set(value, userId, now);
            }
            else
            {
                db.Add(new PlanMonthFigure(year, month, oblastCode!, indicator, value, userId, now));
            }
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>The plan-execution report as a formatted workbook.</summary>
    public async Task<Result<ExportFile>> WorkbookAsync(AccessScope viewScope, int year, string? oblastCode, CancellationToken ct)
    {
        if (!(await PageAsync(viewScope, AccessScope.None, year, oblastCode, ct)).Succeeded(out var page, out var error))
        {
            return error;
        }

        var content = PlanWorkbook.Build(page.Report, page.OblastName, localTime.Format(time.GetUtcNow().UtcDateTime));
        return new ExportFile(content, ExportFile.XlsxContentType, $"plan-{page.Year}-{page.OblastCode}.xlsx");
    }

    private static string? DefaultOblast(AccessScope scope, List<OblastCard> reachable) =>
        scope.Allows(Oblasts.Luhansk) ? Oblasts.Luhansk : reachable.Count > 0 ? reachable[0].Code : null;

    private static Result Check(AccessScope manageScope, string? oblastCode) =>
        string.IsNullOrWhiteSpace(oblastCode) ? ReportsErrors.OblastRequired
        : !manageScope.Allows(oblastCode) ? ReportsErrors.OblastOutOfScope
        : Result.Success();

    /// <summary>The figures typed, by indicator; empty ones left out; the first bad one refuses them all, naming its indicator.</summary>
    private static Result<IReadOnlyList<(PlanIndicator Indicator, long Value)>> Parse(IReadOnlyDictionary<string, string?> values)
    {
        var parsed = new List<(PlanIndicator, long)>();
        foreach (var (key, text) in values)
        {
            if (!Enum.TryParse<PlanIndicator>(key, ignoreCase: false, out var indicator) || !Enum.IsDefined(indicator))
            {
                return ReportsErrors.IndicatorUnknown;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!PlanRules.ParseFigure(text).Succeeded(out var value, out var error))
            {
                return ReportsErrors.FigureRefused(PlanIndicators.Of(indicator).Name, error);
            }

            parsed.Add((indicator, value));
        }

        return parsed;
    }
}
