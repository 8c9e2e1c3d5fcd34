namespace Lounb.Modules.Core.Web;

/// <summary>What the platform accepts as a link to a web page someone typed (a video, an external room, a recording).</summary>
public static class WebAddresses
{
    /// <summary>True for an absolute http(s) address with a host.</summary>
    public static bool IsHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;
}
