using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Reports.Domain;

/// <summary>Every refusal of the reports module, with the Ukrainian message people see.</summary>
internal static class ReportsErrors
{
    private static readonly ErrorCodes Define = new("Reports");

    public static readonly Error PeriodInvalid = Define.Invalid("Кінець періоду має бути не раніше за його початок.");
    public static readonly Error OblastOutOfScope = Define.Forbidden("Ця область поза вашими повноваженнями.");

    // ── Annual plan, progress reports, exports and the monthly summary (issue 16: plan and exports) ──
    public static readonly Error FigureMissing = Define.Invalid("Вкажіть число.");
    public static readonly Error FigureNotNumber = Define.Invalid("Показник має бути цілим числом (наприклад, 4500 або 4 500).");
    public static readonly Error FigureNegative = Define.Invalid("Показник не може бути від’ємним.");
    public static readonly Error FigureTooLarge = Define.Invalid($"Показник завеликий: не більше {PlanLimits.MaxFigure:N0}.");
    public static Error FigureRefused(string indicator, Error reason) => Define.Invalid($"«{indicator}»: {reason.Message} Нічого не збережено.");
    public static readonly Error MonthInvalid = Define.Invalid("Немає такого місяця.");
    public static readonly Error MonthInFuture = Define.Invalid("Дані за місяць, що ще не почався, вводити не можна.");
    public static readonly Error YearOutOfRange = Define.Invalid($"План можна вести з {PlanLimits.MinYear} року до наступного року.");
    public static readonly Error IndicatorUnknown = Define.Invalid("Немає такого показника плану.");
    public static readonly Error OblastRequired = Define.Invalid("Оберіть область, план якої ведете.");
    public static readonly Error RunNotFound = Define.NotFound("Потік курсу не знайдено.");
    public static readonly Error ExportSourceUnknown = Define.NotFound("Такого звіту для вивантаження немає.");
    public static readonly Error ExportFormatUnknown = Define.Invalid("Оберіть формат: Excel або CSV.");
    public static readonly Error ExportNotFound = Define.NotFound("Вивантаження не знайдено: його немає, строк зберігання минув або воно не ваше.");
    public static readonly Error ExportParameterInvalid = Define.Invalid("Посилання на звіт пошкоджене: відкрийте звіт ще раз і вивантажте його звідти.");
    public static readonly Error ExportNotReady = Define.Conflict("Файл ще готується; спробуйте за хвилину.");
    // --- Dashboards and the read model (s15-rep-dash) ---
    public static readonly Error AudienceUnknown = Define.Invalid("Такої аудиторії немає: оберіть її зі списку.");
    public static readonly Error MeasureUnknown = Define.NotFound("Такого показника немає.");
    public static readonly Error RebuildNationalOnly = Define.Forbidden("Перерахувати звіти може лише той, хто бачить звіти всієї країни.");
    // --- end of dashboards ---
}
