using System.Globalization;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Courses.Domain;

/// <summary>Every refusal of the Courses module, each with its stable code <c>Courses:&lt;Name&gt;</c>.</summary>
internal static class CourseErrors
{
    // First: the fields below are initialised in textual order and use it.
    private static readonly ErrorCodes Define = new("Courses");

    public static readonly Error CourseNotFound = Define.NotFound("Курс не знайдено.");
    public static readonly Error RunNotFound = Define.NotFound("Набір не знайдено.");
    public static readonly Error LessonNotFound = Define.NotFound("Урок не знайдено.");
    public static readonly Error SectionNotFound = Define.NotFound("Розділ не знайдено.");
    public static readonly Error RequestNotFound = Define.NotFound("Заявку не знайдено.");

    public static readonly Error NoOblastToAuthorIn = Define.Forbidden("Недостатньо прав: курс створюють для своєї області.");
    public static readonly Error OblastOutOfScope = Define.Forbidden("Ця область поза вашими повноваженнями.");

    public static readonly Error TitleRequired = Define.Invalid("Вкажіть назву.");
    public static readonly Error TitleTooLong = Define.Invalid($"Назва задовга: не більше {CourseLimits.TitleLength} символів.");
    public static readonly Error SummaryTooLong = Define.Invalid($"Опис задовгий: не більше {CourseLimits.SummaryLength} символів.");
    public static readonly Error TopicsTooLong = Define.Invalid($"Забагато тем: не більше {CourseLimits.TopicsLength} символів разом.");
    public static readonly Error HoursOutOfRange = Define.Invalid($"Кількість годин — від {CourseLimits.MinHours} до {CourseLimits.MaxHours}.");
    public static readonly Error SlugInvalid = Define.Invalid($"Адреса курсу може містити лише латинські малі літери, цифри й дефіси (не більше {CourseLimits.SlugLength} символів).");
    public static readonly Error SlugTaken = Define.Conflict("Курс із такою адресою вже є. Оберіть іншу адресу.");
    public static readonly Error UnknownDepartment = Define.Invalid("Невідомий відділ.");
    public static readonly Error UnknownPrerequisite = Define.Invalid("Невідомий курс серед попередніх.");
    public static readonly Error CoverRequired = Define.Invalid("Оберіть зображення.");
    public static readonly Error NotEditable = Define.Conflict("Курс в архіві не можна змінювати. Зробіть копію для нового набору.");
    public static readonly Error NothingToPublish = Define.Invalid("Щоб опублікувати курс, додайте хоча б один урок.");

    public static readonly Error UnknownLessonKind = Define.Invalid("Невідомий вид уроку.");
    public static readonly Error UrlRequired = Define.Invalid("Вкажіть адресу (https://…).");
    public static readonly Error UrlInvalid = Define.Invalid($"Адреса має починатися з https:// або http:// і бути не довшою за {CourseLimits.UrlLength} символів.");
    public static readonly Error VideoUrlInvalid = Define.Invalid("Відео — це посилання на YouTube чи Vimeo або завантажений файл MP4/WebM.");
    public static readonly Error BodyTooLong = Define.Invalid($"Текст задовгий: не більше {Grouped(CourseLimits.BodyLength)} символів.");
    public static readonly Error FileRequired = Define.Invalid("Додайте файл для завантаження.");
    public static readonly Error FileTypeNotAllowed = Define.Invalid("Такий тип файлу не приймаємо. Дозволено: зображення PNG, JPEG, WebP, GIF; документи PDF, DOCX, XLSX, PPTX; відео MP4, WebM; аудіо MP3.");

    public static readonly Error RunDatesInvalid = Define.Invalid("Набір не може закінчитися раніше, ніж почнеться.");
    public static readonly Error CapacityInvalid = Define.Invalid($"Кількість місць — від {CourseLimits.MinCapacity} до {Grouped(CourseLimits.MaxCapacity)} (або залиште поле порожнім, якщо без обмежень).");
    public static readonly Error InviteCodeRequired = Define.Invalid($"Для запису за кодом вкажіть код запрошення ({CourseLimits.MinInviteCodeLength}–{CourseLimits.InviteCodeLength} символів).");
    public static readonly Error UnknownTrainer = Define.Invalid("Невідомий тренер.");
    public static readonly Error CourseNotPublished = Define.Invalid("Спершу опублікуйте курс, потім відкривайте набір.");
    public static readonly Error RequestAlreadyDecided = Define.Conflict("Цю заявку вже розглянуто.");
    public static readonly Error AssignTargetRequired = Define.Invalid("Оберіть область, громаду або бібліотеку.");

    public static readonly Error RunClosed = Define.Conflict("Запис на цей набір закрито.");
    public static readonly Error AlreadyEnrolled = Define.Conflict("Ви вже записані на цей набір.");
    public static readonly Error WrongInviteCode = Define.Invalid("Неправильний код запрошення.");
    public static readonly Error AssignedOnly = Define.Invalid("На цей набір записує методист: зверніться до методиста своєї області.");
    public static readonly Error ConsentMissing = Define.Invalid("Дитину до 14 років можна записати лише зі згодою батьків або опікуна. Попросіть адміністратора внести згоду до облікового запису.");
    public static readonly Error PrerequisiteMissing = Define.Invalid("Спершу завершіть курс, потрібний для цього.");
    public static readonly Error NotEnrolled = Define.NotFound("Ви не навчаєтеся на цьому курсі.");
    public static readonly Error NothingToWithdraw = Define.Conflict("Ви не навчаєтеся в цьому наборі: вибувати нема звідки.");
    public static readonly Error CompletedAutomatically = Define.Invalid("Цей урок зараховується автоматично, коли ви його виконаєте.");
    public static readonly Error PageExpired = Define.Invalid("Сторінка застаріла: оновіть її й спробуйте ще раз.");

    public static Error CapacityBelowEnrolled(int taken) => Define.Invalid($"Місць не може бути менше, ніж уже записано людей ({taken}).");

    public static Error FileTooLarge(long maxBytes) => Define.Invalid($"Файл завеликий: не більше {maxBytes / (1024 * 1024)} МБ.");

    public static Error ProgramWithoutMetadata(string program) => Define.Invalid($"{program}: немає блоку метаданих (---).");

    public static Error ProgramMetadataNotClosed(string program) => Define.Invalid($"{program}: блок метаданих не закрито (---).");

    public static Error ProgramMetadataIncomplete(string program) => Define.Invalid($"{program}: потрібні title, audience, format, hours.");

    public static Error ProgramLessonOutsideSection(string program, int line) => Define.Invalid($"{program}, рядок {line}: урок поза розділом.");

    public static Error ProgramWithoutSections(string program) => Define.Invalid($"{program}: немає жодного розділу.");

    /// <summary>A number with its thousands apart, as Ukrainian text writes it (200 000), whatever the server's culture.</summary>
    private static string Grouped(int number) => number.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = " " });
}
