using Lounb.Modules.Webinars.Domain;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lounb.Modules.Core.Results;
using Microsoft.Extensions.Logging;

namespace Lounb.Modules.Webinars.Video.LiveKit;

/// <summary>
/// The LiveKit RoomService (Twirp over JSON): POST /twirp/livekit.RoomService/{Method} with "Authorization: Bearer
/// &lt;jwt&gt;". Responses use the proto field names (snake_case), include default values and write int64 as strings;
/// errors are {"code","msg"} and come back as Ukrainian messages.
/// </summary>
internal sealed partial class LiveKitRoomService(HttpClient http, LiveKitTokens tokens, ILogger<LiveKitRoomService> logger)
{
    /// <summary>A room nobody joined closes after this; the host opened it, people are on their way.</summary>
    public const int EmptyTimeoutSeconds = 15 * 60;

    /// <summary>After the last person leaves the room stays this long, so a dropped connection can come back to the same session.</summary>
    public const int DepartureTimeoutSeconds = 120;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Creates the room, or returns it as it is when it exists already (a second host, a reload).</summary>
    public Task<Result<LiveKitRoom>> CreateRoomAsync(string roomName, CancellationToken ct) =>
        CallAsync<LiveKitRoom>("CreateRoom", roomName, new CreateRoomRequest(roomName, EmptyTimeoutSeconds, DepartureTimeoutSeconds), ct);

    /// <summary>Disconnects everyone and closes the room (the server then reports room_finished).</summary>
    public async Task<Result> DeleteRoomAsync(string roomName, CancellationToken ct)
    {
        var result = await CallAsync<JsonElement>("DeleteRoom", roomName, new RoomRequest(roomName), ct);
        return result.Failed(out var error) ? error : Result.Success();
    }

    public async Task<Result<IReadOnlyList<LiveKitParticipant>>> ListParticipantsAsync(string roomName, CancellationToken ct)
    {
        var result = await CallAsync<ListParticipantsResponse>("ListParticipants", roomName, new RoomRequest(roomName), ct);
        return result.Succeeded(out var listed, out var error) ? Result<IReadOnlyList<LiveKitParticipant>>.Success(listed.Participants ?? []) : error;
    }

    private async Task<Result<T>> CallAsync<T>(string method, string roomName, object request, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"twirp/livekit.RoomService/{method}", UriKind.Relative))
        {
            Content = JsonContent.Create(request, request.GetType(), options: Json),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.RoomService(roomName));
        try
        {
            using var response = await http.SendAsync(message, ct);
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<T>(Json, ct);
                return body is null ? WebinarErrors.ServerFailed : Result<T>.Success(body);
            }

            var error = await ReadErrorAsync(response, ct);
            LogTwirpError(logger, method, roomName, (int)response.StatusCode, error?.Code, error?.Msg);
            return TwirpErrors.ToError(error?.Code, (int)response.StatusCode);
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(logger, exception, method, http.BaseAddress);
            return WebinarErrors.ServerUnreachable;
        }
        catch (TaskCanceledException exception) when (!ct.IsCancellationRequested)
        {
            LogUnreachable(logger, exception, method, http.BaseAddress);
            return WebinarErrors.ServerUnreachable;
        }
        catch (JsonException exception)
        {
            LogUnreadable(logger, exception, method);
            return WebinarErrors.ServerFailed;
        }
    }

    private static async Task<TwirpError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TwirpError>(Json, ct);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LiveKit RoomService {Method} for room {Room} failed: HTTP {Status}, Twirp code {Code}: {Msg}")]
    private static partial void LogTwirpError(ILogger logger, string method, string room, int status, string? code, string? msg);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LiveKit RoomService {Method} at {BaseAddress} is unreachable")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string method, Uri? baseAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LiveKit RoomService {Method} answered JSON the platform cannot read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string method);

    private sealed record CreateRoomRequest(string Name, int EmptyTimeout, int DepartureTimeout);

    private sealed record RoomRequest(string Room);

    private sealed record ListParticipantsResponse(IReadOnlyList<LiveKitParticipant>? Participants);
}

/// <summary>A Twirp error body: {"code":"not_found","msg":"…","meta":{…}}.</summary>
internal sealed record TwirpError(string? Code, string? Msg);

/// <summary>Twirp error codes as the messages people see.</summary>
internal static class TwirpErrors
{
    public static Error ToError(string? code, int status) => code switch
    {
        "unauthenticated" or "permission_denied" => WebinarErrors.ServerRefusedKey,
        "not_found" => WebinarErrors.RoomNotOnServer,
        "invalid_argument" or "malformed" or "out_of_range" or "failed_precondition" or "already_exists" => WebinarErrors.ServerRefusedRequest,
        "resource_exhausted" => WebinarErrors.ServerBusy,
        null when status is 401 or 403 => WebinarErrors.ServerRefusedKey,
        null when status == 404 => WebinarErrors.ServerUnreachable,
        _ => WebinarErrors.ServerFailed,
    };
}

/// <summary>A Room as RoomService answers it (snake_case; int64 as strings).</summary>
internal sealed record LiveKitRoom(string Sid, string Name, int EmptyTimeout, int DepartureTimeout, long CreationTime, int NumParticipants);

/// <summary>A ParticipantInfo as RoomService answers it (snake_case; int64 as strings; enums by name).</summary>
internal sealed record LiveKitParticipant(string Sid, string Identity, string Name, string State, long JoinedAt, long JoinedAtMs, bool IsPublisher);
