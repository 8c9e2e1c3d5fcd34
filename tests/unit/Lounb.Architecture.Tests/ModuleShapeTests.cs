using System.Reflection;
using Lounb.Architecture.Tests.Boundaries;
using Lounb.Learning.Hosting;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Architecture.Tests;

/// <summary>docs/architecture.md, "One layout": thin controllers, errors declared once a module, entities and their configurations where a newcomer looks.</summary>
public sealed class ModuleShapeTests
{
    private const BindingFlags AnyStatic = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Each module's assembly with its id and root namespace; the host stands for its Platform module.</summary>
    private static List<(string Id, Assembly Assembly, string Root)> Modules() =>
        HostModules.Create()
            .Where(m => m.GetType().Assembly != typeof(ILounbModule).Assembly)
            .GroupBy(m => m.GetType().Assembly)
            .Select(g => (g.First().Id, g.Key, g.Key.GetName().Name!))
            .ToList();

    private static IEnumerable<Type> TypesOf(Assembly assembly) => ModuleBoundary.ForAssembly(assembly).Types;

    private static bool IsController(Type type) => typeof(ControllerBase).IsAssignableFrom(type) && !type.IsAbstract;

    /// <summary>The controller a type belongs to: itself, or the controller its lambda closure or async state machine is nested in.</summary>
    private static Type? ControllerOf(Type type)
    {
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            if (IsController(current))
            {
                return current;
            }
        }

        return null;
    }

    [Fact]
    public void Controllers_HoldNoDbContext_TheyCallApplicationServices()
    {
        var violations = Modules()
            .SelectMany(m => TypesOf(m.Assembly))
            .Where(t => ControllerOf(t) is not null)
            .SelectMany(TypeReferences.Of)
            .Where(r => typeof(DbContext).IsAssignableFrom(r.Type) || (r.Type.IsGenericType && r.Type.GetGenericTypeDefinition() == typeof(DbSet<>)))
            .Select(r => r.Site)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(violations.Count == 0, "Controllers reading the database themselves (move the query into an application service):\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Errors_EachModuleDeclaresThemInOneDomainClass_WithModuleCodes()
    {
        var problems = new List<string>();
        foreach (var (id, assembly, root) in Modules())
        {
            var declaring = TypesOf(assembly)
                .Where(t => t.DeclaringType is null && TypeReferences.Of(t).Any(r => r.Type == typeof(ErrorCodes)))
                .ToList();
            if (declaring.Count > 1)
            {
                problems.Add($"{id}: errors declared in {string.Join(", ", declaring.Select(t => t.FullName))}; keep one {id}Errors in {root}.Domain");
            }

            foreach (var type in declaring.Where(t => t.Namespace != $"{root}.Domain" || !t.Name.EndsWith("Errors", StringComparison.Ordinal)))
            {
                problems.Add($"{id}: {type.FullName} declares errors; they belong in {root}.Domain.<Name>Errors");
            }

            foreach (var field in declaring.SelectMany(t => t.GetFields(AnyStatic)).Where(f => f.FieldType == typeof(Error)))
            {
                var error = (Error)field.GetValue(null)!;
                if (error.Code != $"{id}:{field.Name}")
                {
                    problems.Add($"{id}: {field.DeclaringType!.Name}.{field.Name} has code «{error.Code}», expected «{id}:{field.Name}»");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Errors_AreMadeOnlyThroughErrorCodes_NoModuleBuildsOneByHand()
    {
        var violations = Modules()
            .SelectMany(m => TypesOf(m.Assembly))
            .SelectMany(TypeReferences.Of)
            .Where(r => r.Type == typeof(Error) && r.Site.Contains(": newobj", StringComparison.Ordinal))
            .Select(r => r.Site)
            .Distinct()
            .ToList();

        Assert.True(violations.Count == 0, "Errors built outside ErrorCodes (declare them in the module's Errors class):\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Layout_ControllersLiveInTheirArea_EntityConfigurationsInData_EntitiesInDomain()
    {
        var problems = new List<string>();
        foreach (var (id, assembly, root) in Modules())
        {
            foreach (var type in TypesOf(assembly).Where(t => t.DeclaringType is null))
            {
                var ns = type.Namespace ?? "";
                if (IsController(type) && !ns.StartsWith($"{root}.Areas.", StringComparison.Ordinal) && ns != $"{root}.Controllers")
                {
                    problems.Add($"{id}: controller {type.FullName} outside {root}.Areas.<Area>.Controllers");
                }

                foreach (var entity in type.GetInterfaces()
                             .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
                             .Select(i => i.GetGenericArguments()[0]))
                {
                    if (ns != $"{root}.Data")
                    {
                        problems.Add($"{id}: model configuration {type.FullName} outside {root}.Data");
                    }

                    if (entity.Assembly == assembly && entity.Namespace != $"{root}.Domain")
                    {
                        problems.Add($"{id}: entity {entity.FullName} outside {root}.Domain");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
