namespace Lounb.Modules.Assessments.Domain;

/// <summary>
/// A hint of Moodle's interactive behaviour, kept so that an export gives Moodle the question it had: the text, and
/// whether Moodle then also shows how many parts are right, clears wrong answers and (ordering) highlights the response.
/// </summary>
internal sealed record QuestionHint(string Text, bool ShowNumCorrect = false, bool ClearWrong = false, string Options = "");

/// <summary>How an essay is answered in Moodle (qtype_essay's options); the platform itself shows a plain text box.</summary>
internal sealed record EssayOptions
{
    /// <summary>Moodle's response format: editor, editorfilepicker, plain, monospaced or noinline.</summary>
    public string ResponseFormat { get; init; } = "editor";

    public bool ResponseRequired { get; init; } = true;

    /// <summary>Attachments allowed (−1: unlimited) and required.</summary>
    public int Attachments { get; init; }

    public int AttachmentsRequired { get; init; }

    public int? MinWordLimit { get; init; }

    public int? MaxWordLimit { get; init; }

    /// <summary>Largest attachment in bytes; 0 is the course's limit.</summary>
    public long MaxBytes { get; init; }

    /// <summary>Accepted attachment types, as Moodle lists them (".pdf,.docx" or groups).</summary>
    public string FileTypesList { get; init; } = "";
}

/// <summary>How the items are laid out (qtype_ordering layouttype).</summary>
internal enum OrderingLayout
{
    Vertical,
    Horizontal,
}

/// <summary>Which items a learner gets (qtype_ordering selecttype): all of them, a random subset, or a contiguous run.</summary>
internal enum OrderingSelection
{
    All,
    Random,
    Contiguous,
}

/// <summary>How Moodle grades an ordering (qtype_ordering gradingtype), by Moodle's names.</summary>
internal enum OrderingGrading
{
    AllOrNothing,
    AbsolutePosition,
    RelativeNextExcludeLast,
    RelativeNextIncludeLast,
    RelativeOnePreviousAndNext,
    RelativeAllPreviousAndNext,
    LongestOrderedSubset,
    LongestContiguousSubset,
    RelativeToCorrect,
}

/// <summary>
/// An ordering question's settings in Moodle. The platform grades by absolute position; the other settings are kept so
/// that Moodle shows and grades the question as before after an export.
/// </summary>
internal sealed record OrderingOptions
{
    public OrderingLayout Layout { get; init; } = OrderingLayout.Vertical;

    public OrderingSelection Selection { get; init; } = OrderingSelection.All;

    /// <summary>Items in a subset (for a random or contiguous selection); 0 when every item is shown.</summary>
    public int SelectCount { get; init; }

    public OrderingGrading Grading { get; init; } = OrderingGrading.AbsolutePosition;

    /// <summary>Moodle shows the grading details to the learner.</summary>
    public bool ShowGrading { get; init; } = true;

    /// <summary>Numbering of the items: none, abc, ABCD, 123, iii or IIII.</summary>
    public string NumberingStyle { get; init; } = "123";

    /// <summary>Moodle shows how many items are in place (its import's default when a file says nothing).</summary>
    public bool ShowNumCorrect { get; init; } = true;
}

/// <summary>
/// A numerical question's unit settings in Moodle (qtype_numerical options). The platform takes numbers without units;
/// the settings are kept so that Moodle treats an exported question as before.
/// </summary>
internal sealed record UnitHandling
{
    /// <summary>Moodle's unitgradingtype: 0 no penalty, 1 a fraction of the response grade, 2 a fraction of the mark.</summary>
    public int GradingType { get; init; }

    public decimal Penalty { get; init; } = 0.1m;

    /// <summary>Moodle's showunits: 0 a text field, 1 choice, 2 drop-down, 3 no units.</summary>
    public int ShowUnits { get; init; } = 3;

    /// <summary>The unit goes before the number.</summary>
    public bool UnitsLeft { get; init; }
}
