using System.Globalization;

namespace Lounb.Modules.Core.Time;

/// <summary>
/// The one way pages write a date: with the request's culture, so «3 червня 2027» (the Ukrainian genitive month) on a
/// Ukrainian page and «3 June 2027» on an English one. <see cref="LocalTime"/> formats instants through it.
/// </summary>
public static class PageDates
{
    public const string DayPattern = "d MMMM yyyy";
    public const string DayAndTimePattern = "d MMMM yyyy, HH:mm";

    public static string Day(DateOnly date) => date.ToString(DayPattern, CultureInfo.CurrentCulture);

    public static string Day(DateTime local) => local.ToString(DayPattern, CultureInfo.CurrentCulture);

    public static string DayAndTime(DateTime local) => local.ToString(DayAndTimePattern, CultureInfo.CurrentCulture);
}
