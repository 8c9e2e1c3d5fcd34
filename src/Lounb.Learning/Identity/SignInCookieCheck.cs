using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Identity;

/// <summary>
/// Checks the sign-in cookie on each request as Identity's <see cref="SecurityStampValidator"/> does — the user, their
/// security stamp, roles and lock-out are re-read once the cookie is older than
/// <see cref="SecurityStampValidatorOptions.ValidationInterval"/> — but a younger cookie returns at once, without
/// building the validator (and with it <c>SignInManager</c>, <c>UserManager</c> and their stores) for every request.
/// The age test is the validator's own: re-read when there is no issue time or more than the interval has passed.
/// </summary>
internal static class SignInCookieCheck
{
    public static Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var issued = context.Properties.IssuedUtc;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (issued is { } issuedUtc && now - issuedUtc <= options.ValidationInterval)
        {
            return Task.CompletedTask;
        }

        return SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
