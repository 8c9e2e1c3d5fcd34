namespace Lounb.Modules.Core.Security;

/// <summary>The platform's default roles. Staff roles carry a scope: national or one oblast.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Methodologist = nameof(Methodologist);
    public const string Trainer = nameof(Trainer);
    public const string Mentor = nameof(Mentor);
    public const string HubCoordinator = nameof(HubCoordinator);
    public const string Librarian = nameof(Librarian);
    public const string Learner = nameof(Learner);

    public static IReadOnlyList<string> All { get; } =
        [Administrator, Methodologist, Trainer, Mentor, HubCoordinator, Librarian, Learner];

    /// <summary>Roles whose scope (national or one oblast) limits what they see.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Administrator, Methodologist, Trainer, Mentor, HubCoordinator];

    /// <summary>Roles that must use two-factor sign-in when <c>Lounb:Security:RequireStaff2fa</c> is on.</summary>
    public static IReadOnlyList<string> RequiringTwoFactor { get; } = [Administrator, Methodologist];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Адміністратор",
        Methodologist => "Методист",
        Trainer => "Тренер",
        Mentor => "Ментор",
        HubCoordinator => "Координатор хабу",
        Librarian => "Бібліотекар",
        Learner => "Слухач",
        _ => role,
    };
}
