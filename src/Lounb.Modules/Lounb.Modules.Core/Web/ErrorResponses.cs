using System.Text.Encodings.Web;
using System.Text.Json;
using Lounb.Modules.Core.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace Lounb.Modules.Core.Web;

/// <summary>
/// The one place where an <see cref="Error"/> becomes an HTTP answer. Pages: not found and forbidden become the
/// Ukrainian 404/403 pages, unavailable the 503 page, and a refused input the same form with its message (or, for a
/// button, a message on the page it returns to). Programs (<c>/api</c>): <c>application/problem+json</c> whose
/// <c>code</c> is the error's stable <c>Module:ErrorName</c> and whose <c>detail</c> is the Ukrainian message. Hub
/// methods (SignalR): a <see cref="HubException"/> whose message is the same problem as JSON (<see cref="ToHubException"/>).
/// </summary>
public static class ErrorResponses
{
    // The hub refusal is read by JSON.parse in page scripts, never put into HTML as it is: Ukrainian letters and
    // apostrophes stay readable in it (SignalR's own JSON framing escapes what the wire needs).
    private static readonly JsonSerializerOptions HubProblemJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>TempData key of a page's success message; the theme's layout shows it.</summary>
    public const string StatusKey = "Status";

    /// <summary>TempData key of a page's refusal message; the theme's layout shows it.</summary>
    public const string ErrorKey = "Error";

    public static int StatusCodeOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A refusal a form can show: the person can correct the input or the state and try again.</summary>
    public static bool BelongsOnTheForm(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind is ErrorKind.Invalid or ErrorKind.Conflict;
    }

    /// <summary>The API answer: problem details with the stable code, the Ukrainian message and the status of the kind.</summary>
    public static ProblemHttpResult ToProblem(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return TypedResults.Problem(
            statusCode: StatusCodeOf(error.Kind),
            title: TitleOf(error.Kind),
            detail: error.Message,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }

    /// <summary>
    /// The hub answer: a <see cref="HubException"/> whose message is <c>{"status":403,"code":"Webinars:NotModerator","detail":"…"}</c>
    /// — the status of the kind and the stable code for programs and tests, the Ukrainian detail the browser shows.
    /// SignalR passes a HubException's message to the caller (after <c>HubException: </c>); other exceptions stay hidden.
    /// </summary>
    public static HubException ToHubException(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new HubException(JsonSerializer.Serialize(new HubProblem(StatusCodeOf(error.Kind), error.Code, error.Message), HubProblemJson));
    }

    /// <summary>A status page for a refusal that no form can show (not found, forbidden, unavailable); 400/409 pages otherwise.</summary>
    public static IActionResult Refuse(this ControllerBase controller, Error error)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind == ErrorKind.Forbidden ? controller.Forbid() : controller.StatusCode(StatusCodeOf(error.Kind));
    }

    /// <summary>The form again with the message for a refused input; a status page for anything else.</summary>
    public static IActionResult FormOr(this ControllerBase controller, Error error, Func<IActionResult> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!AddToForm(controller, error))
        {
            return controller.Refuse(error);
        }

        return form();
    }

    /// <inheritdoc cref="FormOr(ControllerBase, Error, Func{IActionResult})"/>
    public static async Task<IActionResult> FormOrAsync(this ControllerBase controller, Error error, Func<Task<IActionResult>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!AddToForm(controller, error))
        {
            return controller.Refuse(error);
        }

        return await form();
    }

    /// <summary>
    /// After a button's POST: back to <paramref name="page"/> with <paramref name="done"/> or with the refusal's message;
    /// not found, forbidden and unavailable become their status pages.
    /// </summary>
    public static IActionResult BackTo(this Controller controller, string page, Result result, string done)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Failed(out var error) && !error.BelongsOnTheForm())
        {
            return controller.Refuse(error);
        }

        controller.TempData[error is null ? StatusKey : ErrorKey] = error?.Message ?? done;
        return controller.Redirect(page);
    }

    private static bool AddToForm(ControllerBase controller, Error error)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(error);
        if (!error.BelongsOnTheForm())
        {
            return false;
        }

        controller.ModelState.AddModelError(string.Empty, error.Message);
        return true;
    }

    private static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "Не знайдено",
        ErrorKind.Forbidden => "Недостатньо прав",
        ErrorKind.Invalid => "Неправильні дані",
        ErrorKind.Conflict => "Зараз це неможливо",
        _ => "Сервіс тимчасово недоступний",
    };
}

/// <summary>A hub refusal as its message carries it (the fields of an API problem that a program needs).</summary>
public sealed record HubProblem(int Status, string Code, string Detail);
