using Lounb.Modules.Core.Results;
using static Lounb.Modules.Assessments.Domain.AssessmentLimits;

namespace Lounb.Modules.Assessments.Domain;

/// <summary>Every refusal of the Assessments module, each with its code <c>Assessments:&lt;Name&gt;</c> and its Ukrainian message.</summary>
internal static class AssessmentErrors
{
    // Declared first: the fields below are initialised in textual order.
    private static readonly ErrorCodes Define = new("Assessments");

    // The bank
    public static readonly Error CategoryNotFound = Define.NotFound("Категорію не знайдено.");
    public static readonly Error QuestionNotFound = Define.NotFound("Питання не знайдено.");
    public static readonly Error NameRequired = Define.Invalid("Вкажіть назву.");
    public static readonly Error CategoryNameTooLong = Define.Invalid($"Назва задовга: не більше {CategoryNameLength} символів.");
    public static readonly Error CategoryInfoTooLong = Define.Invalid($"Опис задовгий: не більше {CategoryInfoLength} символів.");
    public static readonly Error CategoryNotEmpty = Define.Conflict("Категорія містить підкатегорії або питання (також вилучені з банку, що лишаються для спроб і статистики) — її не можна видалити. Перейменуйте її або перенесіть.");
    public static readonly Error CategoryCycle = Define.Invalid("Категорію не можна вкласти саму в себе.");
    public static readonly Error NoCategoryYet = Define.Conflict("Спершу створіть категорію банку питань.");
    public static readonly Error ImageEmpty = Define.Invalid("Файл зображення порожній.");
    public static readonly Error ImageTooLarge = Define.Invalid($"Зображення завелике: не більше {ImageMegabytes} МБ.");
    public static readonly Error NotAnImage = Define.Invalid("Це не зображення PNG, JPEG, GIF чи WebP.");
    public static readonly Error ImageNeedsRichText = Define.Invalid("Щоб додати зображення, оберіть формат тексту Markdown або HTML.");

    // Import
    public static readonly Error ImportCategoryRequired = Define.Invalid("Оберіть категорію, у яку імпортувати.");
    public static readonly Error ImportFileRequired = Define.Invalid("Оберіть файл GIFT (.txt, .gift) або Moodle XML (.xml).");
    public static readonly Error ImportFileEmpty = Define.Invalid("Файл порожній.");
    public static readonly Error ImportNotFound = Define.NotFound("Імпорт не знайдено — завантажте файл ще раз.");

    // Quizzes
    public static readonly Error QuizNotFound = Define.NotFound("Тест не знайдено.");
    public static readonly Error QuizTitleTooLong = Define.Invalid($"Назва задовга: не більше {QuizTitleLength} символів.");
    public static readonly Error QuizIntroTooLong = Define.Invalid($"Вступ задовгий: не більше {QuizIntroLength} символів.");
    public static readonly Error ClosesBeforeOpens = Define.Invalid("Тест має закриватися пізніше, ніж відкривається.");
    public static readonly Error TimeLimitOutOfRange = Define.Invalid($"Обмеження часу — від 1 до {MaxTimeLimitMinutes} хвилин (або порожньо, якщо без обмеження).");
    public static readonly Error AttemptsAllowedOutOfRange = Define.Invalid($"Кількість спроб — від 0 (без обмеження) до {MaxAttemptsAllowed}.");
    public static readonly Error PassPercentOutOfRange = Define.Invalid("Прохідний бал — від 0 до 100 %.");
    public static readonly Error QuestionsPerPageOutOfRange = Define.Invalid($"Питань на сторінці — від 0 (усі на одній) до {MaxQuestionsPerPage}.");
    public static readonly Error QuizEmpty = Define.Invalid("У тесті немає жодного питання.");
    public static readonly Error QuizInUse = Define.Conflict("Тест уже мав спроби: питання й кількість у ньому змінювати не можна. Зробіть копію тесту.");
    public static readonly Error DrawnTestEmpty = Define.Invalid("Оберіть хоча б одну категорію й кількість питань із неї.");
    public static readonly Error DrawnTestInUse = Define.Conflict("Тест уже складали: його категорії й кількість питань змінювати не можна.");
    public static readonly Error NoQuestionsChosen = Define.Invalid("Позначте питання, які додати.");
    public static readonly Error DrawCategoryRequired = Define.Invalid("Оберіть категорію для випадкових питань.");
    public static readonly Error DrawOutOfRange = Define.Invalid($"Кількість питань — від 1 до {MaxDrawCount}, бал — від 0 до {MaxMark}.");
    public static readonly Error MarkNotANumber = Define.Invalid("Бал — число, наприклад 1 або 0,5.");
    public static readonly Error SlotMarkOutOfRange = Define.Invalid($"Бал — від 0 до {MaxMark}.");
    public static readonly Error OverrideOutOfRange = Define.Invalid($"Час — від 1 до {MaxTimeLimitMinutes} хвилин, спроб — від 0 до {MaxAttemptsAllowed}.");
    public static readonly Error OverrideChangesNothing = Define.Invalid("Вкажіть, що змінюється: час, кількість спроб або дату закриття.");

    /// <summary>The e-mail typed into the exception form belongs to nobody: the form says so (it is the input that is wrong).</summary>
    public static readonly Error NoPersonWithEmail = Define.Invalid("Людину з такою електронною адресою не знайдено.");

    // Attempts
    public static readonly Error AttemptNotFound = Define.NotFound("Спробу не знайдено.");
    public static readonly Error SlotNotFound = Define.NotFound("Такого питання в цій спробі немає.");
    public static readonly Error QuizNotOpen = Define.Conflict("Тест зараз закритий для спроб.");
    public static readonly Error NoAttemptsLeft = Define.Conflict("Ви використали всі дозволені спроби цього тесту.");
    public static readonly Error AttemptFinished = Define.Conflict("Спробу вже завершено — відповіді більше не приймаються.");
    public static readonly Error DeadlinePassed = Define.Conflict("Час на спробу минув — відповідь надійшла після завершення часу й не зарахована.");
    public static readonly Error NotEnoughQuestions = Define.Invalid("У категорії замало питань для випадкового вибору.");
    public static readonly Error PageLocked = Define.Conflict("У цьому тесті повертатися до попередніх сторінок не можна.");
    public static readonly Error ResponseTooLong = Define.Invalid("Відповідь задовга.");
    public static readonly Error AnswerDamaged = Define.Invalid("Відповідь пошкоджена — оновіть сторінку.");
    public static readonly Error AnswerWithoutVersion = Define.Invalid("Відповідь без номера версії не приймається.");
    public static readonly Error TooManyAnswers = Define.Invalid($"За один раз можна надіслати щонайбільше {AssessmentLimits.MaxAnswersPerRequest} відповідей.");
    public static readonly Error AnswerPageStale = Define.Invalid("Сторінка застаріла: оновіть її — відповіді збережено на пристрої.");
    public static readonly Error PageStale = Define.Invalid("Сторінка застаріла: оновіть її.");

    // Grading
    public static readonly Error AttemptInProgress = Define.Conflict("Спроба ще триває — оцінювати можна після завершення.");
    public static readonly Error NotManuallyGraded = Define.Invalid("Це питання оцінюється автоматично.");
    public static readonly Error MarkOutOfRange = Define.Invalid("Оцінка має бути від 0 до максимального бала питання.");

    /// <summary>A part of a drawn test asks for more questions than its category has.</summary>
    public static Error NotEnoughInCategory(string category, int available, int asked) =>
        Define.Invalid($"У категорії «{category}» лише {available} питань, а потрібно {asked}. Додайте питання до банку або зменште кількість.");

    /// <summary>A category named twice in a drawn test, or inside another part that takes its subcategories.</summary>
    public static Error DrawPartOverlaps(string category) => Define.Invalid($"Категорію «{category}» обрано двічі (або вона вже входить до іншої разом із підкатегоріями).");

    public static Error ImportTooLarge(int megabytes) => Define.Invalid($"Файл завеликий: не більше {megabytes} МБ.");

    public static Error ImportHasErrors(int count) => Define.Invalid($"Файл містить помилки ({count}); нічого не імпортовано.");

    /// <summary>What the bank's rules (<c>QuestionRules</c>) or the editor's fields refuse in a question, all at once.</summary>
    public static Error QuestionInvalid(IEnumerable<string> problems) => Define.Invalid(string.Join(" ", problems));

    /// <summary>An answer that does not fit its question (<c>Responses.Validate</c> says how).</summary>
    public static Error AnswerRefused(string problem) => Define.Invalid(problem);

    /// <summary>Answers of the attempt form without JavaScript that were not saved, each named by its question.</summary>
    public static Error AnswersRefused(IEnumerable<string> problems) => Define.Invalid(string.Join(" ", problems));

    /// <summary>A field of a form that could not be read (a date in the spring gap, a value the binder refused).</summary>
    public static Error FieldRefused(string message) => Define.Invalid(message);

    public static Error GradeNotANumber(string maxMark) => Define.Invalid($"Оцінка — число від 0 до {maxMark}, наприклад 1,5.");
}
