using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lounb.Modules.Webinars.Video.LiveKit;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Modules.Webinars.Tests.Video;

public sealed class LiveKitTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 7, 16, 0, 0, TimeSpan.Zero);
    private readonly LiveKitTokens _tokens = new(VideoTestOptions.LiveKit(), new FakeTimeProvider(Now));

    [Fact]
    public void Participant_Attendee_WritesCanPublishFalseExplicitly()
    {
        var userId = Guid.NewGuid();
        var jwt = JwtParts.Read(_tokens.Participant("lounb-room", userId, "Олена Коваль", canPublish: false));

        var video = jwt.Payload.GetProperty("video");
        Assert.True(video.TryGetProperty("canPublish", out var canPublish), "canPublish must be present: LiveKit reads a missing one as true.");
        Assert.Equal(JsonValueKind.False, canPublish.ValueKind);
        Assert.Equal(JsonValueKind.True, video.GetProperty("canSubscribe").ValueKind);
        Assert.Equal(JsonValueKind.True, video.GetProperty("canPublishData").ValueKind);
        Assert.Equal(JsonValueKind.True, video.GetProperty("roomJoin").ValueKind);
        Assert.Equal("lounb-room", video.GetProperty("room").GetString());
    }

    [Fact]
    public void Participant_Presenter_MayPublish_IdentityIsTheUserIdInNFormat()
    {
        var userId = Guid.NewGuid();
        var jwt = JwtParts.Read(_tokens.Participant("lounb-room", userId, "Тренерка", canPublish: true));

        Assert.Equal(JsonValueKind.True, jwt.Payload.GetProperty("video").GetProperty("canPublish").ValueKind);
        Assert.Equal(userId.ToString("N"), jwt.Payload.GetProperty("sub").GetString());
        Assert.Equal("Тренерка", jwt.Payload.GetProperty("name").GetString());
        Assert.Equal(VideoTestOptions.LiveKitKey, jwt.Payload.GetProperty("iss").GetString());
    }

    [Fact]
    public void Participant_TimesComeFromTheClock_ExpiresAfterTheConfiguredMinutes()
    {
        var jwt = JwtParts.Read(_tokens.Participant("r", Guid.NewGuid(), "X", canPublish: false));

        Assert.Equal(Now.ToUnixTimeSeconds(), jwt.Payload.GetProperty("nbf").GetInt64());
        Assert.Equal(Now.AddMinutes(90).ToUnixTimeSeconds(), jwt.Payload.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void Participant_SignedHs256WithTheSecretsUtf8Bytes()
    {
        var jwt = JwtParts.Read(_tokens.Participant("r", Guid.NewGuid(), "X", canPublish: false));

        Assert.Equal("HS256", jwt.Header.GetProperty("alg").GetString());
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(VideoTestOptions.LiveKitSecret), Encoding.ASCII.GetBytes(jwt.SigningInput));
        Assert.Equal(expected, jwt.Signature);
    }

    [Fact]
    public void RoomService_GrantsCreateListAndAdminOfTheRoom_NoIdentity_TenMinutes()
    {
        var jwt = JwtParts.Read(_tokens.RoomService("lounb-room"));

        var video = jwt.Payload.GetProperty("video");
        Assert.True(video.GetProperty("roomCreate").GetBoolean());
        Assert.True(video.GetProperty("roomList").GetBoolean());
        Assert.True(video.GetProperty("roomAdmin").GetBoolean());
        Assert.Equal("lounb-room", video.GetProperty("room").GetString());
        Assert.False(video.TryGetProperty("roomJoin", out _));
        Assert.False(jwt.Payload.TryGetProperty("sub", out _));
        Assert.Equal(Now.AddMinutes(10).ToUnixTimeSeconds(), jwt.Payload.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void Participant_TheShortestSecretTheStartCheckAllows_StillSigns()
    {
        var options = VideoTestOptions.LiveKit();
        options.Value.Video.LiveKit.ApiSecret = new string('s', Lounb.Modules.Webinars.Video.VideoOptionsValidation.MinSecretBytes);

        var jwt = JwtParts.Read(new LiveKitTokens(options, new FakeTimeProvider(Now)).Participant("r", Guid.NewGuid(), "X", canPublish: false));

        Assert.Equal(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Video.LiveKit.ApiSecret), Encoding.ASCII.GetBytes(jwt.SigningInput)), jwt.Signature);
    }
}
