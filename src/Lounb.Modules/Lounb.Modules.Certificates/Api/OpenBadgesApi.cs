using Lounb.Modules.Certificates.Application;
using Lounb.Modules.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lounb.Modules.Certificates.Api;

/// <summary>The public Open Badges documents (issuer profile, key set, one key, revocation list) and a holder's credential file.</summary>
internal static class OpenBadgesApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/ob").AllowAnonymous();
        open.MapGet("/issuer", (HttpContext context, OpenBadgeCredentials badges) => Json(context, badges.IssuerProfile(BaseUrl(context))));
        open.MapGet("/keys", async (HttpContext context, OpenBadgeCredentials badges, CancellationToken ct) => Json(context, await badges.KeySetAsync(BaseUrl(context), ct)));
        open.MapGet("/keys/{keyId}", async (string keyId, HttpContext context, OpenBadgeCredentials badges, CancellationToken ct) =>
            await badges.KeyAsync(BaseUrl(context), keyId, ct) is { } key ? Json(context, key) : Results.NotFound());
        open.MapGet("/revocations", async (HttpContext context, OpenBadgeCredentials badges, CancellationToken ct) =>
            Json(context, await badges.RevocationListAsync(BaseUrl(context), ct), cacheSeconds: 60));
        endpoints.MapGet("/certificates/{id:guid}.jwt", CredentialAsync).RequireAuthorization();
    }

    public static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    /// <summary>The signed credential of a certificate: for its holder, and for staff who manage the holder's oblast.</summary>
    private static async Task<IResult> CredentialAsync(Guid id, HttpContext context, CertificateService certificates, OpenBadgeCredentials badges, CancellationToken ct)
    {
        var userId = context.User.UserId();
        var certificate = await certificates.FindForAsync(userId, AccessScope.Of(context.User, CertificatesPermissions.Manage), id, ct);
        if (certificate is null)
        {
            return Results.NotFound();
        }

        var token = await badges.SignAsync(certificate, BaseUrl(context), ct);
        return Results.File(System.Text.Encoding.ASCII.GetBytes(token), "application/vc+jwt", $"{certificate.Number}.jwt");
    }

    private static IResult Json(HttpContext context, System.Text.Json.Nodes.JsonObject document, int cacheSeconds = 300)
    {
        context.Response.Headers.CacheControl = $"public, max-age={cacheSeconds}";
        return Results.Text(document.ToJsonString(), "application/json; charset=utf-8");
    }
}
