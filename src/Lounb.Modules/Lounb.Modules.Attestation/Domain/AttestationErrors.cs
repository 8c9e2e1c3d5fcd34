using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Attestation.Domain;

/// <summary>Every refusal of the attestation module, with the Ukrainian message people see.</summary>
internal static class AttestationErrors
{
    private static readonly ErrorCodes Define = new("Attestation");

    // Campaigns.
    public static readonly Error CampaignNotFound = Define.NotFound("Атестаційну кампанію не знайдено.");
    public static readonly Error NameRequired = Define.Invalid("Вкажіть назву кампанії.");
    public static readonly Error NameTooLong = Define.Invalid($"Назва задовга: не більше {AttestationLimits.NameLength} символів.");
    public static readonly Error OrderRequired = Define.Invalid("Вкажіть номер і дату наказу, на підставі якого проводиться атестація.");
    public static readonly Error OrderNumberTooLong = Define.Invalid($"Номер наказу задовгий: не більше {AttestationLimits.OrderNumberLength} символів.");
    public static readonly Error OblastOutOfScope = Define.Forbidden("Ця область поза вашими повноваженнями.");
    public static readonly Error TestWindowInvalid = Define.Invalid("Вікно тестування: дата закриття має бути пізніше за дату відкриття.");
    public static readonly Error AppealDaysInvalid =
        Define.Invalid($"Строк оскарження — від {AttestationLimits.MinAppealDays} до {AttestationLimits.MaxAppealDays} днів.");
    public static readonly Error QuorumInvalid =
        Define.Invalid($"Кворум задається дробом від 1/{AttestationLimits.MaxQuorumDenominator} до 1 (наприклад, 2/3).");
    public static readonly Error PlaceTooLong = Define.Invalid($"Місце або посилання задовге: не більше {AttestationLimits.PlaceLength} символів.");
    public static readonly Error DateRequired = Define.Invalid("Вкажіть дату.");
    public static readonly Error CampaignClosed = Define.Conflict("Кампанію завершено: зміни неможливі.");
    public static readonly Error CampaignNotDraft = Define.Conflict("Кампанію вже розпочато.");
    public static readonly Error QuizNotFound = Define.Invalid("Оберіть тест зі списку: такого немає або він поза вашою областю.");
    public static readonly Error HromadaOutOfScope = Define.Invalid("Оберіть громади зі списку: такої громади в області кампанії немає.");
    public static readonly Error TestEngineOff = Define.Unavailable("Модуль тестів вимкнено: скласти тест із банку питань зараз неможливо.");

    // Candidates from the organisation tree.
    public static readonly Error LibraryOutOfScope = Define.Forbidden("Ця бібліотека поза кампанією або поза вашими повноваженнями: нікого не додано.");
    public static readonly Error NobodyPicked = Define.Invalid("Позначте працівників, яких додати до кампанії.");
    public static Error PickedElsewhere(string names) => Define.Invalid($"Не працюють у цій бібліотеці або не мають ел. пошти: {names}. Нікого не додано.");
    public static Error PickedAlready(string names) => Define.Conflict($"Уже є серед кандидатів кампанії: {names}. Нікого не додано — зніміть позначки з них.");
    public static Error PickedPositionMissing(string names) => Define.Invalid($"Вкажіть посаду (до {AttestationLimits.PositionLength} символів): {names}. Нікого не додано.");

    // The commission.
    public static readonly Error PersonNotFound = Define.Invalid("Такої людини немає серед користувачів платформи.");
    public static readonly Error AlreadyInCommission = Define.Conflict("Ця людина вже є в складі комісії.");
    public static readonly Error RoleTaken = Define.Conflict("У комісії вже є голова, заступник чи секретар на цій посаді; спершу виведіть попереднього.");
    public static readonly Error MemberNotFound = Define.NotFound("Такого члена комісії немає.");
    public static readonly Error CommissionIncomplete = Define.Conflict("У комісії мають бути голова й секретар, щоб ухвалювати рішення.");
    public static readonly Error NotCommissionMember = Define.NotFound("Кампанію не знайдено або ви не входите до її комісії.");
    public static readonly Error NotSecretary = Define.Forbidden("Присутність, голоси й нотатки співбесіди записує секретар (або голова) комісії.");
    public static readonly Error NobodyPresent = Define.Invalid("Позначте присутніх членів комісії.");
    public static readonly Error VoterNotInCommission = Define.Invalid("Голосувати можуть лише члени комісії цієї кампанії: голос людини поза комісією не приймається.");
    public static readonly Error VoterAbsent = Define.Invalid("Голосувати можуть лише присутні члени комісії.");
    public static readonly Error VoteMissing = Define.Invalid("Запишіть голос кожного присутнього члена комісії.");
    public static Error NoQuorum(int present, int needed, int composition) =>
        Define.Conflict($"Немає кворуму: присутні {present} із {composition}, потрібно щонайменше {needed}. Рішення не ухвалено.");
    public static readonly Error NoMajority = Define.Conflict("Жоден варіант не набрав більшості голосів присутніх, а голос голови нічиєї не вирішує. Проголосуйте ще раз.");

    // Candidates and their steps.
    public static readonly Error CandidateNotFound = Define.NotFound("Кандидата не знайдено.");
    public static Error StepNotAllowed(string action, string step) => Define.Conflict($"{action} неможливо: кандидат на етапі «{step}».");
    public static readonly Error RetakeNeedsReason = Define.Invalid("Повторне тестування можливе лише з записаною причиною.");
    public static readonly Error NoteTooLong = Define.Invalid($"Текст задовгий: не більше {AttestationLimits.NoteLength} символів.");
    public static readonly Error InterviewNotesTooLong =
        Define.Invalid($"Нотатки співбесіди задовгі: не більше {AttestationLimits.InterviewNotesLength} символів.");
    public static readonly Error InterviewNotesRequired = Define.Invalid("Запишіть нотатки співбесіди.");
    public static readonly Error AppealReasonRequired = Define.Invalid("Напишіть, з чим ви не згодні: без тексту апеляцію не подано.");
    public static Error AppealTooLate(string deadline) => Define.Conflict($"Строк оскарження минув {deadline}. Апеляцію не прийнято.");
    public static Error AppealWindowOpen(string deadline) => Define.Conflict($"Рішення стане остаточним після {deadline}, коли мине строк оскарження.");
    public static readonly Error ConditionsRequired = Define.Invalid("Рішення «відповідає займаній посаді за умови…» потребує хоча б однієї умови зі строком виконання.");
    public static readonly Error ConditionTooLong = Define.Invalid($"Умова задовга: не більше {AttestationLimits.ConditionLength} символів.");
    public static readonly Error TooManyConditions = Define.Invalid($"Не більше {AttestationLimits.MaxConditions} умов в одному рішенні.");
    public static readonly Error ConditionDueInPast = Define.Invalid("Строк виконання умови має бути пізніше за дату рішення.");
    public static readonly Error CourseNotFound = Define.Invalid("Оберіть курс умови зі списку: такого немає або він поза вашою областю.");
    public static readonly Error ConditionNotFound = Define.NotFound("Умову не знайдено.");

    // The questionnaire (self-report, no right answers).
    public static readonly Error QuestionnaireExists = Define.Conflict("У кампанії вже є анкета самооцінювання.");
    public static readonly Error QuestionnairesUnavailable = Define.Unavailable("Анкети недоступні: модуль тестування вимкнено.");
    public static readonly Error QuestionnaireNotFilled = Define.NotFound("Кандидат ще не заповнив анкету самооцінювання.");

    // Reminders and the interview timetable.
    public static readonly Error NotOrganiser = Define.Forbidden("Нагадування надсилають методист кампанії, голова або секретар комісії.");
    public static Error RemindersNotDue(int days) =>
        Define.Conflict($"Нагадування надсилають, коли тестування відкрите й до його закриття лишається не більше {days} дн.");
    public static readonly Error InterviewTimeRequired = Define.Invalid("Вкажіть дату й час співбесіди.");
    public static readonly Error NoInterviewDays = Define.Conflict("Спершу додайте до розкладу кампанії дні співбесід.");
    public static Error InterviewDayOutsideSchedule(string days) =>
        Define.Invalid($"Цей день не є днем співбесід кампанії. Дні співбесід: {days}.");
    public static readonly Error InterviewPlaceRequired = Define.Invalid("Вкажіть місце співбесіди або посилання на онлайн-зустріч.");
    public static Error InterviewSlotTaken(string candidate, string at, int minutes) =>
        Define.Conflict($"Цей час перетинається зі співбесідою кандидата {candidate} ({at}; співбесіда триває {minutes} хв). Оберіть інший час.");

    // The CSV import of candidates (one error a line problem).
    public static readonly Error CsvEmpty = Define.Invalid("Файл порожній: потрібен рядок заголовків (Прізвище; Ім'я; По батькові; Посада; Бібліотека; Ел. пошта).");
    public static readonly Error CsvNoRows = Define.Invalid("Файл не містить жодного рядка з даними.");
    public static readonly Error CsvTooLarge = Define.Invalid($"Файл завеликий: не більше {AttestationLimits.ImportBytes / 1024 / 1024} МБ.");
    public static readonly Error CsvNotUtf8 = Define.Invalid("Файл не в кодуванні UTF-8. У Excel оберіть «Зберегти як» → «CSV UTF-8».");
    public static readonly Error CsvTooManyRows = Define.Invalid($"Забагато рядків: не більше {AttestationLimits.ImportRows} за один імпорт. Розділіть файл.");
    public static Error CsvUnknownColumn(string name) =>
        Define.Invalid($"Невідомий стовпець «{name}». Можливі: Прізвище, Ім'я, По батькові, Посада, Бібліотека, Ел. пошта.");
    public static Error CsvRepeatedColumn(string name) => Define.Invalid($"Стовпець «{name}» повторюється: залиште один.");
    public static Error CsvMissingColumn(string name) => Define.Invalid($"Немає обов'язкового стовпця «{name}».");
    public static Error CsvMissingField(string name) => Define.Invalid($"Не заповнено поле «{name}».");
    public static Error CsvFieldTooLong(string name, int max) => Define.Invalid($"Поле «{name}» задовге: не більше {max} символів.");
    public static Error CsvBadEmail(string email) => Define.Invalid($"Адреса «{email}» не схожа на електронну пошту.");
    public static Error CsvUnknownLibrary(string name) =>
        Define.Invalid($"Бібліотеки «{name}» немає серед бібліотек, які охоплює кампанія. Перевірте назву (повна або скорочена).");
    public static Error CsvAmbiguousLibrary(string name) =>
        Define.Invalid($"Назва «{name}» підходить кільком бібліотекам кампанії. Вкажіть повну назву.");
    public static Error CsvDuplicateInFile(string email, int firstLine) => Define.Invalid($"Адреса {email} повторює рядок {firstLine}.");
    public static Error CsvAlreadyCandidate(string email) => Define.Invalid($"Кандидат з адресою {email} уже є в цій кампанії.");
}
