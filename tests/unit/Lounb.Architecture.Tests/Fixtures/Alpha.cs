// A well-behaved fake module: a public module class, a public contract, and internal everything else.
// The consumer fixtures in Consumers.cs reach into it in every way the compiler allows.

namespace Lounb.Architecture.Tests.Fixtures.Alpha
{
    public sealed class AlphaModule() : FixtureModule("Alpha");
}

namespace Lounb.Architecture.Tests.Fixtures.Alpha.Contracts
{
    public interface IAlphaDirectory
    {
        string NameOf(Guid id);
    }

    public sealed record AlphaCreated(Guid Id);
}

namespace Lounb.Architecture.Tests.Fixtures.Alpha.Domain
{
    internal class Secret
    {
        public static readonly int Limit = 3;

        public static int Count() => Limit;

        public string Describe() => nameof(Secret);
    }

    internal interface ISecretPort
    {
        void Open();
    }

    internal sealed class SecretException : Exception
    {
    }

    [AttributeUsage(AttributeTargets.Class)]
    internal sealed class SecretMarkerAttribute : Attribute
    {
    }
}
