// Fake modules that each reach into Alpha's internals in one way; ModuleBoundaryCheckerTests expects each one reported.
// Every reference to Alpha sits where only the named kind of inspection can see it.
using Lounb.Architecture.Tests.Fixtures.Alpha;
using Lounb.Architecture.Tests.Fixtures.Alpha.Contracts;
using Lounb.Architecture.Tests.Fixtures.Alpha.Domain;

namespace Lounb.Architecture.Tests.Fixtures.UsesBaseType
{
    internal sealed class Derived : Secret;
}

namespace Lounb.Architecture.Tests.Fixtures.UsesInterface
{
    internal sealed class Port : ISecretPort
    {
        public void Open()
        {
        }
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesFieldType
{
    internal sealed class Holder
    {
        private Secret? _secret;

        public bool IsEmpty => _secret is null;

        public void Forget() => _secret = null;
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesMethodSignature
{
    internal static class Api
    {
        public static string Run(Secret? secret) => secret is null ? "" : "x";
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesGenericConstraint
{
    internal sealed class Box<T>
        where T : Secret
    {
        public override string ToString() => typeof(Box<T>).Name;
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesNewObjInBody
{
    internal static class Service
    {
        public static string Run() => new Secret().Describe();
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesStaticCallInBody
{
    internal static class Service
    {
        public static int Run() => Secret.Count();
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesStaticFieldInBody
{
    internal static class Service
    {
        public static int Run() => Secret.Limit;
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesTypeofInBody
{
    internal static class Service
    {
        public static string Run() => typeof(Secret).Name;
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesTypeTestInBody
{
    internal static class Service
    {
        public static bool Run(object value) => value is Secret;
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesGenericArgumentInBody
{
    internal static class Service
    {
        public static int Run() => new List<Secret>().Count;
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesGenericMethodInBody
{
    internal static class Service
    {
        public static int Run() => Array.Empty<Secret>().Length;
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesLambda
{
    internal static class Service
    {
        public static Func<string> Run() => () => new Secret().Describe();
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesAsyncStateMachine
{
    internal static class Service
    {
        public static async Task<int> RunAsync()
        {
            await Task.Yield();
            return Secret.Count();
        }
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesCatchClause
{
    internal static class Service
    {
        public static bool Run(Action action)
        {
            try
            {
                action();
                return true;
            }
            catch (SecretException)
            {
                return false;
            }
        }
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesAttribute
{
    [SecretMarker]
    internal sealed class Marked;
}

namespace Lounb.Architecture.Tests.Fixtures.UsesTypeofInAttribute
{
    [System.ComponentModel.TypeConverter(typeof(Secret))]
    internal sealed class Converted;
}

namespace Lounb.Architecture.Tests.Fixtures.UsesModuleClass
{
    internal static class Service
    {
        public static string Run() => new AlphaModule().Id;
    }
}

namespace Lounb.Architecture.Tests.Fixtures.UsesContractsOnly
{
    internal sealed class Directory : IAlphaDirectory
    {
        public string NameOf(Guid id) => new AlphaCreated(id).ToString();
    }
}
