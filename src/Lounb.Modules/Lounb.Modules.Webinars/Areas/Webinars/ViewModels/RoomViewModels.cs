using Lounb.Modules.Webinars.Domain;
using Lounb.Modules.Webinars.Video;

namespace Lounb.Modules.Webinars.Areas.Webinars.ViewModels;

/// <summary>What the room page shows to one person now.</summary>
internal sealed record RoomPage(
    WebinarEvent Event,
    RoomState State,
    string? Refusal,
    VideoProviderKind Provider,
    bool CanModerate,
    bool MayPublish,
    bool ManagesRooms,
    string? JitsiDomain,
    LivePanelModel? LivePanel);

/// <summary>Where the person stands with the room right now.</summary>
internal enum RoomState
{
    /// <summary>May enter now: the video area (or the external link) is shown.</summary>
    Open,

    /// <summary>Registered (or hosting) but the room opens later.</summary>
    NotOpenYet,

    /// <summary>Not registered, cancelled or over: the reason is shown.</summary>
    Refused,
}

/// <summary>The people a video server reports in an event's room (staff).</summary>
internal sealed record RoomParticipantsPage(WebinarEvent Event, IReadOnlyList<RoomParticipant> Participants, string? Error);

/// <summary>Why an event's link or room cannot be used now.</summary>
internal sealed record RoomRefusedPage(Guid EventId, string Title, string Message);
