using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Assessments.Domain;

internal static class AssessmentErrors
{
    public static readonly Error CategoryNotFound = Error.NotFound("Категорію не знайдено.");
    public static readonly Error QuestionNotFound = Error.NotFound("Питання не знайдено.");
    public static readonly Error QuizNotFound = Error.NotFound("Тест не знайдено.");
    public static readonly Error AttemptNotFound = Error.NotFound("Спробу не знайдено.");
    public static readonly Error SlotNotFound = Error.NotFound("Такого питання в цій спробі немає.");
    public static readonly Error NameRequired = Error.Validation("Вкажіть назву.");
    public static readonly Error NameTooLong = Error.Validation("Назва задовга: не більше 200 символів.");
    public static readonly Error CategoryNotEmpty = Error.Conflict("Категорія містить підкатегорії або питання (також вилучені з банку, що лишаються для спроб і статистики) — її не можна видалити. Перейменуйте її або перенесіть.");
    public static readonly Error CategoryCycle = Error.Validation("Категорію не можна вкласти саму в себе.");
    public static readonly Error QuizNotOpen = Error.Conflict("Тест зараз закритий для спроб.");
    public static readonly Error NoAttemptsLeft = Error.Conflict("Ви використали всі дозволені спроби цього тесту.");
    public static readonly Error AttemptFinished = Error.Conflict("Спробу вже завершено — відповіді більше не приймаються.");
    public static readonly Error DeadlinePassed = Error.Conflict("Час на спробу минув — відповідь надійшла після завершення часу й не зарахована.");
    public static readonly Error QuizEmpty = Error.Validation("У тесті немає жодного питання.");
    public static readonly Error QuizInUse = Error.Conflict("Тест уже мав спроби: питання й кількість у ньому змінювати не можна. Зробіть копію тесту.");
    public static readonly Error NotEnoughQuestions = Error.Validation("У категорії замало питань для випадкового вибору.");
    public static readonly Error PageLocked = Error.Conflict("У цьому тесті повертатися до попередніх сторінок не можна.");
    public static readonly Error ResponseTooLong = Error.Validation("Відповідь задовга.");
    public static readonly Error NotManuallyGraded = Error.Validation("Це питання оцінюється автоматично.");
    public static readonly Error MarkOutOfRange = Error.Validation("Оцінка має бути від 0 до максимального бала питання.");
}
