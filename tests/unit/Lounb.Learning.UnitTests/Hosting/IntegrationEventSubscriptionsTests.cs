using Lounb.Learning.Hosting;
using Lounb.Modules.Assessments.Contracts;
using Lounb.Modules.Core.Events;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Courses.Contracts;
using Lounb.Modules.Webinars.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Learning.UnitTests.Hosting;

public sealed class IntegrationEventSubscriptionsTests
{
    private sealed class Listener<TEvent> : IIntegrationEventSubscriber<TEvent>
        where TEvent : IIntegrationEvent
    {
        public Task HandleAsync(TEvent integrationEvent, CancellationToken ct) => Task.CompletedTask;
    }

    private static ModuleCatalog CatalogWithout(params string[] switchedOff)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(switchedOff.ToDictionary(id => $"Lounb:Modules:{id}:Enabled", _ => (string?)"false"))
            .Build();
        return ModuleCatalog.Create(configuration, HostModules.Create());
    }

    private static ServiceCollection Subscribers()
    {
        var services = new ServiceCollection();
        services.AddScoped<IIntegrationEventSubscriber<CourseCompleted>, Listener<CourseCompleted>>();
        services.AddScoped<IIntegrationEventSubscriber<QuizPassed>, Listener<QuizPassed>>();
        services.AddScoped<IIntegrationEventSubscriber<WebinarAttended>, Listener<WebinarAttended>>();
        services.AddScoped<IIntegrationEventSubscriber<WebinarAttended>, Listener<WebinarAttended>>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    [Fact]
    public void RemoveSubscribersToSwitchedOffModules_WebinarsOff_RemovesOnlyWebinarSubscribers()
    {
        var services = Subscribers();

        var removed = services.RemoveSubscribersToSwitchedOffModules(CatalogWithout("Webinars"));

        Assert.Equal(2, removed);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IIntegrationEventSubscriber<WebinarAttended>));
        Assert.Contains(services, d => d.ServiceType == typeof(IIntegrationEventSubscriber<CourseCompleted>));
        Assert.Contains(services, d => d.ServiceType == typeof(IIntegrationEventSubscriber<QuizPassed>));
        Assert.Contains(services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public void RemoveSubscribersToSwitchedOffModules_EverythingOn_RemovesNothing()
    {
        var services = Subscribers();

        Assert.Equal(0, services.RemoveSubscribersToSwitchedOffModules(CatalogWithout()));
        Assert.Equal(5, services.Count);
    }

    [Fact]
    public void DependsOn_Certificates_NeedsNeitherAssessmentsNorWebinars()
    {
        var catalog = CatalogWithout("Assessments", "Webinars");

        Assert.True(catalog.IsEnabled("Certificates"));
    }
}
