using System.Security.Claims;
using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Security;

namespace Lounb.Learning.Audit;

/// <summary>Records who did what, to whom, when and from which address; the actor comes from the current request.</summary>
internal sealed class AuditLog(LounbDbContext db, IHttpContextAccessor http, TimeProvider time) : IAuditLog
{
    public void Record(string action, string? target, string? details)
    {
        var context = http.HttpContext;
        var user = context?.User;
        Guid? actorId = Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        var actorName = user?.FindFirstValue(LounbClaimTypes.FullName) ?? user?.Identity?.Name;
        db.AuditEntries.Add(new AuditEntry(
            time.GetUtcNow().UtcDateTime,
            action,
            actorId,
            Truncate(actorName, 256),
            Truncate(target, 256),
            Truncate(details, 2000),
            context?.Connection.RemoteIpAddress?.ToString()));
    }

    public async Task RecordNowAsync(string action, string? target, string? details, CancellationToken ct)
    {
        Record(action, target, details);
        await db.SaveChangesAsync(ct);
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
