using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Courses.Domain;

internal static class CourseErrors
{
    public static readonly Error CourseNotFound = Error.NotFound("Курс не знайдено.");
    public static readonly Error RunNotFound = Error.NotFound("Набір не знайдено.");
    public static readonly Error LessonNotFound = Error.NotFound("Урок не знайдено.");
    public static readonly Error SectionNotFound = Error.NotFound("Розділ не знайдено.");
    public static readonly Error TitleRequired = Error.Validation("Вкажіть назву.");
    public static readonly Error TitleTooLong = Error.Validation("Назва задовга: не більше 200 символів.");
    public static readonly Error SummaryTooLong = Error.Validation("Опис задовгий: не більше 1000 символів.");
    public static readonly Error HoursOutOfRange = Error.Validation("Кількість годин — від 0 до 500.");
    public static readonly Error SlugInvalid = Error.Validation("Адреса курсу може містити лише латинські малі літери, цифри й дефіси.");
    public static readonly Error SlugTaken = Error.Conflict("Курс із такою адресою вже є. Оберіть іншу адресу.");
    public static readonly Error UnknownLessonKind = Error.Validation("Невідомий вид уроку.");
    public static readonly Error UrlRequired = Error.Validation("Вкажіть адресу (https://…).");
    public static readonly Error UrlInvalid = Error.Validation("Адреса має починатися з https:// або http://.");
    public static readonly Error VideoUrlInvalid = Error.Validation("Відео — це посилання на YouTube чи Vimeo або завантажений файл MP4/WebM.");
    public static readonly Error BodyTooLong = Error.Validation("Текст задовгий: не більше 200 000 символів.");
    public static readonly Error NotEditable = Error.Conflict("Курс в архіві не можна змінювати. Зробіть копію для нового набору.");
    public static readonly Error NothingToPublish = Error.Validation("Щоб опублікувати курс, додайте хоча б один урок.");
    public static readonly Error RunDatesInvalid = Error.Validation("Набір не може закінчитися раніше, ніж почнеться.");
    public static readonly Error CapacityInvalid = Error.Validation("Кількість місць — від 1 до 10 000 (або залиште поле порожнім, якщо без обмежень).");
    public static readonly Error InviteCodeRequired = Error.Validation("Для запису за кодом вкажіть код запрошення (4–40 символів).");
    public static readonly Error CourseNotPublished = Error.Validation("Спершу опублікуйте курс, потім відкривайте набір.");
    public static readonly Error RunClosed = Error.Conflict("Запис на цей набір закрито.");
    public static readonly Error AlreadyEnrolled = Error.Conflict("Ви вже записані на цей набір.");
    public static readonly Error WrongInviteCode = Error.Validation("Неправильний код запрошення.");
    public static readonly Error AssignedOnly = Error.Validation("На цей набір записує методист: зверніться до методиста своєї області.");
    public static readonly Error ConsentMissing = Error.Validation("Дитину до 14 років можна записати лише зі згодою батьків або опікуна. Попросіть адміністратора внести згоду до облікового запису.");
    public static readonly Error PrerequisiteMissing = Error.Validation("Спершу завершіть курс, потрібний для цього.");
    public static readonly Error NotEnrolled = Error.NotFound("Ви не навчаєтеся на цьому курсі.");

    public static Error CapacityBelowEnrolled(int taken) => Error.Validation($"Місць не може бути менше, ніж уже записано людей ({taken}).");

    public static Error FileTooLarge(long maxBytes) => Error.Validation($"Файл завеликий: не більше {maxBytes / (1024 * 1024)} МБ.");

    public static readonly Error FileTypeNotAllowed = Error.Validation("Такий тип файлу не приймаємо. Дозволено: зображення PNG, JPEG, WebP, GIF; документи PDF, DOCX, XLSX, PPTX; відео MP4, WebM; аудіо MP3.");
}
