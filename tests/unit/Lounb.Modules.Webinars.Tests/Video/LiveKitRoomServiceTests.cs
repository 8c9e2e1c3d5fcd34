using Lounb.Modules.Webinars.Domain;
using System.Net;
using System.Text;
using Lounb.Modules.Webinars.Video;
using Lounb.Modules.Webinars.Video.LiveKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Lounb.Modules.Webinars.Tests.Video;

/// <summary>The client's reading of RoomService answers (snake_case, defaults present, int64 as strings) and of Twirp errors.</summary>
public sealed class LiveKitRoomServiceTests
{
    private static LiveKitRoomService ClientAnswering(HttpStatusCode status, string json, Action<HttpRequestMessage>? inspect = null)
    {
        var http = new HttpClient(new Answer(status, json, inspect)) { BaseAddress = new Uri("https://video.example.org/") };
        return new LiveKitRoomService(http, new LiveKitTokens(VideoTestOptions.LiveKit(), new FakeTimeProvider()), NullLogger<LiveKitRoomService>.Instance);
    }

    [Fact]
    public async Task ListParticipants_SnakeCaseWithInt64Strings_ReadsEveryField()
    {
        var client = ClientAnswering(HttpStatusCode.OK, """
            {"participants":[{"sid":"PA_1","identity":"abc","state":"ACTIVE","tracks":[],"metadata":"","joined_at":"1767801600","joined_at_ms":"1767801600123",
             "name":"Олена","version":3,"permission":{"can_subscribe":true,"can_publish":false},"region":"","is_publisher":false,"kind":"STANDARD"}]}
            """);

        var result = await client.ListParticipantsAsync("lounb-room", default);

        var person = Assert.Single(result.Value);
        Assert.Equal("abc", person.Identity);
        Assert.Equal("Олена", person.Name);
        Assert.Equal("ACTIVE", person.State);
        Assert.Equal(1767801600, person.JoinedAt);
        Assert.Equal(1767801600123, person.JoinedAtMs);
        Assert.False(person.IsPublisher);
    }

    [Fact]
    public async Task CreateRoom_SendsBearerTokenAndSnakeCaseBody_ToTheTwirpPath()
    {
        HttpRequestMessage? seen = null;
        string? body = null;
        var client = ClientAnswering(HttpStatusCode.OK, """{"sid":"RM_1","name":"lounb-room","empty_timeout":900,"departure_timeout":120,"creation_time":"1767801600","num_participants":0}""",
            request =>
            {
                seen = request;
                body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            });

        var room = await client.CreateRoomAsync("lounb-room", default);

        Assert.Equal("RM_1", room.Value.Sid);
        Assert.Equal(1767801600, room.Value.CreationTime);
        Assert.Equal("/twirp/livekit.RoomService/CreateRoom", seen!.RequestUri!.AbsolutePath);
        Assert.Equal("Bearer", seen.Headers.Authorization!.Scheme);
        Assert.Contains("\"empty_timeout\":900", body, StringComparison.Ordinal);
        Assert.Contains("\"departure_timeout\":120", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, """{"code":"unauthenticated","msg":"invalid token"}""", "ApiSecret")]
    [InlineData(HttpStatusCode.Forbidden, """{"code":"permission_denied","msg":"no permissions"}""", "ApiKey")]
    [InlineData(HttpStatusCode.NotFound, """{"code":"not_found","msg":"room not found"}""", "Кімнати на відеосервері зараз немає")]
    [InlineData(HttpStatusCode.TooManyRequests, """{"code":"resource_exhausted","msg":"limit"}""", "перевантажений")]
    [InlineData(HttpStatusCode.InternalServerError, """{"code":"internal","msg":"boom"}""", "тимчасово")]
    [InlineData(HttpStatusCode.BadGateway, "<html>proxy</html>", "тимчасово")]
    public async Task TwirpErrors_BecomeUkrainianMessages(HttpStatusCode status, string json, string expected)
    {
        var result = await ClientAnswering(status, json).DeleteRoomAsync("lounb-room", default);

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_SaysSoInUkrainian()
    {
        var http = new HttpClient(new Unreachable()) { BaseAddress = new Uri("https://video.example.org/") };
        var client = new LiveKitRoomService(http, new LiveKitTokens(VideoTestOptions.LiveKit(), new FakeTimeProvider()), NullLogger<LiveKitRoomService>.Instance);

        var result = await client.CreateRoomAsync("lounb-room", default);

        Assert.Equal(WebinarErrors.ServerUnreachable, result.Error);
    }

    private sealed class Answer(HttpStatusCode status, string json, Action<HttpRequestMessage>? inspect) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            inspect?.Invoke(request);
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }

    private sealed class Unreachable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("Connection refused");
    }
}
