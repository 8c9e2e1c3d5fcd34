using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Lounb.Learning.Controllers;

/// <summary>Switches the public pages between Ukrainian (default) and English.</summary>
[AllowAnonymous]
internal sealed class CultureController(TimeProvider time) : Controller
{
    internal static readonly string[] Supported = ["uk-UA", "en"];

    [HttpPost("/culture")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (!Supported.Contains(culture, StringComparer.Ordinal))
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
