using System.Globalization;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>Numbers as Moodle files write them: invariant culture, no trailing zeros.</summary>
internal static class InterchangeNumbers
{
    /// <summary>Drops trailing zeros (1.0000000 becomes 1) so that equal values read from different files look the same.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>PHP's is_numeric for decimals: optional sign, digits, decimal point, exponent; surrounding blanks allowed.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        if (string.IsNullOrWhiteSpace(text)
            || !decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            value = 0m;
            return false;
        }

        value = Normalize(value);
        return true;
    }

    /// <summary>A fraction written as a percent (Moodle XML's fraction attribute, GIFT's %n%).</summary>
    public static string Percent(decimal fraction) => Format(fraction * 100m);
}
