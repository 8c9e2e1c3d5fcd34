using Lounb.Learning.Backups;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Areas.Admin.Controllers;

/// <summary>«Резервні копії» for administrators: the daily backup's settings, last result and recent runs, and «Створити копію зараз».</summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.BackupsManage)]
[Route("admin/backups")]
internal sealed class BackupsController(BackupAdministration backups, BackupJob job) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await backups.PageAsync(ct));

    [HttpPost("run")]
    public async Task<IActionResult> RunNow(CancellationToken ct) =>
        this.BackTo("/admin/backups", await job.RequestNowAsync(ct), "Копію поставлено в чергу: один із вузлів почне її за хвилину. Оновіть сторінку, щоб побачити результат.");
}
