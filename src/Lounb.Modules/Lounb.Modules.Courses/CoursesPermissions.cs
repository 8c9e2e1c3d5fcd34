using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Security;

namespace Lounb.Modules.Courses;

internal static class CoursesPermissions
{
    public const string Author = "Courses.Author";
    public const string ManageRuns = "Courses.ManageRuns";
    public const string Assign = "Courses.Assign";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Author, "Створювати й редагувати курси (у межах своєї області)", [Roles.Administrator, Roles.Methodologist, Roles.Trainer]),
        new(ManageRuns, "Відкривати набори, схвалювати записи, бачити слухачів", [Roles.Administrator, Roles.Methodologist, Roles.Trainer]),
        new(Assign, "Записувати бібліотекарів області, громади чи бібліотеки на набір", [Roles.Administrator, Roles.Methodologist]),
    ];
}
