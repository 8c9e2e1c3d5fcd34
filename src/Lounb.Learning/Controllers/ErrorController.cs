using System.Globalization;
using Lounb.Learning.Hosting;
using Lounb.Learning.Web;
using Lounb.Modules.Core.Text;
using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Controllers;

/// <summary>
/// Ukrainian pages for 400, 403, 404, 413, 429, 500 and 503 (database down, with <c>Retry-After</c>); programs (JSON
/// APIs, SignalR hubs) get the same status as <c>application/problem+json</c>, never a page.
/// </summary>
[AllowAnonymous]
// Re-executed for POSTs too (a hub's negotiate, an API call) whose 401/403 has no body: an error page changes nothing, so no antiforgery check (it turned them into 400).
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
[OfferedInEnglish]
internal sealed class ErrorController(ILogger<ErrorController> logger, IOptions<ProgramPaths> programPaths) : Controller
{
    /// <remarks>
    /// No parameters on purpose: MVC reads the posted form for an action's parameters, and for a body refused as too
    /// large that read fails again, which left the browser a broken status line («HTTP/1.1 0»).
    /// </remarks>
    [Route("/error/{code:int}")]
    public IActionResult Status()
    {
        var code = int.Parse((string)RouteData.Values["code"]!, CultureInfo.InvariantCulture);
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var originalPath = failure?.Path ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path;
        if (failure is not null)
        {
            code = FailureResponses.StatusCodeOf(failure.Error);
            if (code == StatusCodes.Status503ServiceUnavailable)
            {
                logger.DatabaseUnavailable(failure.Error, failure.Path);
            }
            else if (code >= StatusCodes.Status500InternalServerError)
            {
                logger.UnhandledException(failure.Error, failure.Path);
            }
        }

        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = FailureResponses.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        if (programPaths.Value.Contains(originalPath))
        {
            return code == StatusCodes.Status503ServiceUnavailable
                ? Problem(FailureResponses.UnavailableDetail, statusCode: code, title: FailureResponses.UnavailableTitle)
                : Problem(statusCode: code);
        }

        Response.StatusCode = code;
        ViewData["Code"] = code;
        return View("Status");
    }
}
