using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Time;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application.Plan;

/// <summary>Demo: the library's 2023 plan (ЛОУНБ, Луганська область) entered as this year's targets, and a few monthly figures. Idempotent.</summary>
internal sealed class PlanSeeder(LounbDbContext db, TimeProvider time, LocalTime localTime)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var today = localTime.DateOf(time.GetUtcNow().UtcDateTime);
        if (await db.Set<PlanTarget>().AnyAsync(t => t.Year == today.Year && t.OblastCode == Oblasts.Luhansk, ct))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (indicator, target) in PlanIndicators.Library2023)
        {
            db.Add(new PlanTarget(today.Year, Oblasts.Luhansk, indicator, target, Guid.Empty, now));
        }

        // The months gone by: about a twelfth of each manual target, a little more in autumn (the library's busy season).
        for (var month = 1; month < today.Month; month++)
        {
            foreach (var info in PlanIndicators.All.Where(i => !i.IsMeasured))
            {
                var share = PlanIndicators.Library2023[info.Indicator] / 12;
                var value = share * (month is >= 9 and <= 11 ? 110 : 95) / 100;
                db.Add(new PlanMonthFigure(today.Year, month, Oblasts.Luhansk, info.Indicator, value, Guid.Empty, now));
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
