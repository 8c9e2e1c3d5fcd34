using Lounb.Learning.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Controllers;

/// <summary>
/// Switches the public pages between Ukrainian (default) and English by a plain link (<c>/culture?c=en&amp;returnUrl=…</c>):
/// no form and no antiforgery token in the layout, so anonymous pages set no cookie and can be cached by proxies.
/// Only a supported culture is remembered, and only a local address is returned to (anything else goes to "/").
/// </summary>
[AllowAnonymous]
internal sealed class CultureController(TimeProvider time) : Controller
{
    internal static readonly string[] Supported = ["uk-UA", "en"];

    [HttpGet("/culture")]
    public IActionResult Set(string? c, string? returnUrl)
    {
        if (c is null || !Supported.Contains(c, StringComparer.Ordinal))
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(c)),
            new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        Response.Headers.CacheControl = "no-store";
        return LocalRedirect(ReturnUrls.LocalOrDefault(returnUrl, "/"));
    }
}
