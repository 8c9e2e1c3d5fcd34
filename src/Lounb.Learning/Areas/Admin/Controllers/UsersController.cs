using Lounb.Learning.Areas.Admin.ViewModels;
using Lounb.Learning.People;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Areas.Admin.Controllers;

/// <summary>Staff find people within their oblast scope, grant and revoke roles with a scope, lock and unlock accounts.</summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.UsersView)]
[Route("admin/users")]
internal sealed class UsersController(UserAdminPages pages, StaffRoleService roles) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserSearchView search, [FromQuery] int page = 1, CancellationToken ct = default) =>
        View(await pages.SearchAsync(User, search, page, ct));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken ct) =>
        await pages.DetailsAsync(User, id, ct) is { } details ? View(details) : NotFound();

    [HttpPost("{id:guid}/roles")]
    [Authorize(Policy = PlatformPermissions.UsersManage)]
    public async Task<IActionResult> Grant(Guid id, string role, string? scope, CancellationToken ct) =>
        BackToPerson(id, await roles.GrantAsync(User, id, role ?? "", scope, ct), "Роль надано.");

    [HttpPost("{id:guid}/roles/{role}/revoke")]
    [Authorize(Policy = PlatformPermissions.UsersManage)]
    public async Task<IActionResult> Revoke(Guid id, string role, CancellationToken ct) =>
        BackToPerson(id, await roles.RevokeAsync(User, id, role, ct), "Роль знято.");

    [HttpPost("{id:guid}/lock")]
    [Authorize(Policy = PlatformPermissions.UsersManage)]
    public async Task<IActionResult> Lock(Guid id, string? reason, CancellationToken ct) =>
        BackToPerson(id, await roles.SetLockedAsync(User, id, true, reason, ct), "Обліковий запис заблоковано.");

    [HttpPost("{id:guid}/unlock")]
    [Authorize(Policy = PlatformPermissions.UsersManage)]
    public async Task<IActionResult> Unlock(Guid id, CancellationToken ct) =>
        BackToPerson(id, await roles.SetLockedAsync(User, id, false, null, ct), "Обліковий запис розблоковано.");

    private IActionResult BackToPerson(Guid id, Result result, string done) => this.BackTo($"/admin/users/{id}", result, done);
}
