using System.Security.Claims;
using System.Text.Json;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Video;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Lounb.Modules.Webinars.Api;

/// <summary>
/// The JSON the room page calls: a ticket into the platform room (LiveKit token or Jitsi JWT) for someone who may
/// enter now, and the presence a Jitsi page reports. Both need the page's antiforgery header; refusals are
/// problem details (<c>detail</c> the Ukrainian message, <c>code</c> as <c>Webinars:NotRegistered</c>).
/// </summary>
internal static class VideoApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/webinars/{eventId:guid}").RequireAuthorization().DisableAntiforgery();
        api.MapPost("/token", TokenAsync);
        api.MapPost("/presence", PresenceAsync).RequireRateLimiting(VideoServices.PresenceRateLimitPolicy);
    }

    private static async Task<IResult> TokenAsync(Guid eventId, HttpContext context, IAntiforgery antiforgery, EventAccess access, IVideoProvider video, CancellationToken ct)
    {
        var (view, refusal) = await AdmitAsync(eventId, context, antiforgery, access, ct);
        if (view is null)
        {
            return refusal!;
        }

        if (view.Event.RoomKind == RoomKind.ExternalLink)
        {
            return WebinarErrors.ExternalLinkEvent.ToProblem();
        }

        var ticket = await video.IssueTicketAsync(view, PersonOf(context.User), ct);
        return ticket.Succeeded(out var issued, out var error) ? TypedResults.Json<RoomTicket>(issued) : error.ToProblem();
    }

    private static async Task<IResult> PresenceAsync(Guid eventId, HttpContext context, IAntiforgery antiforgery, EventAccess access,
        IVideoProvider video, RoomPresence presence, CancellationToken ct)
    {
        var (view, refusal) = await AdmitAsync(eventId, context, antiforgery, access, ct);
        if (view is null)
        {
            return refusal!;
        }

        if (view.Event.RoomKind != RoomKind.Platform || video.Kind != VideoProviderKind.Jitsi)
        {
            return WebinarErrors.PresenceNotUsed.ToProblem();
        }

        if (!RoomPresence.Parse(await ReadPayloadAsync(context.Request, ct)).Succeeded(out var signal, out var error))
        {
            return error.ToProblem();
        }

        var outcome = await presence.RecordJitsiAsync(eventId, view.UserId!.Value, signal, ct);
        return TypedResults.Ok(new { recorded = outcome == SignalOutcome.Recorded });
    }

    /// <summary>The caller's view of an event they may enter now, or the refusal to answer with (stale page, no event, not now).</summary>
    private static async Task<(EventAccessView? View, IResult? Refusal)> AdmitAsync(Guid eventId, HttpContext context, IAntiforgery antiforgery, EventAccess access, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return (null, WebinarErrors.StalePage.ToProblem());
        }

        var view = await access.FindAsync(eventId, context.User, ct);
        if (view is null)
        {
            return (null, WebinarErrors.EventNotFound.ToProblem());
        }

        return access.CanEnterNow(view).Failed(out var error) ? (null, error.ToProblem()) : (view, null);
    }

    /// <summary>A presence signal is three short strings: a JSON body of at most 1 KB, or nothing.</summary>
    private static async Task<PresencePayload?> ReadPayloadAsync(HttpRequest request, CancellationToken ct)
    {
        const int MaxBytes = 1024;
        if (!request.HasJsonContentType() || request.ContentLength > MaxBytes)
        {
            return null;
        }

        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length <= MaxBytes && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }

        try
        {
            return length is > 0 and <= MaxBytes ? JsonSerializer.Deserialize<PresencePayload>(buffer.AsSpan(0, length), JsonSerializerOptions.Web) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The signed-in person as the video room shows them: full name (or the e-mail), and the e-mail.</summary>
    public static RoomPerson PersonOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new RoomPerson(user.UserId(), user.DisplayName(), user.FindFirstValue(ClaimTypes.Email));
    }
}
