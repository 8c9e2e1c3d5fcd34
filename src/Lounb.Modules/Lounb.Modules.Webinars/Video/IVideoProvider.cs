using System.Text.Json.Serialization;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Video;

/// <summary>The person a room ticket is for, as the provider shows them to the others.</summary>
internal sealed record RoomPerson(Guid UserId, string DisplayName, string? Email);

/// <summary>What the join page needs to enter a platform room; serialised as it is for the token API.</summary>
[JsonDerivedType(typeof(LiveKitTicket))]
[JsonDerivedType(typeof(JitsiTicket))]
internal abstract record RoomTicket(string Provider, string RoomName);

/// <summary>{provider:"livekit", serverUrl, token, roomName, canPublish}.</summary>
internal sealed record LiveKitTicket(string ServerUrl, string Token, string RoomName, bool CanPublish) : RoomTicket("livekit", RoomName);

/// <summary>{provider:"jitsi", domain, roomName, jwt}; for JaaS the room name is "AppID/room".</summary>
internal sealed record JitsiTicket(string Domain, string RoomName, string Jwt) : RoomTicket("jitsi", RoomName);

/// <summary>Someone in a room right now, as the video server reports it (staff view).</summary>
internal sealed record RoomParticipant(string Identity, string Name, string State, DateTime? JoinedAt, bool IsPublisher)
{
    /// <summary>The platform user when the identity is one (tokens carry the user id); null for recorders, agents and the like.</summary>
    public Guid? UserId => Guid.TryParseExact(Identity, "N", out var id) ? id : null;
}

/// <summary>
/// Platform video rooms behind one interface; the one in use is chosen by Lounb:Webinars:Video:Provider
/// (None: external links only; LiveKit; Jitsi). Events whose room is an external link do not use it.
/// </summary>
internal interface IVideoProvider
{
    VideoProviderKind Kind { get; }

    /// <summary>False when no provider is configured: platform rooms are unavailable.</summary>
    bool HostsRooms { get; }

    /// <summary>True when the server itself reports attendance (LiveKit webhooks); false when pages report it (Jitsi).</summary>
    bool ReportsAttendance { get; }

    /// <summary>True when the platform can list who is in the room and end the session for everyone.</summary>
    bool ManagesRooms { get; }

    /// <summary>A ticket into the event's room for someone <see cref="EventAccess.CanEnterNow"/> admitted.</summary>
    Task<Result<RoomTicket>> IssueTicketAsync(EventAccessView access, RoomPerson person, CancellationToken ct);

    /// <summary>Who is in the room now (staff).</summary>
    Task<Result<IReadOnlyList<RoomParticipant>>> ParticipantsAsync(WebinarEvent webinar, CancellationToken ct);

    /// <summary>Ends the session for everyone (a moderator's "end for all").</summary>
    Task<Result> EndSessionAsync(WebinarEvent webinar, CancellationToken ct);
}

/// <summary>No provider configured: events use external links only.</summary>
internal sealed class NoVideoProvider : IVideoProvider
{
    public VideoProviderKind Kind => VideoProviderKind.None;

    public bool HostsRooms => false;

    public bool ReportsAttendance => false;

    public bool ManagesRooms => false;

    public Task<Result<RoomTicket>> IssueTicketAsync(EventAccessView access, RoomPerson person, CancellationToken ct) =>
        Task.FromResult<Result<RoomTicket>>(WebinarErrors.NoPlatformRooms);

    public Task<Result<IReadOnlyList<RoomParticipant>>> ParticipantsAsync(WebinarEvent webinar, CancellationToken ct) =>
        Task.FromResult<Result<IReadOnlyList<RoomParticipant>>>(WebinarErrors.NoPlatformRooms);

    public Task<Result> EndSessionAsync(WebinarEvent webinar, CancellationToken ct) => Task.FromResult<Result>(WebinarErrors.NoPlatformRooms);
}
