using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lounb.Learning.Tests;

/// <summary>
/// An in-process stand-in for a LiveKit server's RoomService (Twirp over JSON) on 127.0.0.1, strict where the real
/// server is: "Authorization: Bearer &lt;jwt&gt;" (401 without the prefix), HS256 signed with the key's secret, iss = the
/// API key, exp required (60 s leeway), and the grant each method needs (CreateRoom and DeleteRoom: roomCreate;
/// ListParticipants: roomAdmin for that room). It answers like the server: proto field names (snake_case), default
/// values included, int64 as strings, enums by name, and Twirp errors {"code","msg"} with their HTTP status.
/// The JWT is checked by hand here, not with the app's code, so the test proves the app signs what LiveKit expects.
/// </summary>
public sealed class FakeLiveKitServer : IDisposable
{
    public const string ApiKey = "APIfaketest";

    /// <summary>A test-only secret (HS256 needs 32 bytes).</summary>
    public const string ApiSecret = "fake-livekit-secret-for-tests-0123456789";

    private static readonly TimeSpan Leeway = TimeSpan.FromSeconds(60);
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeRoom> _rooms = new(StringComparer.Ordinal);

    private FakeLiveKitServer(WebApplication app)
    {
        _app = app;
        app.MapPost("/twirp/livekit.RoomService/{method}", HandleAsync);
    }

    /// <summary>http://127.0.0.1:port</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Every call as (method, room named in the request, HTTP status answered).</summary>
    public ConcurrentQueue<(string Method, string? Room, int Status)> Calls { get; } = new();

    public static FakeLiveKitServer Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeLiveKitServer(builder.Build());
        server._app.StartAsync().GetAwaiter().GetResult();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address);
        return server;
    }

    /// <summary>The app's settings for this server: LiveKit as the provider, browsers at ws://, the API at http://.</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        ["Lounb:Webinars:Video:Provider"] = "LiveKit",
        ["Lounb:Webinars:Video:LiveKit:ServerUrl"] = $"ws://{Address.Authority}",
        ["Lounb:Webinars:Video:LiveKit:ApiUrl"] = Address.ToString(),
        ["Lounb:Webinars:Video:LiveKit:ApiKey"] = ApiKey,
        ["Lounb:Webinars:Video:LiveKit:ApiSecret"] = ApiSecret,
    };

    public bool HasRoom(string name) => _rooms.ContainsKey(name);

    public FakeRoom? Room(string name) => _rooms.TryGetValue(name, out var room) ? room : null;

    /// <summary>Puts someone into a room, as if they had connected with a token (the room is created when missing).</summary>
    public void Join(string roomName, string identity, string name, bool publisher)
    {
        var room = _rooms.GetOrAdd(roomName, n => new FakeRoom(n, 300, 20, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        room.Participants[identity] = new FakeParticipant(identity, name, publisher, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private async Task<IResult> HandleAsync(string method, HttpContext context)
    {
        var (status, json, room) = await AnswerAsync(method, context);
        Calls.Enqueue((method, room, status));
        return Results.Text(json, "application/json", Encoding.UTF8, status);
    }

    private async Task<(int Status, string Json, string? Room)> AnswerAsync(string method, HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return WithRoom(Error(HttpStatusCode.Unauthorized, "unauthenticated", "no authorization header: Bearer token expected"), null);
        }

        var grant = VerifiedVideoGrant(authorization["Bearer ".Length..]);
        if (grant is null)
        {
            return WithRoom(Error(HttpStatusCode.Unauthorized, "unauthenticated", "invalid token"), null);
        }

        if (context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return WithRoom(Error(HttpStatusCode.BadRequest, "malformed", "unexpected content type"), null);
        }

        var request = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        var answer = method switch
        {
            "CreateRoom" => CreateRoom(grant, request),
            "DeleteRoom" => DeleteRoom(grant, request),
            "ListParticipants" => ListParticipants(grant, request),
            _ => Error(HttpStatusCode.NotFound, "bad_route", $"no handler for path \"/twirp/livekit.RoomService/{method}\""),
        };
        return WithRoom(answer, Field(request, "name") ?? Field(request, "room"));
    }

    private static (int, string, string?) WithRoom((int Status, string Json) answer, string? room) => (answer.Status, answer.Json, room);

    private (int, string) CreateRoom(JsonObject grant, JsonObject request)
    {
        if (!Granted(grant, "roomCreate"))
        {
            return Error(HttpStatusCode.Forbidden, "permission_denied", "permissions denied");
        }

        var name = Field(request, "name");
        if (string.IsNullOrEmpty(name))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_argument", "room name is required");
        }

        // Like the server: an existing room is returned as it is.
        var room = _rooms.GetOrAdd(name, n => new FakeRoom(n, Number(request, "empty_timeout", "emptyTimeout") ?? 300,
            Number(request, "departure_timeout", "departureTimeout") ?? 20, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        return (200, RoomJson(room));
    }

    private (int, string) DeleteRoom(JsonObject grant, JsonObject request)
    {
        if (!Granted(grant, "roomCreate"))
        {
            return Error(HttpStatusCode.Forbidden, "permission_denied", "permissions denied");
        }

        return _rooms.TryRemove(Field(request, "room") ?? "", out _) ? (200, "{}") : Error(HttpStatusCode.NotFound, "not_found", "requested room does not exist");
    }

    private (int, string) ListParticipants(JsonObject grant, JsonObject request)
    {
        var roomName = Field(request, "room") ?? "";
        if (!Granted(grant, "roomAdmin") || (string?)grant["room"] != roomName)
        {
            return Error(HttpStatusCode.Forbidden, "permission_denied", "permissions denied");
        }

        if (!_rooms.TryGetValue(roomName, out var room))
        {
            return Error(HttpStatusCode.NotFound, "not_found", "requested room does not exist");
        }

        var participants = new JsonArray();
        foreach (var person in room.Participants.Values)
        {
            participants.Add(new JsonObject
            {
                ["sid"] = "PA_" + person.Identity[..Math.Min(8, person.Identity.Length)],
                ["identity"] = person.Identity,
                ["state"] = "ACTIVE",
                ["tracks"] = new JsonArray(),
                ["metadata"] = "",
                ["joined_at"] = (person.JoinedAtMs / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["joined_at_ms"] = person.JoinedAtMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["name"] = person.Name,
                ["version"] = 1,
                ["permission"] = new JsonObject { ["can_subscribe"] = true, ["can_publish"] = person.Publisher, ["can_publish_data"] = true, ["hidden"] = false },
                ["region"] = "",
                ["is_publisher"] = person.Publisher,
                ["kind"] = "STANDARD",
                ["attributes"] = new JsonObject(),
                ["disconnect_reason"] = "UNKNOWN_REASON",
            });
        }

        return (200, new JsonObject { ["participants"] = participants }.ToJsonString());
    }

    private static string RoomJson(FakeRoom room) => new JsonObject
    {
        ["sid"] = room.Sid,
        ["name"] = room.Name,
        ["empty_timeout"] = room.EmptyTimeout,
        ["departure_timeout"] = room.DepartureTimeout,
        ["max_participants"] = 0,
        ["creation_time"] = room.CreationTime.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["creation_time_ms"] = (room.CreationTime * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["turn_password"] = "",
        ["enabled_codecs"] = new JsonArray(),
        ["metadata"] = "",
        ["num_participants"] = room.Participants.Count,
        ["num_publishers"] = room.Participants.Values.Count(p => p.Publisher),
        ["active_recording"] = false,
        ["version"] = null,
    }.ToJsonString();

    /// <summary>The video grant of a token signed HS256 by <see cref="ApiKey"/>'s secret and not expired; null otherwise.</summary>
    private static JsonObject? VerifiedVideoGrant(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var header = JsonNode.Parse(Base64UrlDecode(parts[0]));
        var payload = JsonNode.Parse(Base64UrlDecode(parts[1]));
        if ((string?)header?["alg"] != "HS256" || (string?)payload?["iss"] != ApiKey)
        {
            return null;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiSecret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64UrlDecode(parts[2])))
        {
            return null;
        }

        var now = DateTimeOffset.UtcNow;
        if (payload["exp"] is not JsonValue exp || DateTimeOffset.FromUnixTimeSeconds((long)exp) + Leeway < now
            || (payload["nbf"] is JsonValue nbf && DateTimeOffset.FromUnixTimeSeconds((long)nbf) - Leeway > now))
        {
            return null;
        }

        return payload["video"] as JsonObject ?? [];
    }

    private static bool Granted(JsonObject grant, string name) => grant[name] is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    // protojson reads both the proto name and the JSON (camelCase) name.
    private static string? Field(JsonObject request, string name) => (string?)request[name];

    private static int? Number(JsonObject request, string protoName, string jsonName) =>
        (request[protoName] ?? request[jsonName]) is JsonValue value ? (int)value : null;

    private static (int, string) Error(HttpStatusCode status, string code, string message) =>
        ((int)status, new JsonObject { ["code"] = code, ["msg"] = message }.ToJsonString());

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }
}

public sealed class FakeRoom(string name, int emptyTimeout, int departureTimeout, long creationTime)
{
    public string Sid { get; } = "RM_" + Guid.NewGuid().ToString("N")[..12];

    public string Name { get; } = name;

    public int EmptyTimeout { get; } = emptyTimeout;

    public int DepartureTimeout { get; } = departureTimeout;

    public long CreationTime { get; } = creationTime;

    public ConcurrentDictionary<string, FakeParticipant> Participants { get; } = new(StringComparer.Ordinal);
}

public sealed record FakeParticipant(string Identity, string Name, bool Publisher, long JoinedAtMs);

/// <summary>Signs webhook bodies as a LiveKit server does: a bare HS256 JWT (no "Bearer"), iss = the key, 5 minutes, sha256 = base64(SHA-256(body)).</summary>
public static class LiveKitWebhookSigner
{
    public static string Sign(string body, string key = FakeLiveKitServer.ApiKey, string secret = FakeLiveKitServer.ApiSecret, DateTimeOffset? issuedAt = null)
    {
        var at = issuedAt ?? DateTimeOffset.UtcNow;
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = key,
            ["nbf"] = at.ToUnixTimeSeconds(),
            ["exp"] = at.AddMinutes(5).ToUnixTimeSeconds(),
            ["sha256"] = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
        };
        var input = Encode(header.ToJsonString()) + "." + Encode(payload.ToJsonString());
        return input + "." + Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(input)));
    }

    private static string Encode(string text) => Encode(Encoding.UTF8.GetBytes(text));

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
