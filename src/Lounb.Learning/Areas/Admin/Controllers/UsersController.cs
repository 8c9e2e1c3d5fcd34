using Lounb.Learning.Areas.Admin.ViewModels;
using Lounb.Learning.Organisation;
using Lounb.Learning.People;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Areas.Admin.Controllers;

/// <summary>Staff find people within their oblast scope, grant and revoke roles with a scope, lock and unlock accounts.</summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.UsersView)]
[Route("admin/users")]
internal sealed class UsersController(UserDirectory directory, StaffRoleService roles, OrganisationService organisation, LounbDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserSearchView search, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var scope = AccessScope.Of(User, PlatformPermissions.UsersView);
        search.Results = await directory.SearchAsync(User, new UserFilter(search.Q, search.Oblast, search.Library, search.Role, page), ct);
        search.Oblasts = (await organisation.OblastOptionsAsync(ct)).Where(o => scope.Allows(o.Value)).ToList();
        search.Libraries = await scope.Filter(db.Libraries.AsNoTracking(), l => l.OblastCode)
            .Where(l => search.Oblast == null || l.OblastCode == search.Oblast)
            .OrderBy(l => l.Name)
            .Select(l => new Option(l.Id.ToString(), l.Name))
            .ToListAsync(ct);
        return View(search);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct)
    {
        var details = await directory.FindAsync(User, id, ct);
        if (details is null)
        {
            return NotFound();
        }

        var actor = StaffRoleService.ActorOf(User);
        var manageScope = actor.ManageScope;
        return View(new UserDetailsView
        {
            Details = details,
            CanManage = !manageScope.IsNone && RoleAssignmentRules.CanManage(actor, details.Row.OblastCode, details.Row.Roles).IsSuccess,
            CanGrantNational = manageScope.IsNational,
            Oblasts = (await organisation.OblastOptionsAsync(ct)).Where(o => manageScope.Allows(o.Value)).ToList(),
        });
    }

    [HttpPost("{id:guid}/roles")]
    [Authorize(Policy = PlatformPermissions.UsersManage)]
    public async Task<IActionResult> Grant(Guid id, string role, string? scope, CancellationToken ct) =>
        Outcome(id, await roles.GrantAsync(User, id, role ?? "", scope, ct), "Роль надано.");

    [HttpPost("{id:guid}/roles/{role}/revoke")]
    [Authorize(Policy = PlatformPermissions.UsersManage)]
    public async Task<IActionResult> Revoke(Guid id, string role, CancellationToken ct) =>
        Outcome(id, await roles.RevokeAsync(User, id, role, ct), "Роль знято.");

    [HttpPost("{id:guid}/lock")]
    [Authorize(Policy = PlatformPermissions.UsersManage)]
    public async Task<IActionResult> Lock(Guid id, string? reason, CancellationToken ct) =>
        Outcome(id, await roles.SetLockedAsync(User, id, true, reason, ct), "Обліковий запис заблоковано.");

    [HttpPost("{id:guid}/unlock")]
    [Authorize(Policy = PlatformPermissions.UsersManage)]
    public async Task<IActionResult> Unlock(Guid id, CancellationToken ct) =>
        Outcome(id, await roles.SetLockedAsync(User, id, false, null, ct), "Обліковий запис розблоковано.");

    private IActionResult Outcome(Guid id, Result result, string success)
    {
        switch (result.Error?.Code)
        {
            case null:
                TempData["Status"] = success;
                break;
            case "not_found" when result.Error.Message == "Людину не знайдено.":
                return NotFound();
            case "forbidden":
                return Forbid();
            default:
                TempData["Error"] = result.Error.Message;
                break;
        }

        return RedirectToAction(nameof(Details), new { id });
    }
}
