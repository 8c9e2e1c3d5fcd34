using Lounb.Learning.Platform;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Areas.Admin.Controllers;

internal sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, string? EventType, int Page, bool HasNext);

/// <summary>The audit log for administrators: role and scope changes, locks, failed and locked-out sign-ins.</summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.AuditView)]
[Route("admin/audit")]
internal sealed class AuditController(LounbDbContext db) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, int page = 1, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => type == null || type == "" || e.Action == type)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(ct);
        return View(new AuditPage(entries.Take(PageSize).ToList(), type, page, entries.Count > PageSize));
    }
}
