using System.Globalization;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Webinars.Domain;

/// <summary>Every refusal of the Webinars module: its kind, its code (<c>Webinars:Name</c>) and the Ukrainian message people see.</summary>
internal static class WebinarErrors
{
    private static readonly ErrorCodes Define = new("Webinars");

    // --- events and access ---------------------------------------------------------------------------------

    public static readonly Error EventNotFound = Define.NotFound("Подію не знайдено.");

    public static readonly Error NotYours = Define.Invalid("Ця подія поза вашою областю.");

    public static readonly Error NationalEventsForNationalStaff = Define.Invalid("Загальнонаціональні події планують лише методисти національного рівня. Оберіть свою область.");

    public static readonly Error NotModerator = Define.Forbidden("Лише ведучі й модератори події можуть це робити.");

    public static readonly Error NotRegistered = Define.Forbidden("Ви не зареєстровані на цю подію (або реєстрацію ще не підтверджено).");

    public static readonly Error Cancelled = Define.Conflict("Подію скасовано.");

    public static readonly Error AlreadyOver = Define.Conflict("Подія вже завершилася.");

    public static readonly Error StalePage = Define.Invalid("Сторінка застаріла: оновіть її й спробуйте ще раз.");

    public static Error NotOpenYet(string opensAt) => Define.Conflict($"Кімната відкриється {opensAt}.");

    // --- scheduling --------------------------------------------------------------------------------------------

    public static readonly Error InThePast = Define.Invalid("Не можна призначити подію на час, що вже минув.");

    public static readonly Error TitleLength = Define.Invalid($"Назва — від {WebinarLimits.TitleMinLength} до {WebinarLimits.TitleLength} символів.");

    public static readonly Error NoStart = Define.Invalid("Вкажіть дату й час початку (за київським часом).");

    public static readonly Error NoSuchLocalTime = Define.Invalid("Такого часу немає: цієї години переводять годинник. Оберіть інший час.");

    public static Error NoSuchLocalTimeOn(DateTime local) => Define.Invalid($"{local:dd.MM.yyyy HH:mm} — такого часу немає (цієї години переводять годинник). Оберіть інший час.");

    public static readonly Error Duration = Define.Invalid($"Тривалість — від {WebinarLimits.MinDurationMinutes} до {WebinarLimits.MaxDurationMinutes} хвилин.");

    public static readonly Error Capacity = Define.Invalid($"Кількість місць — від 1 до {Thousands(WebinarLimits.MaxCapacity)} (або залиште порожнім: без обмежень).");

    public static readonly Error NoVideoServer = Define.Invalid("Відеосервер не налаштовано, тож кімнати на платформі недоступні. Оберіть зовнішнє посилання (Zoom, Meet, Teams…).");

    public static readonly Error ExternalUrlNeeded = Define.Invalid("Для зовнішньої кімнати вкажіть посилання, що починається з https:// (Zoom, Meet, Teams…).");

    public static readonly Error RecordingUrl = Define.Invalid("Посилання на запис має починатися з https://.");

    public static readonly Error LocationNeeded = Define.Invalid("Для гібридної події вкажіть місце: хаб або бібліотеку з адресою.");

    public static readonly Error LocationLength = Define.Invalid($"Місце — не довше {WebinarLimits.LocationLength} символів.");

    public static readonly Error CourseRunNeeded = Define.Invalid("Для заняття курсу оберіть набір курсу.");

    public static readonly Error NoSuchCourseRun = Define.Invalid("Такого набору курсу немає або його закрито.");

    public static readonly Error DescriptionLength = Define.Invalid($"Опис і матеріали — не довше {Thousands(WebinarLimits.DescriptionLength)} символів кожне.");

    public static readonly Error HostNameLength = Define.Invalid($"Ім'я або e-mail ведучого — не довше {WebinarLimits.PersonNameLength} символів.");

    public static Error ModeratorNeedsEmail(string text) => Define.Invalid($"«{text}»: модератора вказують e-mail-адресою його облікового запису.");

    public static Error NoAccountWithEmail(string email) => Define.Invalid($"Користувача з адресою {email} не знайдено. Гостя-спікера впишіть ім'ям, без e-mail.");

    public static readonly Error CancellationReason = Define.Invalid($"Вкажіть причину скасування (до {WebinarLimits.CancellationReasonLength} символів): її побачать зареєстровані.");

    // --- series ------------------------------------------------------------------------------------------------

    public static readonly Error NoDates = Define.Invalid("За цим правилом повторення не виходить жодної дати. Перевірте день тижня, кінцеву дату або кількість.");

    public static Error TooManyOccurrences(int max) => Define.Invalid($"За цим правилом виходить понад {max} дат. Вкажіть кінцеву дату або меншу кількість.");

    public static readonly Error SeriesInterval = Define.Invalid($"Інтервал повторення — від 1 до {WebinarLimits.MaxSeriesInterval}.");

    public static readonly Error SeriesEndNeeded = Define.Invalid("Вкажіть, коли серія закінчується: дату або кількість зустрічей.");

    public static readonly Error SeriesCount = Define.Invalid("Кількість зустрічей — щонайменше 1.");

    public static readonly Error WeekdayNeeded = Define.Invalid("Оберіть хоча б один день тижня.");

    public static readonly Error MonthlyOrdinalNeeded = Define.Invalid("Оберіть, який це день місяця: перший, другий, третій, четвертий чи останній.");

    // --- registration ------------------------------------------------------------------------------------------

    public static readonly Error NotInCohort = Define.Forbidden("Реєстрація лише для слухачів цього набору курсу.");

    public static readonly Error RegistrationClosed = Define.Conflict("Реєстрацію закрито: подія вже почалася або завершилася.");

    public static readonly Error NoRegistrationToCancel = Define.NotFound("Ви не зареєстровані на цю подію.");

    public static readonly Error RequestNotFound = Define.NotFound("Заявку не знайдено.");

    public static readonly Error RequestAlreadyDecided = Define.Conflict("Цю заявку вже розглянуто.");

    // --- attendance --------------------------------------------------------------------------------------------

    public static Error AttendanceNotOpenYet(string opensAt) =>
        Define.Conflict($"Відмічати присутність і виправляти відвідування можна, коли відкриється кімната події: {opensAt}.");

    public static readonly Error CorrectedMinutes = Define.Invalid($"Хвилини мають бути від 0 до {WebinarLimits.MaxCorrectedMinutes}.");

    public static readonly Error CorrectionNoteLength = Define.Invalid($"Примітка задовга: не більше {WebinarLimits.CorrectionNoteLength} символів.");

    // --- live room ---------------------------------------------------------------------------------------------

    public static readonly Error Muted = Define.Forbidden("Модератор вимкнув вам можливість писати в цій події.");

    public static readonly Error EmptyText = Define.Invalid("Напишіть текст повідомлення.");

    public static Error TextTooLong(int max) => Define.Invalid($"Повідомлення задовге: не більше {max} символів.");

    public static readonly Error NoHtml = Define.Invalid("HTML-розмітка в чаті не підтримується: напишіть звичайний текст.");

    public static Error TooFast(int perMinute) => Define.Invalid($"Забагато повідомлень поспіль: не більше {perMinute} на хвилину. Зачекайте трохи й надішліть ще раз.");

    public static readonly Error MessageNotFound = Define.NotFound("Повідомлення не знайдено.");

    public static readonly Error QuestionNotFound = Define.NotFound("Запитання не знайдено.");

    public static readonly Error PollNotFound = Define.NotFound("Опитування не знайдено.");

    public static readonly Error PollClosed = Define.Conflict("Опитування вже закрито.");

    public static readonly Error NoSuchOption = Define.Invalid("Такого варіанта відповіді немає.");

    public static readonly Error PollOptionCount = Define.Invalid($"Опитування має від {WebinarLimits.MinPollOptions} до {WebinarLimits.MaxPollOptions} варіантів відповіді.");

    public static readonly Error PollOptionsRepeat = Define.Invalid("Варіанти відповіді не повинні повторюватися.");

    public static readonly Error CannotMuteSelf = Define.Invalid("Не можна вимкнути чат самому собі.");

    public static readonly Error CannotMuteHost = Define.Invalid("Ведучим події не можна вимкнути чат.");

    public static readonly Error PersonNotFound = Define.NotFound("Цієї людини немає серед учасників події.");

    // --- video rooms -------------------------------------------------------------------------------------------

    public static readonly Error NoPlatformRooms = Define.Conflict("Відеокімнати платформи не налаштовано: заняття проходять за зовнішнім посиланням (Zoom, Meet, Teams тощо), яке дає організатор.");

    public static readonly Error ExternalLinkEvent = Define.Conflict("Ця подія проходить за зовнішнім посиланням: відкрийте його кнопкою на сторінці кімнати.");

    public static readonly Error NoExternalLink = Define.Conflict("Організатор ще не додав посилання на заняття. Зазирніть сюди трохи пізніше.");

    public static readonly Error PlatformRoomEvent = Define.Conflict("Ця подія проходить у відеокімнаті платформи, а не за зовнішнім посиланням.");

    public static readonly Error PresenceNotUsed = Define.Conflict("Для цієї кімнати присутність фіксує відеосервер, а не сторінка.");

    public static readonly Error BadPresence = Define.Invalid("Некоректний сигнал присутності: потрібні kind (joined або left), signalId і tab у форматі UUID.");

    public static readonly Error NotSupported = Define.Conflict("Цей відеосервіс не дає платформі керувати кімнатою: скористайтеся його власним інтерфейсом.");

    public static readonly Error ServerUnreachable = Define.Unavailable("Не вдалося з'єднатися з відеосервером. Перевірте, що він працює, і спробуйте ще раз.");

    public static readonly Error ServerFailed = Define.Unavailable("Відеосервер тимчасово не відповідає як слід. Спробуйте за хвилину.");

    public static readonly Error ServerRefusedKey = Define.Unavailable("Відеосервер не прийняв ключ платформи: адміністратор має перевірити ApiKey і ApiSecret у налаштуваннях LiveKit.");

    public static readonly Error ServerRefusedRequest = Define.Unavailable("Відеосервер не прийняв запит платформи (некоректні дані кімнати).");

    public static readonly Error ServerBusy = Define.Unavailable("Відеосервер перевантажений або вичерпано ліміт кімнат. Спробуйте пізніше.");

    public static readonly Error NotTelegramUpdate = Define.Invalid("Очікується оновлення Telegram у форматі JSON.");

    public static readonly Error RoomNotOnServer = Define.Conflict("Кімнати на відеосервері зараз немає: сесію ще не почато або вже завершено.");

    /// <summary>A number as Ukrainian texts write it: 100 000.</summary>
    private static string Thousands(int number) => number.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ');
}
