using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Hubs.Domain;

/// <summary>Every refusal of the hubs module, with the Ukrainian message people see.</summary>
internal static class HubsErrors
{
    private static readonly ErrorCodes Define = new("Hubs");

    public static readonly Error HubNotFound = Define.NotFound("Хаб не знайдено.");
    public static readonly Error OblastOutOfScope = Define.Forbidden("Ця область поза вашими повноваженнями.");

    // ---- Monthly activity reports and digests (the reports' part of the module; keep this block at the end). ----
    public static readonly Error ReportNotFound = Define.NotFound("Звіт не знайдено.");
    public static readonly Error NotYourHub = Define.NotFound("Хаб не знайдено або ви не є його координатором.");
    public static readonly Error MonthInvalid = Define.Invalid("Оберіть рік і місяць звіту.");
    public static readonly Error FutureMonth = Define.Invalid("Звіт можна подати лише за поточний або минулий місяць.");
    public static readonly Error ReportExists = Define.Conflict("Звіт цього хабу за цей місяць уже є: відкрийте його зі списку звітів.");
    public static readonly Error ReportNotEditable = Define.Conflict("Звіт зараз на перевірці або вже затверджений: змінити його неможливо.");
    public static readonly Error ReportChanged = Define.Conflict("Звіт щойно змінили в іншому вікні: оновіть сторінку й повторіть.");
    public static readonly Error ReportNotSubmitted = Define.Conflict("Звіт не очікує перевірки.");
    public static readonly Error ReportNotApproved = Define.Conflict("Виправлення можна почати лише для затвердженого звіту.");
    public static readonly Error ReturnCommentRequired = Define.Invalid("Напишіть координаторові, що треба виправити.");
    public static readonly Error ReturnCommentTooLong = Define.Invalid($"Коментар задовгий: не більше {ReportLimits.CommentLength} символів.");
    public static readonly Error TooManyEvents = Define.Invalid($"У звіті може бути не більше {ReportLimits.MaxEvents} заходів.");
    public static readonly Error NotesTooLong = Define.Invalid($"Примітки задовгі: не більше {ReportLimits.NotesLength} символів.");
    public static Error EventTopicRequired(int row) => Define.Invalid($"Захід {row}: вкажіть тему.");
    public static Error EventTopicTooLong(int row) => Define.Invalid($"Захід {row}: тема задовга, не більше {ReportLimits.TopicLength} символів.");
    public static Error EventKindInvalid(int row) => Define.Invalid($"Захід {row}: оберіть вид заходу зі списку.");
    public static Error EventDateRequired(int row) => Define.Invalid($"Захід {row}: вкажіть дату.");
    public static Error EventDateOutsideMonth(int row, string month) => Define.Invalid($"Захід {row}: дата має бути в межах звітного місяця ({month}).");
    public static Error EventDateInFuture(int row) => Define.Invalid($"Захід {row}: дата ще не настала.");
    public static Error ParticipantsInvalid(int row) =>
        Define.Invalid($"Захід {row}: кількість учасників — ціле число від 0, разом не більше {ReportLimits.MaxParticipantsPerEvent:N0} на один захід.");
    public static Error ConsultationsInvalid(string service) =>
        Define.Invalid($"Консультації «{service}»: ціле число від 0 до {ReportLimits.MaxConsultationsPerService:N0}.");
    public static readonly Error DigestTitleRequired = Define.Invalid("Вкажіть заголовок дайджесту.");
    public static readonly Error DigestTitleTooLong = Define.Invalid($"Заголовок задовгий: не більше {ReportLimits.DigestTitleLength} символів.");
    public static readonly Error DigestBodyRequired = Define.Invalid("Напишіть текст дайджесту.");
    public static readonly Error DigestBodyTooLong = Define.Invalid($"Текст задовгий: не більше {ReportLimits.DigestBodyLength:N0} символів.");
    public static readonly Error DigestNotFound = Define.NotFound("Дайджест не знайдено.");
    public static readonly Error NationalDigestOutOfScope = Define.Forbidden("Дайджест для всіх областей може надіслати лише методист національного рівня.");
    public static readonly Error PeriodInvalid = Define.Invalid($"Період: місяць «з» не пізніше за місяць «по», не довше {ReportLimits.MaxDashboardMonths} місяців.");
    public static readonly Error LibraryRequired = Define.Invalid("Оберіть бібліотеку, якій належить хаб.");
    public static readonly Error NameRequired = Define.Invalid($"Вкажіть назву хабу (до {HubsLimits.NameLength} символів).");
    public static readonly Error AddressRequired = Define.Invalid($"Вкажіть адресу хабу (до {HubsLimits.AddressLength} символів).");
    public static readonly Error ContactTooLong = Define.Invalid($"Телефон і e-mail — до {HubsLimits.ContactLength} символів.");
    public static readonly Error EmailInvalid = Define.Invalid("E-mail хабу має містити «@».");
    public static readonly Error HoursTooLong = Define.Invalid($"Години роботи — до {HubsLimits.HoursLength} символів на день.");
    public static readonly Error TooMuchEquipment = Define.Invalid($"В інвентарі може бути до {HubsLimits.EquipmentItems} позицій.");
    public static readonly Error EquipmentTextTooLong = Define.Invalid($"Назва обладнання — до {HubsLimits.EquipmentNameLength} символів, примітка — до {HubsLimits.EquipmentNoteLength}.");

    public static Error EquipmentQuantityInvalid(string item) =>
        Define.Invalid($"Кількість «{item}» має бути цілим числом від 1 до {HubsLimits.EquipmentQuantity}.");

    public static readonly Error NotMobile = Define.Conflict("Маршрут має лише мобільний хаб: спершу змініть статус хабу на «Мобільний».");
    public static readonly Error StopIncomplete = Define.Invalid("Вкажіть місце, адресу та що пропонуєте на зупинці.");
    public static readonly Error StopTextTooLong = Define.Invalid("Задовгий текст зупинки: місце й громада — до 200 символів, адреса — до 300, пропозиція — до 2000.");
    public static readonly Error StopInPast = Define.Invalid("Зупинку не можна додати в минулому: оберіть сьогоднішню чи майбутню дату.");
    public static readonly Error StopEndsBeforeStart = Define.Invalid("Зупинка має закінчуватися пізніше, ніж починається.");

    public static Error StopOverlaps(string place, TimeOnly starts, TimeOnly ends) =>
        Define.Conflict($"Цього часу мобільний хаб уже стоїть у місці «{place}» ({starts:HH\\:mm}–{ends:HH\\:mm}).");

    public static readonly Error StopNotFound = Define.NotFound("Зупинку не знайдено.");

    public static readonly Error AssignmentOverlapsHistory = Define.Conflict("Нове призначення має починатися після початку й кінця попередніх: історію не переписують.");
    public static readonly Error NotACoordinator = Define.Invalid("Ця людина не має ролі «Координатор хабу».");
    public static readonly Error NotAMentor = Define.Invalid("Ця людина не має ролі «Ментор».");
    public static readonly Error DateRequired = Define.Invalid("Вкажіть дату початку.");

    public static readonly Error MenteeNotFound = Define.NotFound("Підопічного не знайдено.");
    public static readonly Error ReadOnlyMentee = Define.Forbidden("Менторство завершено: записи лише для перегляду.");
    public static readonly Error GoalTitleRequired = Define.Invalid($"Вкажіть мету (до {HubsLimits.NameLength} символів).");
    public static readonly Error GoalDateRequired = Define.Invalid("Вкажіть цільову дату мети.");
    public static readonly Error GoalNotFound = Define.NotFound("Мету не знайдено.");
    public static readonly Error SessionInFuture = Define.Invalid("Зустріч ще не відбулася: дата не може бути в майбутньому. Заплановану дату вкажіть як «наступну зустріч».");
    public static readonly Error DurationInvalid = Define.Invalid($"Тривалість — ціле число хвилин від 1 до {HubsLimits.SessionMinutes}.");
    public static readonly Error TopicsRequired = Define.Invalid($"Вкажіть теми зустрічі (теми й нотатки — до {HubsLimits.TextLength} символів).");
    public static readonly Error NextDateBeforeSession = Define.Invalid("Наступна зустріч має бути пізніше за цю.");
    public static readonly Error TooManyActions = Define.Invalid($"До {HubsLimits.ActionsPerSession} домовленостей на одну зустріч.");
    public static readonly Error ActionTextRequired = Define.Invalid($"Опишіть домовленість (до {HubsLimits.NameLength} символів) або залиште рядок порожнім.");
    public static readonly Error ActionDueBeforeSession = Define.Invalid("Термін домовленості не може бути раніше за дату зустрічі.");
    public static readonly Error ActionNotFound = Define.NotFound("Домовленість не знайдено.");

    public static Error CompetenceNotRated(string code, string name) => Define.Invalid($"Оцініть компетентність {code} «{name}».");

    public static readonly Error LevelOutOfScale = Define.Invalid("Рівень — ціле число від 1 до 8.");
}
