using System.ComponentModel.DataAnnotations;

namespace Lounb.Modules.Webinars;

/// <summary>Bound from "Lounb:Webinars".</summary>
internal sealed class WebinarsOptions
{
    public const string Section = "Lounb:Webinars";

    /// <summary>The domain part of calendar UIDs (webinar-…@<c>UidDomain</c>); set once and never changed.</summary>
    [Required, StringLength(100, MinimumLength = 3)]
    public string UidDomain { get; set; } = "learn.lounb.org.ua";

    /// <summary>Public address used in calendar entries, reminders and webhooks (e.g. https://learn.lounb.org.ua); empty: the request's.</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Share of the scheduled duration a person must be present to count as attended.</summary>
    [Range(0.05, 1.0)]
    public double AttendedShareOfDuration { get; set; } = 0.5;

    /// <summary>Minutes before the start the room opens for attendees (speakers may enter earlier).</summary>
    [Range(0, 240)]
    public int JoinOpensMinutesBefore { get; set; } = 15;

    /// <summary>Minutes after the scheduled end the room stays open.</summary>
    [Range(0, 600)]
    public int JoinClosesMinutesAfter { get; set; } = 60;

    /// <summary>The most occurrences one series rule may produce.</summary>
    [Range(1, 500)]
    public int MaxOccurrencesPerSeries { get; set; } = 60;

    /// <summary>Chat messages and questions one person may post per minute in one event.</summary>
    [Range(1, 600)]
    public int LivePostsPerMinute { get; set; } = 12;

    /// <summary>How often the reminder worker looks for due reminders.</summary>
    [Range(1, 3600)]
    public int ReminderIntervalSeconds { get; set; } = 30;

    /// <summary>How often attendance of ended events is reported (participation certificates, course lessons).</summary>
    [Range(1, 3600)]
    public int AttendanceReportIntervalSeconds { get; set; } = 60;

    public VideoOptions Video { get; set; } = new();

    public TelegramOptions Telegram { get; set; } = new();
}

/// <summary>Which video provider serves platform rooms: None (external links only), LiveKit or Jitsi.</summary>
internal enum VideoProviderKind
{
    None = 0,
    LiveKit = 1,
    Jitsi = 2,
}

/// <summary>Bound from "Lounb:Webinars:Video". Secrets come from configuration (environment, user secrets), never the repo.</summary>
internal sealed class VideoOptions
{
    public VideoProviderKind Provider { get; set; }

    public LiveKitOptions LiveKit { get; set; } = new();

    public JitsiOptions Jitsi { get; set; } = new();
}

internal sealed class LiveKitOptions
{
    /// <summary>The address browsers connect to, e.g. wss://livekit.lounb.org.ua.</summary>
    public string? ServerUrl { get; set; }

    /// <summary>The RoomService (Twirp) base address, e.g. https://livekit.lounb.org.ua; empty: <see cref="ServerUrl"/> with http(s).</summary>
    public string? ApiUrl { get; set; }

    public string? ApiKey { get; set; }

    public string? ApiSecret { get; set; }

    /// <summary>Lifetime of a participant's access token.</summary>
    [Range(1, 24 * 60)]
    public int TokenMinutes { get; set; } = 6 * 60;
}

internal sealed class JitsiOptions
{
    /// <summary>The Jitsi server (self-hosted with jitsi-meet-tokens) or 8x8.vc for JaaS. meet.jit.si cannot be used.</summary>
    public string? Domain { get; set; }

    /// <summary>Self-hosted: <c>app_id</c> (JWT iss). JaaS: the AppID (vpaas-magic-cookie-…).</summary>
    public string? AppId { get; set; }

    /// <summary>Self-hosted: <c>app_secret</c> for HS256.</summary>
    public string? AppSecret { get; set; }

    /// <summary>JaaS: the API key id (kid = AppID/KeyId) and the path of its RSA private key (PEM) for RS256.</summary>
    public string? JaasKeyId { get; set; }

    public string? JaasPrivateKeyPath { get; set; }

    [Range(1, 24 * 60)]
    public int TokenMinutes { get; set; } = 4 * 60;
}

/// <summary>Bound from "Lounb:Webinars:Telegram": notifications through a bot when a token is set.</summary>
internal sealed class TelegramOptions
{
    public string? BotToken { get; set; }

    /// <summary>The bot's username (for the t.me link people open to connect).</summary>
    public string? BotUsername { get; set; }

    /// <summary>Secret in the bot's webhook address (/hooks/telegram/{secret}).</summary>
    public string? WebhookSecret { get; set; }
}
