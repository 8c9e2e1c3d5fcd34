using System.Reflection;
using Lounb.Modules.Core.Modules;

namespace Lounb.Architecture.Tests.Boundaries;

/// <summary>
/// One module as the checker sees it: the types it owns (and scans). A real module is an assembly;
/// a test fixture is a namespace, so that a deliberately bad pair of fake modules can live in this test assembly.
/// </summary>
internal sealed class ModuleBoundary
{
    private readonly Func<Type, bool> _owns;

    private ModuleBoundary(string name, IReadOnlyList<Type> types, Func<Type, bool> owns, Assembly? wholeAssembly)
    {
        Name = name;
        Types = types;
        _owns = owns;
        WholeAssembly = wholeAssembly;
    }

    public string Name { get; }

    public IReadOnlyList<Type> Types { get; }

    /// <summary>Set when the boundary is a whole assembly, whose attributes and global members are scanned too.</summary>
    public Assembly? WholeAssembly { get; }

    public bool Owns(Type type) => _owns(type);

    public static ModuleBoundary ForAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new ModuleBoundary(assembly.GetName().Name!, assembly.GetTypes(), t => t.Assembly == assembly, assembly);
    }

    public static ModuleBoundary ForNamespace(Assembly assembly, string ns)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        bool Owns(Type t) => t.Assembly == assembly && t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal));
        return new ModuleBoundary(ns, assembly.GetTypes().Where(Owns).ToList(), Owns, null);
    }

    public override string ToString() => Name;
}

/// <summary>What a module may show to others (ARCHITECTURE.md: "each module exposes only a small public contract").</summary>
internal static class ModuleContract
{
    /// <summary>A public type in a <c>*.Contracts</c> namespace (or one nested in it).</summary>
    public static bool IsContract(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsVisible && IsInContractsNamespace(type);
    }

    public static bool IsInContractsNamespace(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Namespace is { } ns
            && (ns.EndsWith(".Contracts", StringComparison.Ordinal) || ns.Contains(".Contracts.", StringComparison.Ordinal));
    }

    /// <summary>The class that implements <see cref="ILounbModule"/>; the host lists it, so it is public.</summary>
    public static bool IsModuleClass(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type is { IsClass: true, IsAbstract: false } && typeof(ILounbModule).IsAssignableFrom(type);
    }
}
