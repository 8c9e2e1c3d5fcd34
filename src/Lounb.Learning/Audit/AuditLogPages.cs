using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Audit;

/// <summary>One page of the audit log, newest first, optionally of one kind of action.</summary>
internal sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, string? EventType, int Page, bool HasNext);

/// <summary>Reads the audit log for administrators, a page at a time.</summary>
internal sealed class AuditLogPages(LounbDbContext db)
{
    public const int PageSize = 50;

    /// <param name="type">An audit action to show alone (<see cref="AuditActions"/>); empty: every action.</param>
    /// <param name="page">From 1; anything smaller is the first page.</param>
    public async Task<AuditPage> PageAsync(string? type, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => type == null || type == "" || e.Action == type)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(ct);
        return new AuditPage(entries.Take(PageSize).ToList(), type, page, entries.Count > PageSize);
    }
}
