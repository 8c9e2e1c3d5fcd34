using Lounb.Modules.Core.Results;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Domain;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Video.Jitsi;

/// <summary>
/// Jitsi (self-hosted with JWT, or JaaS): the join page embeds the room with the IFrame API of the configured domain;
/// hosts and moderators get moderator rights in the token; attendance is what the page reports (self-reported).
/// The platform cannot list or end a Jitsi room: moderators use Jitsi's own "end meeting for all".
/// </summary>
internal sealed class JitsiVideoProvider(JitsiTokens tokens, IOptions<WebinarsOptions> options) : IVideoProvider
{
    public VideoProviderKind Kind => VideoProviderKind.Jitsi;

    public bool HostsRooms => true;

    public bool ReportsAttendance => false;

    public bool ManagesRooms => false;

    public Task<Result<RoomTicket>> IssueTicketAsync(EventAccessView access, RoomPerson person, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(person);
        var jwt = tokens.Mint(access.Event.RoomName, person.UserId, person.DisplayName, person.Email, moderator: access.IsHost || access.CanModerate);
        RoomTicket ticket = new JitsiTicket(options.Value.Video.Jitsi.Domain!.Trim(), tokens.RoomFor(access.Event.RoomName), jwt);
        return Task.FromResult(Result<RoomTicket>.Success(ticket));
    }

    public Task<Result<IReadOnlyList<RoomParticipant>>> ParticipantsAsync(WebinarEvent webinar, CancellationToken ct) =>
        Task.FromResult<Result<IReadOnlyList<RoomParticipant>>>(WebinarErrors.NotSupported);

    public Task<Result> EndSessionAsync(WebinarEvent webinar, CancellationToken ct) => Task.FromResult<Result>(WebinarErrors.NotSupported);
}
