using System.Globalization;
using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Areas.Assessments.ViewModels;

/// <summary>A value and its label for a select list.</summary>
internal sealed record Option(string Value, string Text);

/// <summary>Ukrainian names of the module's enums and numbers as the staff pages show them.</summary>
internal static class StaffNames
{
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk-UA");

    public static string Of(QuizStatus status) => status switch
    {
        QuizStatus.Draft => "Чернетка",
        QuizStatus.Published => "Опубліковано",
        QuizStatus.Archived => "В архіві",
        _ => status.ToString(),
    };

    public static string Of(GradingMethod method) => method switch
    {
        GradingMethod.Highest => "Найвища",
        GradingMethod.Last => "Остання",
        GradingMethod.First => "Перша",
        GradingMethod.Average => "Середня",
        _ => method.ToString(),
    };

    public static string Of(NavigationMode mode) => mode switch
    {
        NavigationMode.Free => "Вільна",
        NavigationMode.Sequential => "Послідовна (лише вперед)",
        _ => mode.ToString(),
    };

    public static string Of(ReviewTiming timing) => timing switch
    {
        ReviewTiming.Immediately => "Одразу",
        ReviewTiming.AfterClose => "Після закриття тесту",
        ReviewTiming.Never => "Ніколи",
        _ => timing.ToString(),
    };

    public static string Of(TextFormat format) => format switch
    {
        TextFormat.Markdown => "Markdown",
        TextFormat.Html => "HTML",
        TextFormat.Plain => "Звичайний текст",
        _ => format.ToString(),
    };

    public static string Of(InterchangeFormat format) => format switch
    {
        InterchangeFormat.Gift => "GIFT",
        InterchangeFormat.MoodleXml => "Moodle XML",
        _ => format.ToString(),
    };

    /// <summary>A number as Ukrainians write it: "12,5", no trailing zeros, no group separator.</summary>
    public static string Number(decimal value) => value.ToString("0.#######", Ukrainian);

    public static string Number(decimal? value) => value is { } number ? Number(number) : "—";

    /// <summary>"12,5 %"; a dash when unknown.</summary>
    public static string Percent(decimal? value) => value is { } number ? Math.Round(number, 2).ToString("0.##", Ukrainian) + " %" : "—";

    /// <summary>"1 питання", "3 питання", "5 питань".</summary>
    public static string Questions(int count) => $"{count} {Plural(count, "питання", "питання", "питань")}";

    public static string Plural(int count, string one, string few, string many)
    {
        var lastTwo = Math.Abs(count) % 100;
        var last = lastTwo % 10;
        return lastTwo is >= 11 and <= 14 ? many : last == 1 ? one : last is >= 2 and <= 4 ? few : many;
    }
}
