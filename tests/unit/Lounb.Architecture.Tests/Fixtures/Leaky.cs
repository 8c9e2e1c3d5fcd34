// A fake module that shows more than its contract: Leaked must be reported, the rest not.

namespace Lounb.Architecture.Tests.Fixtures.Leaky
{
    public sealed class LeakyModule() : FixtureModule("Leaky")
    {
        public sealed class NestedOptions;
    }

    internal sealed class Hidden;
}

namespace Lounb.Architecture.Tests.Fixtures.Leaky.Contracts
{
    public interface ILeakyApi;

    public static class LeakyEvents
    {
        public sealed record Happened;
    }
}

namespace Lounb.Architecture.Tests.Fixtures.Leaky.Domain
{
    public sealed class Leaked;
}
