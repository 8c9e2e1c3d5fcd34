using Lounb.Modules.Core.Security;

namespace Lounb.Learning.Identity;

/// <summary>Sends a staff member who must use two-factor sign-in, and has not set it up, to the setup page before anything else.</summary>
internal sealed class TwoFactorSetupRequirementMiddleware(RequestDelegate next)
{
    private static readonly string[] AllowedPrefixes = ["/account", "/error", "/health", "/culture", "/_content", "/css", "/js", "/lib", "/favicon"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(LounbClaimTypes.TwoFactorSetupRequired, "true")
            && !AllowedPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/account/two-factor?required=1");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
