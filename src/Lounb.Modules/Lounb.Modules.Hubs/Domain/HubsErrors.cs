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
}
