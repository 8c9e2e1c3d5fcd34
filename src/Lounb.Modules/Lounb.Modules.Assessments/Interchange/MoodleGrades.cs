using System.Globalization;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Moodle's standard grade list (<c>question_bank::fraction_options_full</c>): the only fractions an import accepts
/// when "match grades" is "error if grade not listed", which is what we always do.
/// </summary>
internal static class MoodleGrades
{
    /// <summary>Moodle compares with this slack instead of testing floats for equality.</summary>
    private const decimal Slack = 0.00001m;

    private static readonly decimal[] Listed =
    [
        1m, 0.9m, 0.8333333m, 0.8m, 0.75m, 0.7m, 0.6666667m, 0.6m, 0.5m, 0.4m, 0.3333333m, 0.3m, 0.25m, 0.2m,
        0.1666667m, 0.1428571m, 0.125m, 0.1111111m, 0.1m, 0.05m, 0m,
    ];

    /// <summary>The listed percentages, for messages: "100, 90, 83.33333, …".</summary>
    public static string ListedPercents { get; } =
        string.Join(", ", Listed.Select(fraction => InterchangeNumbers.Format(fraction * 100)));

    /// <summary>
    /// Rounds a fraction to 7 places and finds it in the list (positive or negative); <paramref name="listed"/> is the
    /// list's own value (0.33333 becomes 0.3333333).
    /// </summary>
    public static bool TryMatch(decimal fraction, out decimal listed)
    {
        var rounded = Math.Round(fraction, 7, MidpointRounding.AwayFromZero);
        foreach (var option in Listed)
        {
            if (Math.Abs(Math.Abs(rounded) - option) < Slack)
            {
                listed = option == 0m ? 0m : rounded < 0 ? -option : option;
                return true;
            }
        }

        listed = 0m;
        return false;
    }

    /// <summary>The message for a weight outside the list, e.g. "вага 37% не входить до списку оцінок Moodle (…)".</summary>
    public static string NotListedMessage(decimal percent) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"вага {InterchangeNumbers.Format(percent)}% не входить до списку оцінок Moodle ({ListedPercents}, а також від'ємні)");
}
