using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Hubs.Application.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Modules.Hubs.Areas.Hubs.Controllers;

/// <summary>The mentor's review of their mentees' monthly reports.</summary>
[Area("Hubs")]
[Authorize(Policy = HubsPermissions.Mentor)]
internal sealed class ReportReviewController(ReportReviewService review) : Controller
{
    [HttpGet("/hubs/review")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await review.QueueAsync(User.UserId(), ct));

    [HttpGet("/hubs/review/{id:guid}")]
    public async Task<IActionResult> Report(Guid id, CancellationToken ct) =>
        (await review.PageAsync(User.UserId(), id, ct)).Succeeded(out var page, out var error)
            ? View("~/Areas/Hubs/Views/Reports/Report.cshtml", page)
            : this.Refuse(error);

    [HttpPost("/hubs/review/{id:guid}/approve")]
    public async Task<IActionResult> Approve(Guid id, CancellationToken ct) =>
        this.BackTo(ReviewUrl(id), await review.ApproveAsync(User.UserId(), id, ct), "Звіт затверджено.");

    [HttpPost("/hubs/review/{id:guid}/return")]
    public async Task<IActionResult> Return(Guid id, string? comment, CancellationToken ct) =>
        this.BackTo(ReviewUrl(id), await review.ReturnAsync(User.UserId(), id, comment, ct), "Звіт повернуто координаторові з вашим коментарем.");

    private static string ReviewUrl(Guid id) => $"/hubs/review/{id}";
}
