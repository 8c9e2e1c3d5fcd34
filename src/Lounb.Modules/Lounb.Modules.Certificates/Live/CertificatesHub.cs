using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Lounb.Modules.Certificates.Live;

/// <summary>
/// /hubs/certificates: staff who manage certificates listen here for the progress of the bulk issues they started
/// (<see cref="CertificatesLive.IssueProgress"/>, sent to the starting person's own connections only). No hub methods:
/// the browser only listens.
/// </summary>
[Authorize(Policy = CertificatesPermissions.Manage)]
internal sealed class CertificatesHub : Hub;
