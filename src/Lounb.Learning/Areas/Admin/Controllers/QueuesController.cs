using Lounb.Learning.Platform;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Areas.Admin.Controllers;

/// <summary>
/// The mail queue and the integration-event outbox for administrators: what waits, what failed and why, and «Повторити
/// зараз» for a letter or an event (its attempts start over; subscribers that already succeeded are not run again).
/// </summary>
[Area("Admin")]
[Authorize(Policy = PlatformPermissions.QueuesManage)]
[Route("admin/queues")]
internal sealed class QueuesController(QueueAdministration queues) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queues.PageAsync(ct));

    [HttpPost("mail/{id:guid}/retry")]
    public async Task<IActionResult> RetryLetter(Guid id, CancellationToken ct)
    {
        TempData[ErrorResponses.StatusKey] = await queues.RetryLetterAsync(id, ct)
            ? "Лист знову в черзі: його буде надіслано зараз."
            : "Цей лист уже надіслано або його немає.";
        return Redirect("/admin/queues");
    }

    [HttpPost("events/{id:guid}/retry")]
    public async Task<IActionResult> RetryEvent(Guid id, CancellationToken ct)
    {
        TempData[ErrorResponses.StatusKey] = await queues.RetryEventAsync(id, ct)
            ? "Подію буде доставлено ще раз тим отримувачам, які її ще не обробили."
            : "Цю подію вже доставлено або її немає.";
        return Redirect("/admin/queues");
    }
}
