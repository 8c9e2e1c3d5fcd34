using System.Reflection;
using Lounb.Architecture.Tests.Boundaries;
using Lounb.Architecture.Tests.Fixtures.Alpha;
using Lounb.Architecture.Tests.Fixtures.Alpha.Contracts;
using Lounb.Architecture.Tests.Fixtures.Leaky;
using Lounb.Architecture.Tests.Fixtures.Leaky.Domain;

namespace Lounb.Architecture.Tests;

/// <summary>The checker run on fake modules in this assembly: it must catch every way one module can reach into another.</summary>
public sealed class ModuleBoundaryCheckerTests
{
    private const string FixtureNamespace = "Lounb.Architecture.Tests.Fixtures";

    public static TheoryData<string, string, string> BadConsumers => new()
    {
        { "UsesBaseType", "Secret", ": base type" },
        { "UsesInterface", "ISecretPort", ": interface" },
        { "UsesFieldType", "Secret", ": field type" },
        { "UsesMethodSignature", "Secret", ".Run: parameter secret" },
        { "UsesGenericConstraint", "Secret", ": constraint on T" },
        { "UsesNewObjInBody", "Secret", ".Run: newobj at IL_" },
        { "UsesStaticCallInBody", "Secret", ".Run: call at IL_" },
        { "UsesStaticFieldInBody", "Secret", ".Run: ldsfld at IL_" },
        { "UsesTypeofInBody", "Secret", ".Run: ldtoken at IL_" },
        { "UsesTypeTestInBody", "Secret", ".Run: isinst at IL_" },
        { "UsesGenericArgumentInBody", "Secret", ".Run: newobj at IL_" },
        { "UsesGenericMethodInBody", "Secret", ".Run: call at IL_" },
        { "UsesLambda", "Secret", "+<>c.<Run>b__" },
        { "UsesAsyncStateMachine", "Secret", "d__0.MoveNext: call at IL_" },
        { "UsesCatchClause", "SecretException", ".Run: catch clause" },
        { "UsesAttribute", "SecretMarkerAttribute", ": attribute" },
        { "UsesTypeofInAttribute", "Secret", ": attribute (typeof)" },
        { "UsesModuleClass", "AlphaModule", ".Run: newobj at IL_" },
    };

    [Theory]
    [MemberData(nameof(BadConsumers))]
    public void CrossModuleViolations_ConsumerReachesIntoAnotherModule_ReportsTypeAndSite(string consumer, string typeName, string site)
    {
        var violations = ModuleBoundaryChecker.CrossModuleViolations([Fixture("Alpha"), Fixture(consumer)]);

        Assert.Contains(violations, v =>
            v.Consumer == $"{FixtureNamespace}.{consumer}"
            && v.Provider == $"{FixtureNamespace}.Alpha"
            && v.Type.Name == typeName
            && v.Site.Contains(site, StringComparison.Ordinal));
        Assert.All(violations, v => Assert.Equal($"{FixtureNamespace}.{consumer}", v.Consumer));
    }

    [Fact]
    public void CrossModuleViolations_ConsumerUsesOnlyContracts_ReportsNothing()
    {
        var consumer = Fixture("UsesContractsOnly");
        var named = consumer.Types.SelectMany(TypeReferences.Of).Select(r => r.Type).ToHashSet();

        var violations = ModuleBoundaryChecker.CrossModuleViolations([Fixture("Alpha"), consumer]);

        Assert.Contains(typeof(IAlphaDirectory), named);
        Assert.Contains(typeof(AlphaCreated), named);
        Assert.Empty(violations);
    }

    [Fact]
    public void CrossModuleViolations_AllFixturesTogether_ReportsEveryBadConsumerAndNoOther()
    {
        var bad = BadConsumers.Select(row => (string)row[0]).ToList();
        var modules = bad.Append("UsesContractsOnly").Prepend("Alpha").Select(Fixture).ToList();

        var violations = ModuleBoundaryChecker.CrossModuleViolations(modules);

        Assert.Equal(
            bad.Select(b => $"{FixtureNamespace}.{b}").Order(StringComparer.Ordinal),
            violations.Select(v => v.Consumer).Distinct().Order(StringComparer.Ordinal));
        Assert.All(violations, v => Assert.Equal($"{FixtureNamespace}.Alpha", v.Provider));
    }

    [Fact]
    public void ReferenceViolations_HostRuleAllowsModuleClass_ReportsNothingForModuleClass()
    {
        var violations = ModuleBoundaryChecker.ReferenceViolations(
            Fixture("UsesModuleClass"),
            [Fixture("Alpha")],
            t => ModuleContract.IsContract(t) || ModuleContract.IsModuleClass(t));

        Assert.Empty(violations);
    }

    [Fact]
    public void PublicSurfaceViolations_ModuleExposesNonContractTypes_ReportsExactlyThose()
    {
        var violations = ModuleBoundaryChecker.PublicSurfaceViolations(Fixture("Leaky"));

        Assert.Equal([typeof(Leaked), typeof(LeakyModule.NestedOptions)], violations);
    }

    [Fact]
    public void PublicSurfaceViolations_ModuleShowsOnlyModuleClassAndContracts_ReportsNothing()
    {
        var alpha = Fixture("Alpha");

        Assert.Contains(alpha.Types, t => t.IsVisible && t != typeof(AlphaModule));
        Assert.Empty(ModuleBoundaryChecker.PublicSurfaceViolations(alpha));
    }

    private static ModuleBoundary Fixture(string name) =>
        ModuleBoundary.ForNamespace(Assembly.GetExecutingAssembly(), $"{FixtureNamespace}.{name}");
}
