namespace Lounb.Modules.Core.Modules;

/// <summary>What a seeding run may do; resolved by modules in <see cref="ILounbModule.SeedAsync"/>.</summary>
/// <param name="IncludeDemoData">True only outside Production when demo data is switched on.</param>
public sealed record SeedContext(bool IncludeDemoData);
