using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Reports.Domain;

/// <summary>Every refusal of the reports module, with the Ukrainian message people see.</summary>
internal static class ReportsErrors
{
    private static readonly ErrorCodes Define = new("Reports");

    public static readonly Error PeriodInvalid = Define.Invalid("Кінець періоду має бути не раніше за його початок.");
    public static readonly Error OblastOutOfScope = Define.Forbidden("Ця область поза вашими повноваженнями.");

    // --- Dashboards and the read model (s15-rep-dash) ---
    public static readonly Error AudienceUnknown = Define.Invalid("Такої аудиторії немає: оберіть її зі списку.");
    public static readonly Error MeasureUnknown = Define.NotFound("Такого показника немає.");
    public static readonly Error RebuildNationalOnly = Define.Forbidden("Перерахувати звіти може лише той, хто бачить звіти всієї країни.");
    // --- end of dashboards ---
}
