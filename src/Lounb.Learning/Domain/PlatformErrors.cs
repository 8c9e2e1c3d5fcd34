using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Results;
using Lounb.Modules.Core.Security;

namespace Lounb.Learning.Domain;

/// <summary>Every refusal of the host's Platform module: people and roles, the organisation tree, the nodes' coordination (codes <c>Platform:&lt;Name&gt;</c>).</summary>
internal static class PlatformErrors
{
    private static readonly ErrorCodes Define = new("Platform");

    // People and roles.
    public static readonly Error PersonNotFound = Define.NotFound("Людину не знайдено.");
    public static readonly Error NotAllowed = Define.Forbidden("Недостатньо прав.");
    public static readonly Error UnknownRole = Define.Invalid("Невідома роль.");
    public static readonly Error UnknownOblast = Define.Invalid("Невідома область.");
    public static readonly Error RolesOnlyInYourOblast = Define.Forbidden("Ви можете надавати ролі лише в межах своєї області.");
    public static readonly Error OblastBeyondYourReach = Define.Forbidden("Ця область поза вашими повноваженнями.");
    public static readonly Error LastNationalAdministrator = Define.Conflict("Це останній адміністратор загальнодержавного рівня: спершу надайте цю роль комусь іншому.");
    public static readonly Error CannotLockYourself = Define.Invalid("Не можна заблокувати себе.");

    // The organisation tree.
    public static readonly Error OblastNotFound = Define.NotFound("Область не знайдено або вона поза вашими повноваженнями.");
    public static readonly Error HromadaNotFound = Define.NotFound("Громаду не знайдено або вона поза вашими повноваженнями.");
    public static readonly Error LibraryNotFound = Define.NotFound("Бібліотеку не знайдено або вона поза вашими повноваженнями.");
    public static readonly Error DepartmentNotFound = Define.NotFound("Відділ не знайдено.");
    public static readonly Error HromadaNameInvalid = Define.Invalid($"Вкажіть назву громади (до {OrganisationLimits.HromadaNameLength} символів).");
    public static readonly Error LibraryNameInvalid = Define.Invalid($"Вкажіть назву бібліотеки (до {OrganisationLimits.LibraryNameLength} символів).");
    public static readonly Error LibraryShortNameTooLong = Define.Invalid($"Скорочена назва задовга: не більше {OrganisationLimits.LibraryShortNameLength} символів.");
    public static readonly Error LibraryAddressTooLong = Define.Invalid($"Адреса задовга: не більше {OrganisationLimits.LibraryAddressLength} символів.");

    public static readonly Error DepartmentInvalid = Define.Invalid(
        $"Вкажіть назву відділу (до {OrganisationLimits.DepartmentNameLength} символів) і, за бажання, скорочення (до {OrganisationLimits.DepartmentAbbreviationLength} символів).");

    // Backups.
    public static readonly Error BackupsOff = Define.Conflict(
        "Резервне копіювання вимкнене. Увімкніть його в налаштуваннях сервера: Lounb:Backup:Enabled = true і Lounb:Backup:Folder (docs/deployment.md).");

    public static Error RoleBeyondYourReach(string role) => Define.Forbidden($"Ця людина має роль «{Roles.DisplayName(role)}» ширшу за ваші повноваження.");

    public static Error RoleNationalOnly(string role) => Define.Forbidden($"Роль «{Roles.DisplayName(role)}» може надати лише адміністратор загальнодержавного рівня.");

    public static Error RoleAlreadyHeld(string role) => Define.Conflict($"Людина вже має роль «{Roles.DisplayName(role)}» з такою сферою дії.");

    /// <summary>Revoking a role the person does not hold: the page is still right, only the button was stale.</summary>
    public static Error RoleNotHeld(string role) => Define.Conflict($"Людина не має ролі «{Roles.DisplayName(role)}».");

    public static Error HromadaTaken(string name) => Define.Conflict($"Громада «{name}» у цій області вже є.");

    public static Error LibraryTaken(string name) => Define.Conflict($"Бібліотека «{name}» у цій громаді вже є.");

    public static Error DepartmentTaken(string name) => Define.Conflict($"Відділ «{name}» уже є.");

    public static Error LibraryEmailInvalid(string email) => Define.Invalid($"«{email}» не схоже на адресу електронної пошти.");

    // Several app nodes (Redis).

    /// <summary>Temporary (503): the live panel shows it and keeps trying until Redis answers again.</summary>
    public static readonly Error BackplaneUnavailable =
        Define.Unavailable("Сервер тимчасово не може передавати повідомлення між вузлами. Відновлюємо з’єднання…");
}
