using Lounb.Learning.Hosting;
using Lounb.Modules.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Controllers;

/// <summary>Ukrainian pages for 400, 403, 404, 429 and 500.</summary>
[AllowAnonymous]
// Re-executed for POSTs too (a hub's negotiate, an API call) whose 401/403 has no body: an error page changes nothing, so no antiforgery check (it turned them into 400).
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
[OfferedInEnglish]
internal sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Status(int code)
    {
        if (code == 500)
        {
            var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
            if (failure is not null)
            {
                logger.UnhandledException(failure.Error, failure.Path);
            }
        }

        Response.StatusCode = code;
        ViewData["Code"] = code;
        return View("Status");
    }
}
