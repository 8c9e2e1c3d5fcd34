using System.Threading.RateLimiting;
using Lounb.Modules.Core.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Core.Web;

/// <summary>The platform's one kind of rate limit: so many requests a minute from one client address (sign-in, public checks).</summary>
public static class RateLimits
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Adds a policy allowing <paramref name="permitPerMinute"/> requests a minute per client address, none queued. With
    /// <see cref="ISharedCounters"/> registered (Redis) the count is shared by every app node, so a load balancer
    /// spreading one address's requests over several nodes does not multiply the limit; otherwise it is this node's.
    /// </summary>
    public static RateLimiterOptions AddPerAddressPerMinute(this RateLimiterOptions options, string policyName, int permitPerMinute)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddPolicy(policyName, (HttpContext context) =>
        {
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return context.RequestServices.GetService<ISharedCounters>() is { } counters
                ? RateLimitPartition.Get(address, key => new SharedWindowLimiter(counters, $"rate:{policyName}:{key}", permitPerMinute, Window))
                : RateLimitPartition.GetFixedWindowLimiter(address,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = Window, QueueLimit = 0 });
        });
    }

    /// <summary>A fixed window counted in the shared store: the first request starts the window, the count expires with it.</summary>
    private sealed class SharedWindowLimiter(ISharedCounters counters, string key, int permit, TimeSpan window) : RateLimiter
    {
        private long _lastUsed = Environment.TickCount64;

        public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

        public override RateLimiterStatistics? GetStatistics() => null;

        /// <summary>The shared count needs a round trip, so the synchronous attempt answers "not yet" and the middleware waits on <see cref="AcquireAsyncCore"/>.</summary>
        protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? Lease.Granted : Lease.NotYet;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
            if (permitCount == 0)
            {
                return Lease.Granted;
            }

            var (count, resetsIn) = await counters.IncrementAsync(key, window, cancellationToken);
            return count <= permit ? Lease.Granted : new Lease(false, resetsIn);
        }

        private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
        {
            public static readonly Lease Granted = new(true, null);
            public static readonly Lease NotYet = new(false, null);

            public override bool IsAcquired => acquired;

            public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

            public override bool TryGetMetadata(string metadataName, out object? metadata)
            {
                metadata = retryAfter;
                return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
            }
        }
    }
}
