using System.Text;
using Lounb.Modules.Webinars.Video.Jitsi;
using Lounb.Modules.Webinars.Video.LiveKit;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Video;

/// <summary>
/// Checks on start that the chosen video provider has what it needs, so a wrong setting stops the app with a clear
/// message instead of failing in the middle of a class.
/// </summary>
internal sealed class VideoOptionsValidation : IValidateOptions<WebinarsOptions>
{
    /// <summary>
    /// HS256 keys under 256 bits are refused by Microsoft.IdentityModel 8.x when signing (IDX10720; IDX10653 is the
    /// older 128-bit floor), which is also the length LiveKit asks of a production secret.
    /// </summary>
    public const int MinSecretBytes = 32;

    private const string Prefix = "Lounb:Webinars:Video";

    public ValidateOptionsResult Validate(string? name, WebinarsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var video = options.Video;
        var failures = video.Provider switch
        {
            VideoProviderKind.None => [],
            VideoProviderKind.LiveKit => LiveKit(video.LiveKit),
            VideoProviderKind.Jitsi => Jitsi(video.Jitsi),
            _ => [$"{Prefix}:Provider must be None, LiveKit or Jitsi."],
        };
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static List<string> LiveKit(LiveKitOptions options)
    {
        var failures = new List<string>();
        if (!LiveKitAddresses.IsValidServerUrl(options.ServerUrl))
        {
            failures.Add($"{Prefix}:LiveKit:ServerUrl must be the address browsers connect to, e.g. wss://livekit.example.org.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiUrl) && !LiveKitAddresses.IsValidApiUrl(options.ApiUrl))
        {
            failures.Add($"{Prefix}:LiveKit:ApiUrl must be an http(s) address of the RoomService API, e.g. https://livekit.example.org.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{Prefix}:LiveKit:ApiKey is required (a key from the LiveKit server's keys).");
        }

        if (string.IsNullOrEmpty(options.ApiSecret) || Encoding.UTF8.GetByteCount(options.ApiSecret) < MinSecretBytes)
        {
            failures.Add($"{Prefix}:LiveKit:ApiSecret is required and must be at least {MinSecretBytes} bytes (HS256 needs a 256-bit key; LiveKit's dev secret \"secret\" is too short to sign with).");
        }

        return failures;
    }

    private static List<string> Jitsi(JitsiOptions options)
    {
        var failures = new List<string>();
        var domain = options.Domain?.Trim().TrimEnd('.');
        if (IsPublicMeetJitSi(domain))
        {
            failures.Add($"{Prefix}:Jitsi:Domain cannot be meet.jit.si: rooms embedded from it end after 5 minutes, creating a room needs a Google/GitHub/Facebook sign-in, and it accepts no JWT. " +
                "Use a self-hosted Jitsi with JWT, JaaS (8x8.vc), LiveKit, or external links (Provider None).");
        }
        else if (string.IsNullOrEmpty(domain) || Uri.CheckHostName(domain) != UriHostNameType.Dns)
        {
            failures.Add($"{Prefix}:Jitsi:Domain must be the host name of the Jitsi server (e.g. meet.library.example.org, or 8x8.vc for JaaS), without https://, a port or a path.");
        }

        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add($"{Prefix}:Jitsi:AppId is required (self-hosted: app_id; JaaS: the AppID vpaas-magic-cookie-…).");
        }

        var jaas = !string.IsNullOrWhiteSpace(options.JaasKeyId) || !string.IsNullOrWhiteSpace(options.JaasPrivateKeyPath);
        if (jaas)
        {
            failures.AddRange(JaasKey(options));
        }
        else if (string.IsNullOrEmpty(options.AppSecret) || Encoding.UTF8.GetByteCount(options.AppSecret) < MinSecretBytes)
        {
            failures.Add($"{Prefix}:Jitsi:AppSecret is required for a self-hosted server (HS256) and must be at least {MinSecretBytes} bytes (HS256 needs a 256-bit key); for JaaS set JaasKeyId and JaasPrivateKeyPath instead.");
        }

        return failures;
    }

    private static IEnumerable<string> JaasKey(JitsiOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.JaasKeyId) || string.IsNullOrWhiteSpace(options.JaasPrivateKeyPath))
        {
            yield return $"{Prefix}:Jitsi: JaaS needs both JaasKeyId and JaasPrivateKeyPath (the RSA private key, PEM).";
            yield break;
        }

        string? problem = null;
        try
        {
            using var rsa = JitsiTokens.LoadRsa(options.JaasPrivateKeyPath);
            problem = rsa.KeySize < 2048 ? $"is a {rsa.KeySize}-bit key; JaaS keys are at least 2048 bits" : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            problem = $"cannot be read as an RSA private key in PEM: {exception.Message}";
        }

        if (problem is not null)
        {
            yield return $"{Prefix}:Jitsi:JaasPrivateKeyPath ({options.JaasPrivateKeyPath}) {problem}.";
        }
    }

    /// <summary>meet.jit.si however it is written: bare, with a scheme, a path or a trailing dot.</summary>
    public static bool IsPublicMeetJitSi(string? domain)
    {
        if (string.IsNullOrWhiteSpace(domain))
        {
            return false;
        }

        var host = Uri.TryCreate(domain.Contains("://", StringComparison.Ordinal) ? domain : "https://" + domain, UriKind.Absolute, out var uri) ? uri.Host : domain;
        return string.Equals(host.TrimEnd('.'), "meet.jit.si", StringComparison.OrdinalIgnoreCase);
    }
}
