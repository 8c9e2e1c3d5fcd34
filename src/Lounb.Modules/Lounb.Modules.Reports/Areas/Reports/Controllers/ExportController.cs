using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Reports.Application.Exports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Reports.Areas.Reports.Controllers;

/// <summary>Export jobs: start one, watch its progress (a page that refreshes itself, or the JSON its script polls), download the file.</summary>
[Area("Reports")]
[Authorize(Policy = ReportsPermissions.View)]
internal sealed class ExportController(ExportService exports) : Controller
{
    public const string PageUrl = "/admin/reports/exports";

    [HttpGet(PageUrl)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await exports.PageAsync(User.UserId(), ct));

    [HttpPost(PageUrl)]
    public async Task<IActionResult> Start(string? source, string? parameter, string? format, CancellationToken ct)
    {
        if (!(await exports.StartAsync(AccessScope.Of(User, ReportsPermissions.View), User.UserId(), source, parameter, format, ct)).Succeeded(out var id, out var error))
        {
            return this.BackTo(PageUrl, error, "");
        }

        return Redirect($"{PageUrl}/{id}");
    }

    [HttpGet(PageUrl + "/{id:guid}")]
    public async Task<IActionResult> Job(Guid id, CancellationToken ct) =>
        (await exports.StatusAsync(User.UserId(), id, ct)).Succeeded(out var job, out var error) ? View(job) : this.Refuse(error);

    [HttpGet(PageUrl + "/{id:guid}/status")]
    public async Task<IActionResult> Status(Guid id, CancellationToken ct) =>
        (await exports.StatusAsync(User.UserId(), id, ct)).Succeeded(out var job, out var error)
            ? Json(new { status = job.Status.ToString(), statusText = job.StatusText, percent = job.PercentDone, rowsDone = job.RowsDone, rowsTotal = job.RowsTotal })
            : this.Refuse(error);

    [HttpGet(PageUrl + "/{id:guid}/file")]
    public async Task<IActionResult> Download(Guid id, CancellationToken ct)
    {
        if (!(await exports.DownloadAsync(User.UserId(), id, ct)).Succeeded(out var file, out var error))
        {
            return this.BackTo($"{PageUrl}/{id}", error, "");
        }

        return File(file.Content, file.ContentType, file.FileName);
    }
}
