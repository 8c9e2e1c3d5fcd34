using Lounb.Modules.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Core.Events;

/// <summary>
/// A module may react to another module's events without needing that module (as Orchard's <c>RequireFeatures</c>):
/// its subscribers to the events of a switched-off module are taken out of the container, so the module itself stays on.
/// </summary>
public static class IntegrationEventSubscriptions
{
    /// <summary>Removes every <see cref="IIntegrationEventSubscriber{TEvent}"/> whose event is declared by a module that is switched off.</summary>
    /// <returns>How many registrations were removed.</returns>
    public static int RemoveSubscribersToSwitchedOffModules(this IServiceCollection services, ModuleCatalog modules)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(modules);
        var enabled = modules.Enabled.Select(m => m.GetType().Assembly).ToHashSet();
        var switchedOff = modules.All.Select(m => m.GetType().Assembly).Where(a => !enabled.Contains(a)).ToHashSet();
        var removed = 0;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var serviceType = services[i].ServiceType;
            if (serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(IIntegrationEventSubscriber<>)
                && switchedOff.Contains(serviceType.GetGenericArguments()[0].Assembly))
            {
                services.RemoveAt(i);
                removed++;
            }
        }

        return removed;
    }
}
