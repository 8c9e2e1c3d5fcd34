using Lounb.Modules.Webinars.Video.LiveKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Api;

/// <summary>
/// POST /hooks/livekit: LiveKit's webhooks (anonymous, but every delivery is verified before it is read). The body is
/// read raw (Content-Type application/webhook+json, which JSON binding would refuse); a wrong, missing or expired
/// signature or a changed body gets 401 and records nothing; a replay gets 200 and changes nothing.
/// </summary>
internal static partial class LiveKitWebhookEndpoint
{
    /// <summary>Webhook bodies are a few kilobytes; anything far larger is not one.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/hooks/livekit", ReceiveAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> ReceiveAsync(HttpContext context, IOptions<WebinarsOptions> options, LiveKitWebhookVerifier verifier,
        LiveKitWebhookIntake intake, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(LiveKitWebhookEndpoint));

        // LiveKit reads only the status; the host's HTML error pages (re-executed as a POST) are not for it.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        if (options.Value.Video.Provider != VideoProviderKind.LiveKit)
        {
            return TypedResults.Json(new { error = "LiveKit is not the configured video provider." }, statusCode: StatusCodes.Status404NotFound);
        }

        var body = await ReadBodyAsync(context.Request, ct);
        if (body is null)
        {
            return TypedResults.Json(new { error = $"Webhook bodies are at most {MaxBodyBytes} bytes." }, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (!await verifier.VerifyAsync(context.Request.Headers.Authorization.ToString(), body))
        {
            LogRefused(logger, context.Connection.RemoteIpAddress?.ToString());
            return TypedResults.Json(new { error = "Missing or wrong signature, expired token or changed body." }, statusCode: StatusCodes.Status401Unauthorized);
        }

        LiveKitWebhookEvent? hook;
        try
        {
            hook = LiveKitWebhookEvent.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            hook = null;
        }

        if (hook is null)
        {
            return TypedResults.BadRequest(new { error = "The body is not a LiveKit webhook event." });
        }

        var outcome = await intake.HandleAsync(hook, ct);
        return TypedResults.Ok(new { outcome = outcome.ToString() });
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LiveKit webhook from {Address} refused: missing or wrong signature, expired token or changed body")]
    private static partial void LogRefused(ILogger logger, string? address);
}
