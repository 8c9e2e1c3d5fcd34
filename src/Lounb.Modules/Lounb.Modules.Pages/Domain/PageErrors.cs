using System.Globalization;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Pages.Domain;

/// <summary>Every refusal of the Pages module (codes <c>Pages:&lt;Name&gt;</c>).</summary>
internal static class PageErrors
{
    private static readonly ErrorCodes Define = new("Pages");

    public static readonly Error NotFound = Define.NotFound("Сторінку не знайдено.");
    public static readonly Error TitleRequired = Define.Invalid("Вкажіть заголовок.");
    public static readonly Error TitleTooLong = Define.Invalid($"Заголовок задовгий: не більше {Grouped(PageLimits.TitleLength)} символів.");
    public static readonly Error BodyTooLong = Define.Invalid($"Текст задовгий: не більше {Grouped(PageLimits.BodyLength)} символів.");
    public static readonly Error SummaryTooLong = Define.Invalid($"Короткий опис задовгий: не більше {Grouped(PageLimits.SummaryLength)} символів.");
    public static readonly Error SlugInvalid = Define.Invalid("Адреса сторінки може містити лише латинські малі літери, цифри й дефіси (наприклад, pro-platformu).");
    public static readonly Error SlugTaken = Define.Conflict("Сторінка з такою адресою вже є. Оберіть іншу адресу.");

    /// <summary>"100 000": thousands apart by a space, as Ukrainian text writes them.</summary>
    internal static string Grouped(int number) => number.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
}
