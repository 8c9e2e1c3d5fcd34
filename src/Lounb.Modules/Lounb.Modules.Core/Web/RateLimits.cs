using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Lounb.Modules.Core.Web;

/// <summary>The platform's one kind of rate limit: so many requests a minute from one client address (sign-in, public checks).</summary>
public static class RateLimits
{
    /// <summary>Adds a policy allowing <paramref name="permitPerMinute"/> requests a minute per client address, none queued.</summary>
    public static RateLimiterOptions AddPerAddressPerMinute(this RateLimiterOptions options, string policyName, int permitPerMinute)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddPolicy(policyName, (HttpContext context) => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }
}
