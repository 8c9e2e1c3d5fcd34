using Lounb.Modules.Core.Web;

namespace Lounb.Modules.Webinars.Video.LiveKit;

/// <summary>The LiveKit server's addresses: where browsers connect (ws/wss) and where the RoomService API answers (http/https).</summary>
internal static class LiveKitAddresses
{
    /// <summary>ApiUrl when set, otherwise ServerUrl with ws → http and wss → https.</summary>
    public static Uri ApiBase(LiveKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var api = string.IsNullOrWhiteSpace(options.ApiUrl) ? HttpFormOf(options.ServerUrl!) : options.ApiUrl.Trim();
        return new Uri(api.EndsWith('/') ? api : api + "/", UriKind.Absolute);
    }

    /// <summary>The origins a room page must be allowed to reach: the signalling socket and its http(s) twin (used to diagnose a failed connection).</summary>
    public static IReadOnlyList<string> BrowserOrigins(LiveKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var server = new Uri(options.ServerUrl!.Trim(), UriKind.Absolute);
        var secure = server.Scheme is "wss" or "https";
        var authority = server.IsDefaultPort ? server.Host : $"{server.Host}:{server.Port}";
        return [$"{(secure ? "wss" : "ws")}://{authority}", $"{(secure ? "https" : "http")}://{authority}"];
    }

    public static bool IsValidServerUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "ws" or "wss" or "http" or "https" && !string.IsNullOrEmpty(uri.Host);

    public static bool IsValidApiUrl(string? url) => WebAddresses.IsHttp(url?.Trim());

    private static string HttpFormOf(string serverUrl)
    {
        var trimmed = serverUrl.Trim();
        return trimmed.StartsWith("wss://", StringComparison.OrdinalIgnoreCase) ? "https://" + trimmed[6..]
            : trimmed.StartsWith("ws://", StringComparison.OrdinalIgnoreCase) ? "http://" + trimmed[5..]
            : trimmed;
    }
}
