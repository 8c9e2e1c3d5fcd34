using Lounb.Learning.Audit;
using Lounb.Learning.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Areas.Admin.Controllers;

/// <summary>The audit log for administrators: role and scope changes, locks, failed and locked-out sign-ins.</summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.AuditView)]
[Route("admin/audit")]
internal sealed class AuditController(AuditLogPages audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, int page = 1, CancellationToken ct = default) =>
        View(await audit.PageAsync(type, page, ct));
}
