using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Webinars.Live;

/// <summary>Ukrainian messages for refused live actions (the common ones are in <see cref="Domain.WebinarErrors"/>).</summary>
internal static class LiveErrors
{
    public static Error NoHtml { get; } = Error.Validation("HTML-розмітка в чаті не підтримується: напишіть звичайний текст.");

    public static Error MessageNotFound { get; } = Error.NotFound("Повідомлення не знайдено.");

    public static Error QuestionNotFound { get; } = Error.NotFound("Запитання не знайдено.");

    public static Error PollNotFound { get; } = Error.NotFound("Опитування не знайдено.");

    public static Error PollClosed { get; } = Error.Conflict("Опитування вже закрито.");

    public static Error NoSuchOption { get; } = Error.Validation("Такого варіанта відповіді немає.");

    public static Error PollOptionCount(int min, int max) => Error.Validation($"Опитування має від {min} до {max} варіантів відповіді.");

    public static Error PollOptionsRepeat { get; } = Error.Validation("Варіанти відповіді не повинні повторюватися.");

    public static Error CannotMuteSelf { get; } = Error.Validation("Не можна вимкнути чат самому собі.");

    public static Error CannotMuteHost { get; } = Error.Validation("Ведучим події не можна вимкнути чат.");

    public static Error PersonNotFound { get; } = Error.NotFound("Цієї людини немає серед учасників події.");

    public static Error TooFast(int perMinute) => Error.Validation($"Забагато повідомлень поспіль: не більше {perMinute} на хвилину. Зачекайте трохи й надішліть ще раз.");
}
