using Lounb.Modules.Core.Telemetry;
using Lounb.Modules.Webinars.Api;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Reminders;
using Lounb.Modules.Webinars.Telegram;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Webinars.Calendars;

/// <summary>Calendars, reminders and Telegram notifications: one call each from <see cref="WebinarsModule"/>.</summary>
internal static class WebinarCalendarsRegistration
{
    public static IServiceCollection AddWebinarCalendars(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PlatformMailOptions>().BindConfiguration(PlatformMailOptions.Section);
        services.AddSingleton<IcsWriter>();
        services.AddSingleton<CalendarLinkFactory>();
        services.AddSingleton<ReminderLetters>();
        services.AddScoped<CalendarFeedTokens>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<ReminderPlanner>();
        services.AddScoped<ReminderChangeListener>();
        // Scheduling and registration tell one listener: the reminders, then the registrants' letters (RegistrantNotifier).
        services.AddScoped<IWebinarChangeListener>(sp => new WebinarChangeListeners(
            sp.GetRequiredService<ReminderChangeListener>(), sp.GetRequiredService<RegistrantNotifier>()));
        services.AddScoped<ReminderDispatcher>();
        services.AddScoped<TelegramLinks>();
        services.AddHttpClient(TelegramBotNotifier.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(20));
        services.AddSingleton<ITelegramNotifier, TelegramBotNotifier>();
        services.AddHostedService<ReminderWorker>();
        services.AddWorkQueueProbe("webinar_reminders", ReminderDispatcher.Unsent, ReminderDispatcher.Schedule);
        return services;
    }

    public static IEndpointRouteBuilder MapWebinarCalendars(this IEndpointRouteBuilder endpoints)
    {
        CalendarApi.Map(endpoints);
        return endpoints;
    }
}
