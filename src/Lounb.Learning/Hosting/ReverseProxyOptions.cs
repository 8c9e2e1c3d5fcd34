using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Lounb.Learning.Hosting;

/// <summary>
/// Bound from "Lounb:ReverseProxy": the proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed.
/// Nothing is trusted by default, not even loopback: without a configured proxy the headers are ignored, so a caller
/// cannot pick the address the rate limiter and the audit log see.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "Lounb:ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. <c>127.0.0.1</c> and <c>::1</c> for nginx on the same machine.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. <c>10.0.0.0/24</c> for a load balancer's subnet.</summary>
    public IList<string> KnownNetworks { get; } = [];

    public bool IsValid() =>
        KnownProxies.All(p => IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));

    /// <summary>Replaces the framework's defaults (loopback) with the configured proxies; with none, forwarded headers are not read at all.</summary>
    public void ApplyTo(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        // With both lists empty the middleware would believe any caller, so then it reads nothing.
        options.ForwardedHeaders = options.KnownProxies.Count + options.KnownIPNetworks.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    }
}
