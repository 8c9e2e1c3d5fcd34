using Lounb.Modules.Certificates.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;

namespace Lounb.Modules.Certificates.Live;

/// <summary>The certificates hub and its messages. SignalR itself (and its Redis backplane) is added once by the host.</summary>
internal static class CertificatesLive
{
    public const string HubPath = "/hubs/certificates";

    /// <summary>Client method that receives a <see cref="BulkIssueProgress"/> ({ runId, done, total }).</summary>
    public const string IssueProgress = "issueProgress";

    public static IEndpointRouteBuilder MapCertificatesLive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<CertificatesHub>(HubPath).RequireAuthorization(CertificatesPermissions.Manage);
        return endpoints;
    }

    /// <summary>
    /// Sends the progress to every connection of the person with this name identifier (the default SignalR user id), and
    /// to nobody else; through the backplane, on whichever node those connections are.
    /// </summary>
    public static BulkIssueReporter ToUser(IHubContext<CertificatesHub> hub, string userId) =>
        (progress, ct) => hub.Clients.User(userId).SendAsync(IssueProgress, progress, ct);
}
