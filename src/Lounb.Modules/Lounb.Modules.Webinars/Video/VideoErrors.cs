using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Webinars.Video;

/// <summary>The Ukrainian messages of the video rooms (the provider, its server, presence and links).</summary>
internal static class VideoErrors
{
    /// <summary>The code of a failure of the video server (answered 502 by the JSON API).</summary>
    public const string UnavailableCode = "unavailable";

    public static Error NoPlatformRooms { get; } = Error.Conflict("Відеокімнати платформи не налаштовано: заняття проходять за зовнішнім посиланням (Zoom, Meet, Teams тощо), яке дає організатор.");

    public static Error ExternalLinkEvent { get; } = Error.Conflict("Ця подія проходить за зовнішнім посиланням: відкрийте його кнопкою на сторінці кімнати.");

    public static Error NoExternalLink { get; } = Error.Conflict("Організатор ще не додав посилання на заняття. Зазирніть сюди трохи пізніше.");

    public static Error PlatformRoomEvent { get; } = Error.Conflict("Ця подія проходить у відеокімнаті платформи, а не за зовнішнім посиланням.");

    public static Error PresenceNotUsed { get; } = Error.Conflict("Для цієї кімнати присутність фіксує відеосервер, а не сторінка.");

    public static Error BadPresence { get; } = Error.Validation("Некоректний сигнал присутності: потрібні kind (joined або left), signalId і tab у форматі UUID.");

    public static Error NotSupported { get; } = Error.Conflict("Цей відеосервіс не дає платформі керувати кімнатою: скористайтеся його власним інтерфейсом.");

    public static Error ServerUnreachable { get; } = new(ErrorKind.Unavailable, UnavailableCode, "Не вдалося з'єднатися з відеосервером. Перевірте, що він працює, і спробуйте ще раз.");

    public static Error ServerFailed { get; } = new(ErrorKind.Unavailable, UnavailableCode, "Відеосервер тимчасово не відповідає як слід. Спробуйте за хвилину.");

    public static Error ServerRefusedKey { get; } = new(ErrorKind.Unavailable, UnavailableCode, "Відеосервер не прийняв ключ платформи: адміністратор має перевірити ApiKey і ApiSecret у налаштуваннях LiveKit.");

    public static Error ServerRefusedRequest { get; } = new(ErrorKind.Unavailable, UnavailableCode, "Відеосервер не прийняв запит платформи (некоректні дані кімнати).");

    public static Error ServerBusy { get; } = new(ErrorKind.Unavailable, UnavailableCode, "Відеосервер перевантажений або вичерпано ліміт кімнат. Спробуйте пізніше.");

    public static Error RoomNotOnServer { get; } = Error.Conflict("Кімнати на відеосервері зараз немає: сесію ще не почато або вже завершено.");
}
