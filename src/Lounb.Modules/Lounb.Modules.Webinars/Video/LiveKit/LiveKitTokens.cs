using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lounb.Modules.Webinars.Video.LiveKit;

/// <summary>
/// LiveKit access tokens (HS256, iss = API key, key = the API secret's UTF-8 bytes): one per participant with a video
/// grant for the event's room, and short ones for the platform's own RoomService calls. Grant booleans the server
/// reads as "true when missing" (canPublish, canSubscribe, canPublishData) are always written, false included.
/// </summary>
internal sealed class LiveKitTokens(IOptions<WebinarsOptions> options, TimeProvider time)
{
    /// <summary>RoomService calls get a short token, as the SDKs do.</summary>
    public static readonly TimeSpan ServiceTokenLifetime = TimeSpan.FromMinutes(10);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly LiveKitOptions _options = options.Value.Video.LiveKit;

    /// <summary>A participant's token: identity = the user id ("N" format), name shown to others, publish only for presenters.</summary>
    public string Participant(string roomName, Guid userId, string displayName, bool canPublish)
    {
        var video = new Dictionary<string, object>
        {
            ["roomJoin"] = true,
            ["room"] = roomName,
            ["canPublish"] = canPublish,
            ["canSubscribe"] = true,
            ["canPublishData"] = true,
        };
        return Mint(TimeSpan.FromMinutes(_options.TokenMinutes), new Dictionary<string, object>
        {
            ["sub"] = userId.ToString("N"),
            ["name"] = displayName,
            ["video"] = video,
        });
    }

    /// <summary>A token for RoomService calls: create/delete rooms, list them, administer <paramref name="roomName"/>.</summary>
    public string RoomService(string roomName)
    {
        var video = new Dictionary<string, object>
        {
            ["roomCreate"] = true,
            ["roomList"] = true,
            ["roomAdmin"] = true,
            ["room"] = roomName,
        };
        return Mint(ServiceTokenLifetime, new Dictionary<string, object> { ["video"] = video });
    }

    /// <summary>The signing key: the API secret's UTF-8 bytes (at least 16, checked on start).</summary>
    public static SymmetricSecurityKey KeyOf(string secret) => new(Encoding.UTF8.GetBytes(secret));

    private string Mint(TimeSpan lifetime, Dictionary<string, object> claims)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.ApiKey,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(KeyOf(_options.ApiSecret!), SecurityAlgorithms.HmacSha256),
        });
    }
}
