using Lounb.Modules.Assessments.Domain;

namespace Lounb.Modules.Assessments.Interchange;

/// <summary>
/// Moodle XML's names of the per-type settings, read as Moodle's importers read them (qtype_ordering's aliases and
/// defaults, qformat_xml's answer numbering) and written as Moodle's exporters write them.
/// </summary>
internal static class MoodleOptionNames
{
    private static readonly string[] Numberings = ["none", "abc", "ABCD", "123", "iii", "IIII"];

    private static readonly (OrderingGrading Grading, string Name)[] Gradings =
    [
        (OrderingGrading.AllOrNothing, "ALL_OR_NOTHING"),
        (OrderingGrading.AbsolutePosition, "ABSOLUTE_POSITION"),
        (OrderingGrading.RelativeNextExcludeLast, "RELATIVE_NEXT_EXCLUDE_LAST"),
        (OrderingGrading.RelativeNextIncludeLast, "RELATIVE_NEXT_INCLUDE_LAST"),
        (OrderingGrading.RelativeOnePreviousAndNext, "RELATIVE_ONE_PREVIOUS_AND_NEXT"),
        (OrderingGrading.RelativeAllPreviousAndNext, "RELATIVE_ALL_PREVIOUS_AND_NEXT"),
        (OrderingGrading.LongestOrderedSubset, "LONGEST_ORDERED_SUBSET"),
        (OrderingGrading.LongestContiguousSubset, "LONGEST_CONTIGUOUS_SUBSET"),
        (OrderingGrading.RelativeToCorrect, "RELATIVE_TO_CORRECT"),
    ];

    /// <summary>Moodle's essay response formats; anything else is read as the editor.</summary>
    public static readonly string[] EssayFormats = ["editor", "editorfilepicker", "plain", "monospaced", "noinline"];

    /// <summary>A multichoice answer numbering; empty or unknown is Moodle's abc.</summary>
    public static string AnswerNumbering(string? value) => Numberings.FirstOrDefault(n => n == value?.Trim()) ?? "abc";

    /// <summary>An ordering numbering style; unknown is qtype_ordering's default, none.</summary>
    public static string NumberingStyle(string? value) => Numberings.FirstOrDefault(n => n == value?.Trim()) ?? "none";

    public static string EssayFormat(string? value) => EssayFormats.FirstOrDefault(f => f == value?.Trim()) ?? "editor";

    public static OrderingLayout Layout(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "HORIZONTAL" or "HORI" or "H" or "1" => OrderingLayout.Horizontal,
        _ => OrderingLayout.Vertical,
    };

    public static string Name(OrderingLayout layout) => layout == OrderingLayout.Horizontal ? "HORIZONTAL" : "VERTICAL";

    /// <summary>A missing or unknown selection is a random subset, as in qtype_ordering.</summary>
    public static OrderingSelection Selection(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "ALL" or "EXACT" => OrderingSelection.All,
        "CONTIGUOUS" or "CONTIG" => OrderingSelection.Contiguous,
        _ => OrderingSelection.Random,
    };

    public static string Name(OrderingSelection selection) => selection switch
    {
        OrderingSelection.All => "ALL",
        OrderingSelection.Contiguous => "CONTIGUOUS",
        _ => "RANDOM",
    };

    /// <summary>A missing or unknown grading type is "relative to the next item, last excluded", as in qtype_ordering.</summary>
    public static OrderingGrading Grading(string? value)
    {
        var name = value?.Trim().ToUpperInvariant();
        if (name is "ABS" or "ABSOLUTE")
        {
            return OrderingGrading.AbsolutePosition;
        }

        return Gradings.Where(g => g.Name == name).Select(g => (OrderingGrading?)g.Grading).FirstOrDefault()
            ?? OrderingGrading.RelativeNextExcludeLast;
    }

    public static string Name(OrderingGrading grading) => Gradings.First(g => g.Grading == grading).Name;

    /// <summary>Grading details are shown unless the file says HIDE, FALSE or NO (qtype_ordering reads nothing else as no).</summary>
    public static bool ShowGrading(string? value) => value?.Trim().ToUpperInvariant() is not ("HIDE" or "FALSE" or "NO");
}
