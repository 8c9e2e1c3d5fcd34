using System.Security.Claims;
using System.Threading.RateLimiting;
using Lounb.Modules.Core.Web;
using Lounb.Modules.Webinars.Api;
using Lounb.Modules.Webinars.Video.Jitsi;
using Lounb.Modules.Webinars.Video.LiveKit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lounb.Modules.Webinars.Video;

/// <summary>Video rooms in one place: the provider chosen in configuration, its checks, tokens, API, webhook and CSP.</summary>
internal static class VideoServices
{
    /// <summary>Presence posts a person may make a minute (a heartbeat a minute per tab, plus joins and leaves).</summary>
    public const string PresenceRateLimitPolicy = "webinars-presence";

    public const int PresencePermitPerMinute = 30;

    public static IServiceCollection AddWebinarVideo(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IValidateOptions<WebinarsOptions>, VideoOptionsValidation>();
        services.AddSingleton<IContentSecurityPolicySource, VideoSecurityPolicy>();
        services.AddScoped<RoomPresence>();

        services.AddSingleton<LiveKitTokens>();
        services.AddSingleton<LiveKitWebhookVerifier>();
        services.AddScoped<LiveKitWebhookIntake>();
        services.AddHttpClient<LiveKitRoomService>((provider, http) =>
        {
            http.BaseAddress = LiveKitAddresses.ApiBase(provider.GetRequiredService<IOptions<WebinarsOptions>>().Value.Video.LiveKit);
            http.Timeout = TimeSpan.FromSeconds(10);
        });
        services.AddScoped<LiveKitVideoProvider>();

        services.AddSingleton<JitsiTokens>();
        services.AddScoped<JitsiVideoProvider>();
        services.AddSingleton<NoVideoProvider>();

        services.AddScoped<IVideoProvider>(provider => provider.GetRequiredService<IOptions<WebinarsOptions>>().Value.Video.Provider switch
        {
            VideoProviderKind.LiveKit => provider.GetRequiredService<LiveKitVideoProvider>(),
            VideoProviderKind.Jitsi => provider.GetRequiredService<JitsiVideoProvider>(),
            _ => provider.GetRequiredService<NoVideoProvider>(),
        });

        services.Configure<RateLimiterOptions>(o => o.AddPolicy(PresenceRateLimitPolicy, (HttpContext context) => RateLimitPartition.GetFixedWindowLimiter(
            context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PresencePermitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    public static IEndpointRouteBuilder MapWebinarVideo(this IEndpointRouteBuilder endpoints)
    {
        VideoApi.Map(endpoints);
        LiveKitWebhookEndpoint.Map(endpoints);
        return endpoints;
    }
}
