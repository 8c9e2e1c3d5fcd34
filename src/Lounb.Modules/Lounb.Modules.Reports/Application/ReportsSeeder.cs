using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Reports.Application;

/// <summary>
/// Demo data: the modules' demo year is written as history (no events), so on the first start, with an empty read
/// model, the figures are built from the modules' read contracts (the rebuild); later starts leave them to the events.
/// </summary>
internal sealed class ReportsSeeder(LounbDbContext db, SeedContext seed, ReadModelRebuilder rebuilder)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (seed.IncludeDemoData && !await db.Set<ReportFact>().AnyAsync(ct))
        {
            await rebuilder.RebuildAsync(ct);
        }
    }
}
