using Lounb.Modules.Hubs.Domain;

namespace Lounb.Modules.Hubs.Tests;

public sealed class HubCoordinatorTests
{
    [Fact]
    public void A_coordinator_is_current_from_the_first_day_to_the_last_day_of_the_assignment()
    {
        var coordinator = new HubCoordinator(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 3, 1));
        coordinator.End(new DateOnly(2026, 5, 31));

        Assert.False(coordinator.IsCurrentOn(new DateOnly(2026, 2, 28)));
        Assert.True(coordinator.IsCurrentOn(new DateOnly(2026, 3, 1)));
        Assert.True(coordinator.IsCurrentOn(new DateOnly(2026, 5, 31)));
        Assert.False(coordinator.IsCurrentOn(new DateOnly(2026, 6, 1)));
    }
}
