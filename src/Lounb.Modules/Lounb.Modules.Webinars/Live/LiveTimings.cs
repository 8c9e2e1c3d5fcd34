namespace Lounb.Modules.Webinars.Live;

/// <summary>How often live state is refreshed and broadcast.</summary>
internal static class LiveTimings
{
    /// <summary>A node refreshes its heartbeat this often.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);

    /// <summary>A node not seen for this long is taken as gone: its connections stop counting and are removed.</summary>
    public static readonly TimeSpan NodeExpiry = TimeSpan.FromSeconds(45);

    /// <summary>Coalesced broadcasts (poll results, raised hands, upvotes) go out at most this often per item.</summary>
    public static readonly TimeSpan BroadcastTick = TimeSpan.FromSeconds(1);

    /// <summary>The presence count goes out at most this often per event and node: 2,000 joins give a handful of messages, not 2,000².</summary>
    public static readonly TimeSpan PresenceInterval = TimeSpan.FromSeconds(2);

    /// <summary>Window of the per-person post limit.</summary>
    public static readonly TimeSpan PostWindow = TimeSpan.FromSeconds(60);

    public const int HistoryMessages = 100;

    public const int MaxQuestions = 300;
}
