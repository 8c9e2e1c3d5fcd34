using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>Small readings of Moodle XML elements.</summary>
internal static class MoodleXml
{
    public static int Line(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>The owner's <c>&lt;text&gt;</c>, trimmed as Moodle's importer does; empty when missing.</summary>
    public static string Text(XElement? owner) => owner?.Element("text")?.Value.Trim() ?? "";

    /// <summary><c>true</c>/<c>1</c> or <c>false</c>/<c>0</c>; anything else (or nothing) is <paramref name="fallback"/>.</summary>
    public static bool Flag(XElement parent, string name, bool fallback) =>
        parent.Element(name)?.Value.Trim().ToUpperInvariant() switch
        {
            "TRUE" or "1" => true,
            "FALSE" or "0" => false,
            _ => fallback,
        };

    /// <summary>A flag Moodle writes as an empty element (<c>&lt;shownumcorrect/&gt;</c>): true when present.</summary>
    public static bool Present(XElement parent, string name) => parent.Element(name) is not null;

    /// <summary>An element's trimmed value, or null when it is missing.</summary>
    public static string? Value(XElement parent, string name) => parent.Element(name)?.Value.Trim();

    /// <summary>A whole number, or null when the element is missing, empty or not a number.</summary>
    public static long? Number(XElement parent, string name) =>
        long.TryParse(Value(parent, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
