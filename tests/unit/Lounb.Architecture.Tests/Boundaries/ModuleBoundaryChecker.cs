namespace Lounb.Architecture.Tests.Boundaries;

/// <summary>A module naming a type of another module that the other does not offer.</summary>
internal sealed record BoundaryViolation(string Consumer, string Provider, Type Type, string Site)
{
    public override string ToString() => $"{Consumer} uses {Provider}'s non-contract type {Type.FullName} ({Site})";
}

/// <summary>The module-boundary rules of ARCHITECTURE.md, checked by plain reflection.</summary>
internal static class ModuleBoundaryChecker
{
    /// <summary>Public types other than the module class and <c>*.Contracts</c> types.</summary>
    /// <remarks>
    /// No exception for Razor views: the SDK compiles them as internal classes in AspNetCoreGeneratedDocument
    /// (checked on Lounb.Modules.Pages), so they never show up here.
    /// </remarks>
    public static IReadOnlyList<Type> PublicSurfaceViolations(ModuleBoundary module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.Types
            .Where(t => t.IsVisible && !ModuleContract.IsModuleClass(t) && !ModuleContract.IsInContractsNamespace(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every module against every other: only contracts may cross.</summary>
    public static IReadOnlyList<BoundaryViolation> CrossModuleViolations(IReadOnlyList<ModuleBoundary> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        return modules
            .SelectMany(m => ReferenceViolations(m, modules.Where(o => !ReferenceEquals(o, m)), ModuleContract.IsContract))
            .ToList();
    }

    /// <summary>Types of <paramref name="providers"/> that <paramref name="consumer"/> names although <paramref name="allowed"/> says no.</summary>
    public static IReadOnlyList<BoundaryViolation> ReferenceViolations(ModuleBoundary consumer, IEnumerable<ModuleBoundary> providers, Func<Type, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(allowed);
        var others = providers.ToList();
        var references = consumer.Types.SelectMany(TypeReferences.Of);
        if (consumer.WholeAssembly is { } assembly)
        {
            references = references.Concat(TypeReferences.OfAssemblyLevel(assembly));
        }

        var violations = new List<BoundaryViolation>();
        var seen = new HashSet<(Type, string)>();
        foreach (var reference in references)
        {
            if (consumer.Owns(reference.Type) || allowed(reference.Type) || !seen.Add((reference.Type, reference.Site)))
            {
                continue;
            }

            var provider = others.FirstOrDefault(o => o.Owns(reference.Type));
            if (provider is not null)
            {
                violations.Add(new BoundaryViolation(consumer.Name, provider.Name, reference.Type, reference.Site));
            }
        }

        return violations;
    }
}
