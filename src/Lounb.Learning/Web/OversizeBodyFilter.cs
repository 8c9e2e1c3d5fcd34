using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lounb.Learning.Web;

/// <summary>
/// Answers 413 (with the Ukrainian «завеликий» page) when a request announces a body over the endpoint's limit, before
/// anything reads it. Otherwise the antiforgery check reads the form first, Kestrel rejects the body half-way, and the
/// browser gets a broken status line (<c>HTTP/1.1 0</c>) instead of a page. Runs after <c>[RequestSizeLimit]</c> has set
/// the limit (order 900) and before the antiforgery check (order 1000).
/// </summary>
internal sealed class OversizeBodyFilter : IAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            return; // the error page for this very 413: it reads no body
        }

        var limit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is not null && context.HttpContext.Request.ContentLength > limit)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }
}
