using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Video.LiveKit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Video;

/// <summary>
/// Opens the host's CSP and Permissions-Policy on room pages (/webinars/{id}/room) for the configured provider only:
/// LiveKit — the page connects to the server (wss and its https twin) and uses the camera and microphone itself;
/// Jitsi — the page loads external_api.js from the domain and frames it, and the frame may use camera and microphone.
/// </summary>
internal sealed class VideoSecurityPolicy : IContentSecurityPolicySource
{
    private readonly Action<SecurityPolicyAdditions>? _roomPage;

    public VideoSecurityPolicy(IOptions<WebinarsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var video = options.Value.Video;
        _roomPage = video.Provider switch
        {
            VideoProviderKind.LiveKit => ForLiveKit(LiveKitAddresses.BrowserOrigins(video.LiveKit)),
            VideoProviderKind.Jitsi => ForJitsi("https://" + video.Jitsi.Domain!.Trim().TrimEnd('.')),
            _ => null,
        };
    }

    public void Contribute(HttpContext context, SecurityPolicyAdditions additions)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_roomPage is not null && IsRoomPage(context.Request.Path))
        {
            _roomPage(additions);
        }
    }

    /// <summary>True for /webinars/{guid}/room (the join page), not for its sub-pages.</summary>
    public static bool IsRoomPage(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 3 && segments[0].Equals("webinars", StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(segments[1], out _) && segments[2].Equals("room", StringComparison.OrdinalIgnoreCase);
    }

    private static Action<SecurityPolicyAdditions> ForLiveKit(IReadOnlyList<string> origins) => additions =>
    {
        foreach (var origin in origins)
        {
            additions.AllowSource("connect-src", origin);
        }

        additions.AllowFeature("camera", "self").AllowFeature("microphone", "self");
    };

    private static Action<SecurityPolicyAdditions> ForJitsi(string origin) => additions => additions
        .AllowSource("script-src", origin)
        .AllowSource("frame-src", origin)
        .AllowFeature("camera", origin)
        .AllowFeature("microphone", origin);
}
