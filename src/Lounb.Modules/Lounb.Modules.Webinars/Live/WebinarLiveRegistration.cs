using Lounb.Modules.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Webinars.Live;

/// <summary>The live room's services and hub. SignalR itself (and its Redis backplane) is added once by the host.</summary>
internal static class WebinarLiveRegistration
{
    public const string HubPath = "/hubs/webinars";

    public static IServiceCollection AddWebinarLive(this IServiceCollection services)
    {
        services.AddProgramPath(HubPath);
        services.AddScoped<LiveRoomRules>();
        services.AddScoped<LivePresenceService>();
        services.AddScoped<LiveChatService>();
        services.AddScoped<LiveQuestionService>();
        services.AddScoped<LivePollService>();
        services.AddScoped<LiveHandService>();
        services.AddScoped<LiveMuteService>();
        services.AddScoped<LiveSnapshotService>();
        services.AddSingleton<LiveNodeIdentity>();
        services.AddSingleton<LiveBroadcastQueue>();
        services.AddHostedService<LiveNodeHeartbeat>();
        services.AddHostedService<LiveBroadcastWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapWebinarLive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<WebinarHub>(HubPath).RequireAuthorization();
        return endpoints;
    }
}
