namespace Lounb.Learning.Tests.Authorization;

/// <summary>Someone who calls the endpoints: a demo account (see DemoDataSeeder), or nobody signed in.</summary>
public sealed record Persona(string Name, string? Email)
{
    public const string Anonymous = "anon";

    /// <summary>Every persona of the matrix, the least trusted first (the table's <c>who</c> column uses these names in this order).</summary>
    public static IReadOnlyList<Persona> All { get; } =
    [
        new(Anonymous, null),
        new("learner", "slukhach@lounb.demo"),                 // a citizen learner of Luhansk
        new("librarian", "bibliotekar@lounb.demo"),            // a librarian of Luhansk
        new("trainer", "trener@lounb.demo"),                   // a trainer of Luhansk
        new("mentor", "mentor@lounb.demo"),                    // mentors the Luhansk and Dnipro hub coordinators
        new("coordinator", "koordynator2@lounb.demo"),         // coordinates a Luhansk hub
        new("meth-same", "metodyst.luhansk@lounb.demo"),       // methodologist of the world's oblast (Luhansk, UA-09)
        new("meth-other", "metodyst.cherkasy@lounb.demo"),     // methodologist of another oblast (Cherkasy, UA-71)
        new("meth-national", "metodyst@lounb.demo"),           // national methodologist
        new("admin", "admin@lounb.demo"),
    ];

    public static Persona Named(string name) =>
        All.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No persona «{name}»: use one of {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));
}
