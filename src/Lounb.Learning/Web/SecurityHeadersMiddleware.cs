using Lounb.Modules.Core.Web;

namespace Lounb.Learning.Web;

/// <summary>
/// Headers every response carries: a strict CSP (no inline script; only YouTube and Vimeo embeds may be framed), no
/// framing of ours, no MIME sniffing, a tight referrer policy. Modules widen the CSP and the Permissions-Policy for
/// their own pages through <see cref="IContentSecurityPolicySource"/> (e.g. a configured video server on a room page).
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IEnumerable<IContentSecurityPolicySource> sources)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; " +
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com";

    private const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    private static readonly PolicyHeader BaseContentSecurityPolicy = PolicyHeader.ContentSecurityPolicy(ContentSecurityPolicy);
    private static readonly PolicyHeader BasePermissionsPolicy = PolicyHeader.PermissionsPolicy(PermissionsPolicy);

    private readonly IContentSecurityPolicySource[] _sources = [.. sources];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var additions = new SecurityPolicyAdditions();
            foreach (var source in _sources)
            {
                source.Contribute(context, additions);
            }

            headers.ContentSecurityPolicy = additions.Sources.Count == 0 ? ContentSecurityPolicy : BaseContentSecurityPolicy.With(additions.Sources).ToString();
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = additions.Features.Count == 0 ? PermissionsPolicy : BasePermissionsPolicy.With(additions.Features).ToString();
            return Task.CompletedTask;
        });
        return next(context);
    }
}
