using Lounb.Modules.Core.Identity;

namespace Lounb.Modules.Reports.Domain;

/// <summary>The audience a fact's person belongs to: library staff, or citizens by age group.</summary>
internal static class ReportAudience
{
    public const string Librarian = "librarian";
    public const string Child = "child";
    public const string Teen = "teen";
    public const string Adult = "adult";
    public const string Senior = "senior";
    public const string CitizenUnknownAge = "citizen";

    /// <summary>Every audience with its Ukrainian name, in the order the filter lists them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new(Librarian, "Бібліотечні фахівці"),
        new(Child, "Діти 8–13"),
        new(Teen, "Підлітки 14–17"),
        new(Adult, "Дорослі 18–59"),
        new(Senior, "Старші 60+"),
        new(CitizenUnknownAge, "Громадяни (вік не вказано)"),
    ];

    public static bool IsKnown(string? code) => code is not null && All.Any(a => a.Key == code);

    public static string Of(PersonKind kind, AgeGroup? age) => kind == PersonKind.Librarian ? Librarian : age switch
    {
        AgeGroup.Child8To13 => Child,
        AgeGroup.Teen14To17 => Teen,
        AgeGroup.Adult18To59 => Adult,
        AgeGroup.Senior60Plus => Senior,
        _ => CitizenUnknownAge,
    };
}
