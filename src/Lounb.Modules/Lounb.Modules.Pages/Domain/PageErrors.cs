using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Pages.Domain;

internal static class PageErrors
{
    public static readonly Error NotFound = Error.NotFound("Сторінку не знайдено.");
    public static readonly Error TitleRequired = Error.Validation("Вкажіть заголовок.");
    public static readonly Error TitleTooLong = Error.Validation("Заголовок задовгий: не більше 200 символів.");
    public static readonly Error BodyTooLong = Error.Validation("Текст задовгий: не більше 100 000 символів.");
    public static readonly Error SummaryTooLong = Error.Validation("Короткий опис задовгий: не більше 500 символів.");
    public static readonly Error SlugInvalid = Error.Validation("Адреса сторінки може містити лише латинські малі літери, цифри й дефіси (наприклад, pro-platformu).");
    public static readonly Error SlugTaken = Error.Conflict("Сторінка з такою адресою вже є. Оберіть іншу адресу.");
}
