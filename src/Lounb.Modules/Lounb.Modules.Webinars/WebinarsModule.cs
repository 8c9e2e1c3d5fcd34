using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Application;
using Lounb.Modules.Webinars.Calendars;
using Lounb.Modules.Webinars.Contracts;
using Lounb.Modules.Webinars.Data;
using Lounb.Modules.Webinars.Live;
using Lounb.Modules.Webinars.Video;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Webinars;

/// <summary>Webinars and live classes: scheduling, registration, video rooms, live chat and Q&amp;A, attendance, reminders and calendars.</summary>
public sealed class WebinarsModule : ILounbModule
{
    public string Id => "Webinars";

    public IReadOnlyList<string> DependsOn => ["Courses"];

    public IEnumerable<PermissionDefinition> Permissions => WebinarsPermissions.All;

    public IEnumerable<MenuEntry> Menu =>
    [
        new("Вебінари", "/webinars", MenuSection.Main, Order: 25),
        new("Вебінари", "/admin/webinars", MenuSection.Staff, Order: 35, Permission: WebinarsPermissions.Moderate),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebinarsOptions>().BindConfiguration(WebinarsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIntegrationEvent<Contracts.WebinarAttended>("webinars.webinar-attended");
        services.AddIntegrationEvent<Contracts.WebinarRegistered>("webinars.webinar-registered");
        services.AddScoped<EventAccess>();
        services.AddScoped<IWebinarFacts, WebinarFacts>();
        services.AddScoped<SchedulingService>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<LiveSessionOverview>();
        services.AddScoped<IPageSection, MyWebinarsSection>();
        services.AddScoped<WebinarsSeeder>();
        services.AddScoped<WebinarsDemoYear>();
        services.AddScoped<RegistrantNotifier>();
        services.AddScoped<AttendanceService>();
        services.AddScoped<AttendanceSheet>();
        services.AddScoped<WebinarCatalog>();
        services.AddScoped<AdminWebinarPages>();
        services.AddHostedService<AttendanceReportWorker>();
        services.AddSingleton<ILessonKind, LiveSessionLessonKind>();
        services.AddScoped<ILessonReferenceSource, EventReferenceSource>();
        services.AddScoped<ILessonReferenceSource, SeriesReferenceSource>();
        services.AddScoped<IIntegrationEventSubscriber<WebinarAttended>, CompleteLessonsOnWebinarAttended>();
        services.AddWebinarVideo(configuration);
        services.AddWebinarLive();
        services.AddWebinarCalendars(configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebinarVideo();
        endpoints.MapWebinarLive();
        endpoints.MapWebinarCalendars();
    }

    public void ConfigureModel(ModelBuilder model) => WebinarsModelConfiguration.Apply(model);

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<WebinarsSeeder>().SeedAsync(ct);
        await services.GetRequiredService<WebinarsDemoYear>().SeedAsync(ct);
    }
}
