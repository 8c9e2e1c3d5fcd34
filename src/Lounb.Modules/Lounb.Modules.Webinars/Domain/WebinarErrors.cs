using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Webinars.Domain;

/// <summary>The Ukrainian messages people see when a webinar action is refused.</summary>
internal static class WebinarErrors
{
    public static Error EventNotFound { get; } = Error.NotFound("Подію не знайдено.");

    public static Error NotYours { get; } = Error.Forbidden("Ця подія поза вашою областю.");

    public static Error NotModerator { get; } = Error.Forbidden("Лише ведучі й модератори події можуть це робити.");

    public static Error NotRegistered { get; } = Error.Forbidden("Ви не зареєстровані на цю подію (або реєстрацію ще не підтверджено).");

    public static Error Cancelled { get; } = Error.Conflict("Подію скасовано.");

    public static Error NotOpenYet(string opensAt) => Error.Conflict($"Кімната відкриється {opensAt}.");

    public static Error AttendanceNotOpenYet(string opensAt) =>
        Error.Conflict($"Відмічати присутність і виправляти відвідування можна, коли відкриється кімната події: {opensAt}.");

    public static Error AlreadyOver { get; } = Error.Conflict("Подія вже завершилася.");

    public static Error InThePast { get; } = Error.Validation("Не можна призначити подію на час, що вже минув.");

    public static Error NoDates { get; } = Error.Validation("За цим правилом повторення не виходить жодної дати. Перевірте день тижня, кінцеву дату або кількість.");

    public static Error TooManyOccurrences(int max) => Error.Validation($"За цим правилом виходить понад {max} дат. Вкажіть кінцеву дату або меншу кількість.");

    public static Error NotInCohort { get; } = Error.Forbidden("Реєстрація лише для слухачів цього набору курсу.");

    public static Error RegistrationClosed { get; } = Error.Conflict("Реєстрацію закрито: подія вже почалася або завершилася.");

    public static Error Muted { get; } = Error.Forbidden("Модератор вимкнув вам можливість писати в цій події.");

    public static Error TooFast { get; } = Error.Validation("Забагато повідомлень поспіль. Зачекайте хвилину.");

    public static Error EmptyText { get; } = Error.Validation("Напишіть текст повідомлення.");

    public static Error TextTooLong(int max) => Error.Validation($"Повідомлення задовге: не більше {max} символів.");
}
