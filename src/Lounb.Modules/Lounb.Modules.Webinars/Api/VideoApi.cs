using System.Security.Claims;
using System.Text.Json;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Video;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Lounb.Modules.Webinars.Api;

/// <summary>A refusal the room page shows as it is (Ukrainian).</summary>
internal sealed record VideoApiError(string Error);

/// <summary>
/// The JSON the room page calls: a ticket into the platform room (LiveKit token or Jitsi JWT) for someone who may
/// enter now, and the presence a Jitsi page reports. Both need the page's antiforgery header.
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
            return ErrorResult(VideoErrors.ExternalLinkEvent);
        }

        var ticket = await video.IssueTicketAsync(view, PersonOf(context.User), ct);
        return ticket.IsSuccess ? TypedResults.Json<RoomTicket>(ticket.Value) : ErrorResult(ticket.Error!);
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
            return ErrorResult(VideoErrors.PresenceNotUsed);
        }

        var signal = RoomPresence.Parse(await ReadPayloadAsync(context.Request, ct));
        if (!signal.IsSuccess)
        {
            return ErrorResult(signal.Error!);
        }

        var outcome = await presence.RecordJitsiAsync(eventId, view.UserId!.Value, signal.Value, ct);
        return TypedResults.Ok(new { recorded = outcome == SignalOutcome.Recorded });
    }

    /// <summary>The caller's view of an event they may enter now, or the refusal to answer with (stale page, no event, not now).</summary>
    private static async Task<(EventAccessView? View, IResult? Refusal)> AdmitAsync(Guid eventId, HttpContext context, IAntiforgery antiforgery, EventAccess access, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return (null, Refuse(StatusCodes.Status400BadRequest, "Сторінка застаріла: оновіть її й спробуйте ще раз."));
        }

        var view = await access.FindAsync(eventId, context.User, ct);
        if (view is null)
        {
            return (null, ErrorResult(WebinarErrors.EventNotFound));
        }

        var entry = access.CanEnterNow(view);
        return entry.IsSuccess ? (view, null) : (null, ErrorResult(entry.Error!));
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

    public static IResult ErrorResult(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "not_found" => Refuse(StatusCodes.Status404NotFound, error.Message),
            "conflict" => Refuse(StatusCodes.Status409Conflict, error.Message),
            "forbidden" => Refuse(StatusCodes.Status403Forbidden, error.Message),
            VideoErrors.UnavailableCode => Refuse(StatusCodes.Status502BadGateway, error.Message),
            _ => Refuse(StatusCodes.Status400BadRequest, error.Message),
        };
    }

    private static JsonHttpResult<VideoApiError> Refuse(int status, string message) => TypedResults.Json(new VideoApiError(message), statusCode: status);
}
