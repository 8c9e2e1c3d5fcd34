using System.Globalization;
using Lounb.Modules.Core.Results;

namespace Lounb.Modules.Reports.Domain;

/// <summary>The limits of the plan's figures, used by the checks, the messages and the forms.</summary>
internal static class PlanLimits
{
    /// <summary>A figure above this is a typo, not a library's year.</summary>
    public const long MaxFigure = 100_000_000;

    public const int MinYear = 2020;

    public const int OblastCodeLength = 8;

    public const int IndicatorLength = 40;

    /// <summary>How far ahead a plan may be entered.</summary>
    public const int YearsAhead = 1;
}

/// <summary>The rules of the plan: figures people type, months that may have figures, and the execution percentage.</summary>
internal static class PlanRules
{
    /// <summary>A figure typed by a person: a whole number from 0 to <see cref="PlanLimits.MaxFigure"/>; spaces between thousands allowed.</summary>
    public static Result<long> ParseFigure(string? text)
    {
        var cleaned = (text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Trim();
        if (cleaned.Length == 0)
        {
            return ReportsErrors.FigureMissing;
        }

        if (!long.TryParse(cleaned, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return ReportsErrors.FigureNotNumber;
        }

        if (value < 0)
        {
            return ReportsErrors.FigureNegative;
        }

        return value > PlanLimits.MaxFigure ? ReportsErrors.FigureTooLarge : value;
    }

    /// <summary>Figures are entered for months that have begun (local date): this month and earlier, never a future month.</summary>
    public static Result CheckMonth(int year, int month, DateOnly today)
    {
        if (month is < 1 or > 12 || year < PlanLimits.MinYear)
        {
            return ReportsErrors.MonthInvalid;
        }

        return year > today.Year || (year == today.Year && month > today.Month) ? ReportsErrors.MonthInFuture : Result.Success();
    }

    /// <summary>A plan may be entered from <see cref="PlanLimits.MinYear"/> to next year.</summary>
    public static Result CheckYear(int year, DateOnly today) =>
        year < PlanLimits.MinYear || year > today.Year + PlanLimits.YearsAhead ? ReportsErrors.YearOutOfRange : Result.Success();

    /// <summary>The share of the target met, in percent with one decimal (away from zero); null when there is no target.</summary>
    public static decimal? Percent(long actual, long? target) =>
        target is null or 0 ? null : Math.Round(actual * 100m / target.Value, 1, MidpointRounding.AwayFromZero);

}
