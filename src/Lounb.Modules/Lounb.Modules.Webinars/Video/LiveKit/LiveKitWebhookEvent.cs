using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lounb.Modules.Webinars.Video.LiveKit;

/// <summary>
/// A LiveKit webhook body (protojson defaults: lowerCamelCase, default values left out, int64 as strings). Only what
/// attendance needs is read; unknown fields are ignored.
/// </summary>
internal sealed class LiveKitWebhookEvent
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>participant_joined, participant_left, room_finished, participant_connection_aborted, track_published…</summary>
    public string? Event { get; init; }

    /// <summary>The delivery's unique id: the dedupe key.</summary>
    public string? Id { get; init; }

    /// <summary>Seconds since the epoch.</summary>
    public long CreatedAt { get; init; }

    public WebhookRoom? Room { get; init; }

    public WebhookParticipant? Participant { get; init; }

    public static LiveKitWebhookEvent? Parse(ReadOnlySpan<byte> body) => JsonSerializer.Deserialize<LiveKitWebhookEvent>(body, Json);
}

internal sealed class WebhookRoom
{
    /// <summary>Unique per session of the room (names are reused).</summary>
    public string? Sid { get; init; }

    public string? Name { get; init; }
}

internal sealed class WebhookParticipant
{
    public string? Sid { get; init; }

    /// <summary>The platform user id ("N" format) the access token named in <c>sub</c>.</summary>
    public string? Identity { get; init; }

    public string? Name { get; init; }

    /// <summary>Seconds since the epoch.</summary>
    public long JoinedAt { get; init; }

    /// <summary>Milliseconds since the epoch.</summary>
    public long JoinedAtMs { get; init; }
}
