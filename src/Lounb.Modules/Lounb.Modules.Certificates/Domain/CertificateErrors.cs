using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Certificates.Domain;

/// <summary>Every refusal of the Certificates module (codes <c>Certificates:&lt;Name&gt;</c>).</summary>
internal static class CertificateErrors
{
    private static readonly ErrorCodes Define = new("Certificates");

    public static readonly Error NotFound = Define.NotFound("Сертифікат не знайдено.");
    public static readonly Error ReasonRequired = Define.Invalid($"Вкажіть причину відкликання (до {CertificateLimits.RevocationReasonLength} символів).");
    public static readonly Error AlreadyRevoked = Define.Conflict("Сертифікат уже відкликано.");

    public static readonly Error HolderNameInvalid =
        Define.Invalid($"Вкажіть виправлене ім'я (від {CertificateLimits.HolderNameMinLength} до {CertificateLimits.HolderNameLength} символів).");

    public static readonly Error ManualIssueInvalid =
        Define.Invalid($"Вкажіть, за що видано сертифікат (до {CertificateLimits.TitleLength} символів), і кількість годин від 0 до {CertificateLimits.MaxHours}.");

    /// <summary>The e-mail typed on the form names nobody within the staff member's reach: the form says so (it is the input that is wrong).</summary>
    public static readonly Error HolderNotFound = Define.Invalid("Людину з такою електронною адресою не знайдено у ваших повноваженнях.");

    /// <summary>Regional staff may not rotate the platform's signing key.</summary>
    public static readonly Error KeyRotationNational = Define.Forbidden("Ключ підпису може замінити лише адміністратор загальнодержавного рівня.");

    /// <summary>No completer of the run is within the staff member's oblasts: for them the run does not exist.</summary>
    public static readonly Error RunNotFound = Define.NotFound("Набір не знайдено або в ньому немає тих, хто завершив курс, у ваших повноваженнях.");

    public static readonly Error TemplateNotFound = Define.NotFound("Шаблон не знайдено.");
    public static readonly Error TemplateNameInvalid = Define.Invalid($"Вкажіть назву шаблону (до {CertificateLimits.TemplateNameLength} символів).");

    public static readonly Error TemplateTextsTooLong = Define.Invalid(
        $"Заголовок — до {CertificateLimits.TemplateTitleLength} символів, текст — до {CertificateLimits.TemplateBodyLength}, " +
        $"посада й ім'я підписанта — до {CertificateLimits.SignatoryLength}.");

    public static readonly Error ImageFileTooLarge = Define.Invalid($"Файл зображення більший за {CertificateLimits.ImageBytes / 1024} КБ.");
    public static readonly Error DefaultTemplateTaken = Define.Conflict("Типовий шаблон для цього виду вже є — відредагуйте його.");
    public static readonly Error GroupTemplateTaken = Define.Conflict("Для цього курсу чи тесту шаблон уже є — відредагуйте його.");
    public static readonly Error TemplateTaken = Define.Conflict("Шаблон для цього виду й курсу чи тесту вже є.");

    public static Error UnknownPlaceholder(string placeholder, string available) =>
        Define.Invalid($"Невідомий заповнювач {placeholder}. Доступні: {available}.");

    /// <param name="what">«Логотип» or «Підпис».</param>
    public static Error ImageTooLarge(string what) => Define.Invalid($"{what}: файл більший за {CertificateLimits.ImageBytes / 1024} КБ.");

    public static Error ImageNotPicture(string what) => Define.Invalid($"{what}: потрібне зображення PNG або JPEG.");

    /// <param name="noun">«курс», «тест» or «вебінар».</param>
    public static Error GroupOutOfReach(string noun) => Define.Invalid($"Оберіть {noun} зі списку: такого немає або він поза вашою областю. Шаблон не збережено.");
}
