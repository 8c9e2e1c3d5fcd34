using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Tests.Video;

internal static class VideoTestOptions
{
    public const string LiveKitKey = "APIunit";
    public const string LiveKitSecret = "unit-test-secret-0123456789abcdefghijkl";

    public static IOptions<WebinarsOptions> LiveKit() => Options.Create(new WebinarsOptions
    {
        Video = new VideoOptions
        {
            Provider = VideoProviderKind.LiveKit,
            LiveKit = new LiveKitOptions { ServerUrl = "wss://video.example.org", ApiKey = LiveKitKey, ApiSecret = LiveKitSecret, TokenMinutes = 90 },
        },
    });

    public static IOptions<WebinarsOptions> Jitsi(JitsiOptions jitsi) => Options.Create(new WebinarsOptions
    {
        Video = new VideoOptions { Provider = VideoProviderKind.Jitsi, Jitsi = jitsi },
    });
}
