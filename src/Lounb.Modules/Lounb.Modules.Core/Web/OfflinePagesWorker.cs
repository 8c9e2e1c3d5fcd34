using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lounb.Modules.Core.Web;

/// <summary>
/// Serves the one offline-pages service worker (<c>offline-pages-sw.js</c>) at <c>{scope}sw.js</c>, so that a module's
/// pages under <c>scope</c> opened once stay readable without a connection (lessons, quiz attempts).
/// </summary>
public static class OfflinePagesWorker
{
    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(OfflinePagesWorker).Assembly.GetManifestResourceStream("Lounb.Modules.Core.Web.offline-pages-sw.js")
            ?? throw new InvalidOperationException("offline-pages-sw.js is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <param name="scope">A path that starts and ends with "/", e.g. "/learn/".</param>
    public static void MapOfflinePagesWorker(this IEndpointRouteBuilder endpoints, string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.StartsWith('/') || !scope.EndsWith('/'))
        {
            throw new ArgumentException("The scope starts and ends with '/'.", nameof(scope));
        }

        endpoints.MapGet(scope + "sw.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            return TypedResults.Text(Script.Value, "text/javascript; charset=utf-8");
        }).AllowAnonymous();
    }
}
