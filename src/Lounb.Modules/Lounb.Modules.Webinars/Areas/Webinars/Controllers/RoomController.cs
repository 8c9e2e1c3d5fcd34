using Lounb.Modules.Core.Security;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Api;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Areas.Webinars.ViewModels;
using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Video;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Areas.Webinars.Controllers;

/// <summary>
/// An event's room: the join page for the configured video provider (or the external link), the link itself (which
/// records the join), and for moderators the people in the room and "end the session for everyone".
/// </summary>
[Area("Webinars")]
[Authorize]
internal sealed class RoomController(EventAccess access, IVideoProvider video, RoomPresence presence, IOptions<WebinarsOptions> options, TimeProvider time) : Controller
{
    [HttpGet("/webinars/{id:guid}/room")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct)
    {
        var view = await access.FindAsync(id, User, ct);
        if (view is null)
        {
            return NotFound();
        }

        var entry = access.CanEnterNow(view);
        var state = entry.IsSuccess ? RoomState.Open
            : view.MayEnter && !view.Event.IsCancelled && view.Event.StartsAt > Now ? RoomState.NotOpenYet
            : RoomState.Refused;
        var person = VideoApi.PersonOf(User);
        var livePanel = view.MayEnter && !view.Event.IsCancelled
            ? new LivePanelModel(view.Event.Id, view.Event.Title, person.UserId, person.DisplayName, view.CanModerate)
            : null;
        return View("Index", new RoomPage(view.Event, state, entry.Error?.Message, video.Kind, view.CanModerate, view.MayPublish, video.ManagesRooms,
            video.Kind == VideoProviderKind.Jitsi ? options.Value.Video.Jitsi.Domain?.Trim().TrimEnd('.') : null, livePanel));
    }

    /// <summary>An external-link event: records the join (a self-reported attendance signal) and sends the person to the link.</summary>
    [HttpGet("/webinars/{id:guid}/go")]
    public async Task<IActionResult> Go(Guid id, CancellationToken ct)
    {
        var view = await access.FindAsync(id, User, ct);
        if (view is null)
        {
            return NotFound();
        }

        var refusal = access.CanEnterNow(view).Failed(out var error) ? error
            : view.Event.RoomKind != RoomKind.ExternalLink ? WebinarErrors.PlatformRoomEvent
            : !WebAddresses.IsHttp(view.Event.ExternalUrl) ? WebinarErrors.NoExternalLink
            : null;
        if (refusal is not null)
        {
            Response.StatusCode = ErrorResponses.StatusCodeOf(refusal.Kind);
            return View("Refused", new RoomRefusedPage(view.Event.Id, view.Event.Title, refusal.Message));
        }

        await presence.RecordLinkJoinAsync(view.Event.Id, view.UserId!.Value, ct);
        return Redirect(view.Event.ExternalUrl!);
    }

    [HttpGet("/webinars/{id:guid}/room/participants")]
    public async Task<IActionResult> Participants(Guid id, CancellationToken ct)
    {
        var view = await access.FindAsync(id, User, ct);
        if (view is null)
        {
            return NotFound();
        }

        if (!view.CanModerate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var listed = await video.ParticipantsAsync(view.Event, ct);
        return View("Participants", new RoomParticipantsPage(view.Event, listed.IsSuccess ? listed.Value : [], listed.Error?.Message));
    }

    /// <summary>A moderator ends the session for everyone (LiveKit deletes the room; everyone is disconnected).</summary>
    [HttpPost("/webinars/{id:guid}/room/end")]
    public async Task<IActionResult> End(Guid id, CancellationToken ct)
    {
        var view = await access.FindAsync(id, User, ct);
        if (view is null)
        {
            return NotFound();
        }

        if (!view.CanModerate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var ended = await video.EndSessionAsync(view.Event, ct);
        return this.BackTo($"/webinars/{id}/room", ended, "Сесію завершено: усіх учасників від'єднано від кімнати.");
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
