using Lounb.Modules.Core.Time;

namespace Lounb.Modules.Hubs.Application;

/// <summary>Today's date where the platform works (Europe/Kyiv): stops, sessions and due dates are calendar days there.</summary>
internal sealed class KyivToday(TimeProvider time, LocalTime localTime)
{
    public DateOnly Date => localTime.DateOf(time.GetUtcNow().UtcDateTime);
}
