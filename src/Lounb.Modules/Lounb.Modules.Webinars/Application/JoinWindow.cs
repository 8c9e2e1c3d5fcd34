using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Application;

/// <summary>When an event's room is open: attendees from a little before the start to a while after the end; hosts earlier.</summary>
internal sealed class JoinWindow(WebinarsOptions options)
{
    /// <summary>Hosts may enter this long before the start to set up.</summary>
    public static readonly TimeSpan HostsEarlier = TimeSpan.FromMinutes(60);

    public DateTime OpensAt(WebinarEvent webinar, bool isHost) =>
        webinar.StartsAt - (isHost ? HostsEarlier : TimeSpan.FromMinutes(options.JoinOpensMinutesBefore));

    public DateTime ClosesAt(WebinarEvent webinar) => webinar.EndsAt.AddMinutes(options.JoinClosesMinutesAfter);

    /// <summary>The span whose presence counts for attendance.</summary>
    public (DateTime Start, DateTime End) CountedSpan(WebinarEvent webinar) =>
        (webinar.StartsAt - TimeSpan.FromMinutes(options.JoinOpensMinutesBefore), ClosesAt(webinar));
}
