using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Video;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Tests.Video;

public sealed class VideoSecurityPolicyTests
{
    private static readonly string RoomPath = $"/webinars/{Guid.NewGuid()}/room";

    private static SecurityPolicyAdditions Contribute(VideoOptions video, string path)
    {
        var policy = new VideoSecurityPolicy(Options.Create(new WebinarsOptions { Video = video }));
        var additions = new SecurityPolicyAdditions();
        policy.Contribute(new DefaultHttpContext { Request = { Path = path } }, additions);
        return additions;
    }

    [Theory]
    [InlineData("/webinars/0b8f4c3e-2d7a-4d1f-9e61-3c2b1a0f9e8d/room", true)]
    [InlineData("/Webinars/0b8f4c3e-2d7a-4d1f-9e61-3c2b1a0f9e8d/Room", true)]
    [InlineData("/webinars/0b8f4c3e-2d7a-4d1f-9e61-3c2b1a0f9e8d", false)]
    [InlineData("/webinars/0b8f4c3e-2d7a-4d1f-9e61-3c2b1a0f9e8d/room/participants", false)]
    [InlineData("/webinars/not-a-guid/room", false)]
    [InlineData("/", false)]
    public void IsRoomPage_OnlyTheJoinPage(string path, bool expected) => Assert.Equal(expected, VideoSecurityPolicy.IsRoomPage(path));

    [Fact]
    public void LiveKit_RoomPage_ConnectsToTheServerAndUsesCameraAndMicrophoneItself()
    {
        var additions = Contribute(new VideoOptions
        {
            Provider = VideoProviderKind.LiveKit,
            LiveKit = new LiveKitOptions { ServerUrl = "wss://video.example.org", ApiKey = "k", ApiSecret = "0123456789abcdef" },
        }, RoomPath);

        Assert.Equal(["wss://video.example.org", "https://video.example.org"], additions.Sources["connect-src"]);
        Assert.Equal(["self"], additions.Features["camera"]);
        Assert.Equal(["self"], additions.Features["microphone"]);
        Assert.False(additions.Sources.ContainsKey("script-src"));
    }

    [Fact]
    public void LiveKit_PlainWsWithPort_KeepsThePort()
    {
        var additions = Contribute(new VideoOptions
        {
            Provider = VideoProviderKind.LiveKit,
            LiveKit = new LiveKitOptions { ServerUrl = "ws://127.0.0.1:7880", ApiKey = "k", ApiSecret = "0123456789abcdef" },
        }, RoomPath);

        Assert.Equal(["ws://127.0.0.1:7880", "http://127.0.0.1:7880"], additions.Sources["connect-src"]);
    }

    [Fact]
    public void Jitsi_RoomPage_LoadsAndFramesTheDomain_TheFrameMayUseCameraAndMicrophone()
    {
        var additions = Contribute(new VideoOptions
        {
            Provider = VideoProviderKind.Jitsi,
            Jitsi = new JitsiOptions { Domain = "meet.library.example.org", AppId = "a", AppSecret = "0123456789abcdef" },
        }, RoomPath);

        Assert.Equal(["https://meet.library.example.org"], additions.Sources["script-src"]);
        Assert.Equal(["https://meet.library.example.org"], additions.Sources["frame-src"]);
        Assert.Equal(["\"https://meet.library.example.org\""], additions.Features["camera"]);
    }

    [Fact]
    public void OtherPages_NothingAdded()
    {
        var additions = Contribute(new VideoOptions
        {
            Provider = VideoProviderKind.LiveKit,
            LiveKit = new LiveKitOptions { ServerUrl = "wss://video.example.org", ApiKey = "k", ApiSecret = "0123456789abcdef" },
        }, "/dashboard");

        Assert.True(additions.IsEmpty);
    }

    [Fact]
    public void NoProvider_NothingAdded() => Assert.True(Contribute(new VideoOptions(), RoomPath).IsEmpty);
}
