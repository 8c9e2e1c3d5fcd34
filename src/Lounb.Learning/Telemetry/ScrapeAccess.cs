using System.Security.Cryptography;
using System.Text;
using Lounb.Learning.Platform;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Lounb.Learning.Telemetry;

/// <summary>Who may read <c>/metrics</c>: a person holding <see cref="PlatformPermissions.MetricsRead"/> (administrators), or a scraper with the token.</summary>
internal sealed class ScrapeAccessRequirement : IAuthorizationRequirement;

/// <summary>
/// Met by a signed-in holder of <see cref="PlatformPermissions.MetricsRead"/>, or by <c>Authorization: Bearer &lt;token&gt;</c>
/// equal to <see cref="TelemetryOptions.ScrapeToken"/> (compared in constant time; no token configured, no token accepted).
/// Anyone else is challenged (401) or, signed in, forbidden (403).
/// </summary>
internal sealed class ScrapeAccessHandler(IHttpContextAccessor http, IOptionsMonitor<TelemetryOptions> options) : AuthorizationHandler<ScrapeAccessRequirement>
{
    private const string Scheme = "Bearer ";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScrapeAccessRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = (context.Resource as HttpContext ?? http.HttpContext)?.Request;
        if (!AccessScope.Of(context.User, PlatformPermissions.MetricsRead).IsNone
            || request is not null && HoldsToken(request.Headers.Authorization.ToString(), options.CurrentValue.ScrapeToken))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    internal static bool HoldsToken(string authorization, string? expected)
    {
        if (string.IsNullOrEmpty(expected) || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashes first, so that the comparison takes the same time whatever the lengths.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim())),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
