using Lounb.Modules.Core.Results;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Video.LiveKit;

/// <summary>
/// LiveKit (self-hosted or Cloud): the platform's own join page on livekit-client; presenters publish, attendees of a
/// webinar only watch; hosts opening the room create it (idempotent) with sensible timeouts; moderators list the
/// people in the room and end the session; attendance comes from signed webhooks.
/// </summary>
internal sealed partial class LiveKitVideoProvider(LiveKitTokens tokens, LiveKitRoomService rooms, IOptions<WebinarsOptions> options, ILogger<LiveKitVideoProvider> logger)
    : IVideoProvider
{
    public VideoProviderKind Kind => VideoProviderKind.LiveKit;

    public bool HostsRooms => true;

    public bool ReportsAttendance => true;

    public bool ManagesRooms => true;

    public async Task<Result<RoomTicket>> IssueTicketAsync(EventAccessView access, RoomPerson person, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(person);
        var roomName = access.Event.RoomName;
        if (access.IsHost || access.CanModerate)
        {
            // The room would also appear when the first person connects, but then with the server's default timeouts.
            var created = await rooms.CreateRoomAsync(roomName, ct);
            if (created.Failed(out var error))
            {
                LogRoomNotCreated(logger, roomName, error.Message);
            }
        }

        var token = tokens.Participant(roomName, person.UserId, person.DisplayName, access.MayPublish);
        return new LiveKitTicket(options.Value.Video.LiveKit.ServerUrl!.Trim(), token, roomName, access.MayPublish);
    }

    public async Task<Result<IReadOnlyList<RoomParticipant>>> ParticipantsAsync(WebinarEvent webinar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(webinar);
        var listed = await rooms.ListParticipantsAsync(webinar.RoomName, ct);
        if (listed.Failed(out var error))
        {
            // No room on the server: nobody is there.
            return error == WebinarErrors.RoomNotOnServer ? Result<IReadOnlyList<RoomParticipant>>.Success([]) : error;
        }

        return listed.Value.Select(p => new RoomParticipant(p.Identity, p.Name, p.State,
            p.JoinedAtMs > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(p.JoinedAtMs).UtcDateTime : p.JoinedAt > 0 ? DateTimeOffset.FromUnixTimeSeconds(p.JoinedAt).UtcDateTime : null,
            p.IsPublisher)).ToList();
    }

    public Task<Result> EndSessionAsync(WebinarEvent webinar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(webinar);
        return rooms.DeleteRoomAsync(webinar.RoomName, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LiveKit room {Room} was not created ahead of the host: {Reason}")]
    private static partial void LogRoomNotCreated(ILogger logger, string room, string reason);
}
