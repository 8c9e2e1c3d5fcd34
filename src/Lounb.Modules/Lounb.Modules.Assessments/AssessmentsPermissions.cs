using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Assessments;

internal static class AssessmentsPermissions
{
    public const string Author = "Assessments.Author";
    public const string Grade = "Assessments.Grade";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Author, "Вести банк питань, імпортувати й експортувати, складати тести (у межах своєї області)", [Roles.Administrator, Roles.Methodologist, Roles.Trainer]),
        new(Grade, "Оцінювати есе, бачити результати й статистику тестів, перераховувати оцінки", [Roles.Administrator, Roles.Methodologist, Roles.Trainer]),
    ];
}
